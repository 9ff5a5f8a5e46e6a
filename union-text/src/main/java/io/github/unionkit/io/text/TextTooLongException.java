package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.TextErrorTexts;
import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a whole text to be scanned is longer than its cap, by every scanner of this package
 * alike ({@link DecreeTextParser}, {@link RussianDeadlines#findAll(CharSequence, java.time.LocalDate)},
 * {@link DecreeReferences}); nothing was read. This is the one way a text scanner says "too long".
 * A single value longer than its own cap (a deadline phrase given to
 * {@link RussianDeadlines#parse(CharSequence, java.time.LocalDate)}, a decree number) is instead that
 * value's parse exception with the error type {@code TOO_LONG}.
 *
 * <p>The cap exists so that hostile input cannot make a scanner allocate without bound. The
 * exception carries both lengths and the position of the first character over the cap, never any of
 * the text. Immutable once thrown.
 */
public final class TextTooLongException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** The one reason: the text is over its cap. */
    public enum ErrorType implements UnionKitErrorType {
        /** The text is longer than the cap; nothing was read. */
        TOO_LONG;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return TextErrorTexts.TEXTS.get("TextTooLongException." + name(), locale);
        }
    }

    private final int length;
    private final int maxLength;

    /**
     * Creates the exception.
     *
     * @param text the rejected text, not null; used only for its length and to count the line and
     *     column of the first character over the cap
     * @param maxLength the cap it exceeds, 0 to {@code text.length() - 1}
     * @throws NullPointerException if {@code text} is null
     * @throws IndexOutOfBoundsException if the text is not longer than {@code maxLength}
     */
    public TextTooLongException(CharSequence text, int maxLength) {
        super(ErrorType.TOO_LONG, text, Objects.checkIndex(maxLength, text.length()), null);
        this.length = text.length();
        this.maxLength = maxLength;
    }

    /**
     * Returns why the text was rejected: always {@link ErrorType#TOO_LONG}.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the length of the rejected text.
     *
     * @return the number of characters
     */
    public int length() {
        return length;
    }

    /**
     * Returns the cap the text exceeds.
     *
     * @return the maximum number of characters
     */
    public int maxLength() {
        return maxLength;
    }

    @Override
    protected String subject(Locale locale) {
        return TextErrorTexts.TEXTS.get("subject.text", locale);
    }

    @Override
    protected Optional<String> detail(Locale locale) {
        return Optional.of(TextErrorTexts.TEXTS.format("TextTooLongException.lengths", locale, length, maxLength));
    }
}
