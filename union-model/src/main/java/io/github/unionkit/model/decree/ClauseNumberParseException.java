package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.ParseMessages;
import java.util.Objects;

/**
 * Thrown by {@link ClauseNumber#parse(CharSequence)} when the text is not a clause number.
 *
 * <p>A separate type from {@link DecreeNumberParseException} because the two grammars fail in
 * different ways (a clause number has no sign, no schemes, but a depth limit); both carry the same
 * data: why ({@link #errorType()}), where ({@link #index()}, zero-based, into the text as given) and
 * what ({@link #input()}, capped at {@value ClauseNumber#MAX_LENGTH} characters). Clause numbers are
 * not personal data, so the message quotes the (capped) input.
 *
 * <p>It extends {@link IllegalArgumentException}. Instances are immutable once thrown.
 */
public final class ClauseNumberParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a text was rejected as a clause number. */
    public enum ErrorType {
        /** The text is empty or white space only. */
        EMPTY("the text is empty"),
        /** The text is longer than {@value ClauseNumber#MAX_LENGTH} characters; nothing was scanned. */
        TOO_LONG("the text is longer than " + ClauseNumber.MAX_LENGTH + " characters"),
        /** A character that cannot appear at this position. */
        UNEXPECTED_CHARACTER("unexpected character"),
        /** A number was expected: at the start ({@code ".1"}) or between two dots ({@code "3..1"}). */
        MISSING_NUMBER("a number is missing here"),
        /** A part is zero or greater than {@value ClauseNumber#MAX_PART}. */
        NUMBER_OUT_OF_RANGE("the number is out of range (1 to " + ClauseNumber.MAX_PART + ")"),
        /** The number has more than {@value ClauseNumber#MAX_DEPTH} levels. */
        TOO_DEEP("the clause number has more than " + ClauseNumber.MAX_DEPTH + " levels");

        private final String description;

        ErrorType(String description) {
            this.description = description;
        }

        /**
         * Returns a short English description, as used in the exception message.
         *
         * @return the description, never null
         */
        public String description() {
            return description;
        }
    }

    /** Why the text was rejected. */
    private final ErrorType errorType;
    /** The zero-based position of the problem. */
    private final int index;
    /** The rejected text, capped. */
    private final String input;

    /**
     * Creates an exception for a rejected text.
     *
     * @param errorType why the text was rejected, not null
     * @param index the zero-based position of the problem in {@code input}, 0 to {@code input.length()}
     * @param input the whole rejected text, not null; only its first {@value ClauseNumber#MAX_LENGTH}
     *     characters are kept
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IllegalArgumentException if {@code index} is outside the input
     */
    public ClauseNumberParseException(ErrorType errorType, int index, CharSequence input) {
        super(ParseMessages.format("clause number", Objects.requireNonNull(input, "input"), ClauseNumber.MAX_LENGTH,
                index, Objects.requireNonNull(errorType, "errorType").description()));
        this.input = ParseMessages.checkIndexAndCap(input, index, ClauseNumber.MAX_LENGTH);
        this.errorType = errorType;
        this.index = index;
    }

    /**
     * Returns why the text was rejected.
     *
     * @return the error type, never null
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the zero-based position of the problem in the text as given: the offending character,
     * or the text's length when something is missing at the end.
     *
     * @return the index, at least 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns the rejected text, cut to {@value ClauseNumber#MAX_LENGTH} characters followed by an
     * ellipsis (U+2026) when it was longer.
     *
     * @return the capped input, never null
     */
    public String input() {
        return input;
    }
}
