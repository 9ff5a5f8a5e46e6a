package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.ParseMessages;
import java.util.Objects;

/**
 * Thrown by {@link DecreeNumber#parse(CharSequence)} when the text is not a decree number.
 *
 * <p>The exception carries why ({@link #errorType()}), where ({@link #index()}, zero-based, into the
 * text as given, before any trimming) and what ({@link #input()}, at most
 * {@value DecreeNumber#MAX_LENGTH} characters of the text). Decree numbers are public identifiers,
 * not personal data, so the message quotes the (capped) input.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that only care about "invalid argument"
 * need no special handling. Instances are immutable once thrown.
 */
public final class DecreeNumberParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a text was rejected as a decree number. */
    public enum ErrorType {
        /** The text is empty or white space only. */
        EMPTY("the text is empty"),
        /** The text is longer than {@value DecreeNumber#MAX_LENGTH} characters; nothing was scanned. */
        TOO_LONG("the text is longer than " + DecreeNumber.MAX_LENGTH + " characters"),
        /** A character that cannot appear at this position (a letter, a second sign, a foreign digit …). */
        UNEXPECTED_CHARACTER("unexpected character"),
        /** A number was expected (after the sign, between separators, before a separator). */
        MISSING_NUMBER("a number is missing here"),
        /**
         * A counter is zero or has more than nine significant digits, or a sequential number is
         * written with more than nine digits.
         */
        NUMBER_OUT_OF_RANGE("the number is out of range (1 to " + DecreeNumber.MAX_COUNTER + ", at most 9 digits)"),
        /** The text ends with a separator ({@code "3-"}, {@code "3-1."}, {@code "3-1/"}). */
        TRAILING_SEPARATOR("the text ends with a separator"),
        /**
         * A separator adds a part that no scheme has: a third counter ({@code "3-1-2"},
         * {@code "5-1.1.1"}), three or more slashed parts none of which is composite
         * ({@code "1/2/3"}), or more than {@value DecreeNumber#MAX_JOINT_PARTS} joint parts.
         */
        TOO_MANY_PARTS("too many parts");

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
     * @param input the whole rejected text, not null; only its first {@value DecreeNumber#MAX_LENGTH}
     *     characters are kept
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IllegalArgumentException if {@code index} is outside the input
     */
    public DecreeNumberParseException(ErrorType errorType, int index, CharSequence input) {
        super(ParseMessages.format("decree number", Objects.requireNonNull(input, "input"), DecreeNumber.MAX_LENGTH,
                index, Objects.requireNonNull(errorType, "errorType").description()));
        this.input = ParseMessages.checkIndexAndCap(input, index, DecreeNumber.MAX_LENGTH);
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
     * Returns the rejected text, cut to {@value DecreeNumber#MAX_LENGTH} characters followed by an
     * ellipsis (U+2026) when it was longer.
     *
     * @return the capped input, never null
     */
    public String input() {
        return input;
    }
}
