package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.TextErrorTexts;
import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import java.util.Locale;

/**
 * Thrown by {@link DecreeTextParser} and {@link DecreeBytes} when no resolution at all can be built
 * from a text: the text is empty, is not text in a known encoding, or has neither an operative
 * formula ("постановляет:") nor a numbered clause. Everything short of that is a
 * {@link DecreeParseWarning}, not an exception; a text longer than the cap is a
 * {@link TextTooLongException}.
 *
 * <p>A thin {@link UnionKitParseException}: the {@link ErrorType}, the offset in the text and the
 * line and column (from 1) where the problem was found. Its message never quotes the text (decrees
 * name persons).
 */
public final class DecreeParseException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** Why no resolution could be built. */
    public enum ErrorType implements UnionKitErrorType {
        /** The text is empty or white space only. */
        EMPTY,
        /** The text has no operative formula ("постановляет:") and no numbered clause. */
        NO_OPERATIVE_PART,
        /**
         * What was read breaks an invariant of the model in a way the parser could not repair; a
         * defect of the parser, reported rather than hidden.
         */
        INVALID_RESOLUTION,
        /** The bytes are neither UTF-8 nor Windows-1251 Russian text; nothing was read. */
        UNKNOWN_ENCODING,
        /**
         * The text was decoded with the wrong character set before it reached the parser («Ð¿Ð¾ÑÑ‚» for
         * «пост», «Ïîñò» for «Пост»); nothing was read, since every fact would be garbage.
         */
        MISDECODED;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return TextErrorTexts.TEXTS.get("DecreeParseException." + name(), locale);
        }
    }

    /**
     * Creates the exception.
     *
     * @param errorType why no resolution could be built, not null
     * @param text the text (as decoded so far; empty when the bytes could not be decoded at all), not
     *     null; used only to count the line and column, never quoted
     * @param index the zero-based offset of the problem in {@code text}, 0 to {@code text.length()}
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the text
     */
    public DecreeParseException(ErrorType errorType, CharSequence text, int index) {
        this(errorType, text, index, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param errorType why no resolution could be built, not null
     * @param text the text, not null; used only to count the line and column
     * @param index the zero-based offset of the problem in {@code text}, 0 to {@code text.length()}
     * @param cause the underlying failure, or null
     * @throws NullPointerException if {@code errorType} or {@code text} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the text
     */
    public DecreeParseException(ErrorType errorType, CharSequence text, int index, Throwable cause) {
        super(errorType, text, index, cause);
    }

    /**
     * Returns why no resolution could be built.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    @Override
    protected String subject(Locale locale) {
        return TextErrorTexts.TEXTS.get("subject.decree", locale);
    }
}
