package io.github.unionkit.model.decree;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;

/**
 * Thrown by {@link ClauseNumber#parse(CharSequence)} when the text is not a clause number.
 *
 * <p>A thin {@link UnionKitParseException}: why ({@link #errorType()}), where ({@link #index()},
 * {@link #line()}, {@link #column()}) and what ({@link #input()}, at most
 * {@value ClauseNumber#MAX_LENGTH} characters). Clause numbers are not personal data, so the message
 * quotes the (capped) input. Instances are immutable once thrown.
 */
public final class ClauseNumberParseException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** Why a text was rejected as a clause number. */
    public enum ErrorType implements UnionKitErrorType {
        /** The text is empty or white space only. */
        EMPTY,
        /** The text is longer than {@value ClauseNumber#MAX_LENGTH} characters; nothing was scanned. */
        TOO_LONG,
        /** A character that cannot appear at this position. */
        UNEXPECTED_CHARACTER,
        /** A number was expected: at the start ({@code ".1"}) or between two dots ({@code "3..1"}). */
        MISSING_NUMBER,
        /** A part is zero or greater than {@value ClauseNumber#MAX_PART}. */
        NUMBER_OUT_OF_RANGE,
        /** The number has more than {@value ClauseNumber#MAX_DEPTH} levels. */
        TOO_DEEP;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.format("ClauseNumberParseException." + name(), locale, ClauseNumber.MAX_LENGTH, ClauseNumber.MAX_PART, ClauseNumber.MAX_DEPTH);
        }
    }

    /**
     * Creates an exception for a rejected text.
     *
     * @param errorType why the text was rejected, not null
     * @param index the zero-based position of the problem in {@code input}, 0 to {@code input.length()}
     * @param input the whole rejected text, not null; only its first {@value ClauseNumber#MAX_LENGTH}
     *     characters are kept
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the input
     */
    public ClauseNumberParseException(ErrorType errorType, int index, CharSequence input) {
        super(errorType, input, index, ClauseNumber.MAX_LENGTH, null);
    }

    /**
     * Returns why the text was rejected.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the rejected text, cut to {@value ClauseNumber#MAX_LENGTH} characters followed by an
     * ellipsis (U+2026) when it was longer: the {@link #excerpt() excerpt}, which these exceptions
     * always have, since clause numbers are not personal data.
     *
     * @return the capped input, never null
     */
    public String input() {
        return excerpt().orElseThrow();
    }

    @Override
    protected String subject(Locale locale) {
        return ModelErrorTexts.TEXTS.get("subject.clauseNumber", locale);
    }
}
