package io.github.unionkit.model.meeting;

import io.github.unionkit.model.decree.internal.ParseMessages;
import java.util.Objects;

/**
 * Thrown by {@link RomanNumeral#parse(CharSequence)} when the text is not a Roman numeral in
 * canonical form.
 *
 * <p>The exception carries why ({@link #errorType()}), where ({@link #index()}, zero-based, into the
 * text as given) and what ({@link #input()}, capped at {@value RomanNumeral#MAX_LENGTH} characters).
 * Roman numerals are not personal data, so the message quotes the (capped) input. It extends
 * {@link IllegalArgumentException}. Instances are immutable once thrown.
 */
public final class RomanNumeralParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a text was rejected as a Roman numeral. */
    public enum ErrorType {
        /** The text is empty or white space only. */
        EMPTY("the text is empty"),
        /** The text is longer than {@value RomanNumeral#MAX_LENGTH} characters; nothing was scanned. */
        TOO_LONG("the text is longer than " + RomanNumeral.MAX_LENGTH + " characters"),
        /** A character that is not one of {@code I V X L C D M}. */
        UNEXPECTED_CHARACTER("not a Roman digit (I, V, X, L, C, D, M)"),
        /** A lower-case Roman digit: only upper case is accepted, as in "IV пленум". */
        LOWER_CASE("lower-case Roman digit; write it in upper case"),
        /**
         * A Cyrillic letter that looks like a Roman digit ({@code І Х С М}, a frequent typing slip in
         * Russian text); the Latin letter is required.
         */
        CYRILLIC_LOOKALIKE("Cyrillic letter where a Latin Roman digit was expected"),
        /**
         * Roman digits that do not form the canonical (shortest, subtractive) numeral, such as
         * {@code IIII}, {@code VX} or {@code IM}; the index is where the text departs from the canonical
         * form of the value its digits add up to.
         */
        NOT_CANONICAL("not the canonical form of a Roman numeral"),
        /** The digits add up to more than {@value RomanNumeral#MAX_VALUE}. */
        NUMBER_OUT_OF_RANGE("the value is out of range (1 to " + RomanNumeral.MAX_VALUE + ")");

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
     * @param input the whole rejected text, not null; only its first {@value RomanNumeral#MAX_LENGTH}
     *     characters are kept
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IllegalArgumentException if {@code index} is outside the input
     */
    public RomanNumeralParseException(ErrorType errorType, int index, CharSequence input) {
        super(ParseMessages.format("Roman numeral", Objects.requireNonNull(input, "input"), RomanNumeral.MAX_LENGTH,
                index, Objects.requireNonNull(errorType, "errorType").description()));
        this.input = ParseMessages.checkIndexAndCap(input, index, RomanNumeral.MAX_LENGTH);
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
     * Returns the zero-based position of the problem in the text as given.
     *
     * @return the index, at least 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns the rejected text, cut to {@value RomanNumeral#MAX_LENGTH} characters followed by an
     * ellipsis (U+2026) when it was longer.
     *
     * @return the capped input, never null
     */
    public String input() {
        return input;
    }
}
