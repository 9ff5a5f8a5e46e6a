package io.github.unionkit.model.meeting;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;

/**
 * Thrown by {@link RomanNumeral#parse(CharSequence)} when the text is not a Roman numeral in
 * canonical form.
 *
 * <p>A thin {@link UnionKitParseException}: why ({@link #errorType()}), where ({@link #index()},
 * {@link #line()}, {@link #column()}) and what ({@link #input()}, capped at
 * {@value RomanNumeral#MAX_LENGTH} characters). Roman numerals are not personal data, so the message
 * quotes the (capped) input. Instances are immutable once thrown.
 */
public final class RomanNumeralParseException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** Why a text was rejected as a Roman numeral. */
    public enum ErrorType implements UnionKitErrorType {
        /** The text is empty or white space only. */
        EMPTY,
        /** The text is longer than {@value RomanNumeral#MAX_LENGTH} characters; nothing was scanned. */
        TOO_LONG,
        /** A character that is not one of {@code I V X L C D M}. */
        UNEXPECTED_CHARACTER,
        /** A lower-case Roman digit: only upper case is accepted, as in "IV пленум". */
        LOWER_CASE,
        /**
         * A Cyrillic letter that looks like a Roman digit ({@code І Х С М}, a frequent typing slip in
         * Russian text); the Latin letter is required.
         */
        CYRILLIC_LOOKALIKE,
        /**
         * Roman digits that do not form the canonical (shortest, subtractive) numeral, such as
         * {@code IIII}, {@code VX} or {@code IM}; the index is where the text departs from the canonical
         * form of the value its digits add up to.
         */
        NOT_CANONICAL,
        /** The digits add up to more than {@value RomanNumeral#MAX_VALUE}. */
        NUMBER_OUT_OF_RANGE;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.format("RomanNumeralParseException." + name(), locale, RomanNumeral.MAX_LENGTH, RomanNumeral.MAX_VALUE);
        }
    }

    /**
     * Creates an exception for a rejected text.
     *
     * @param errorType why the text was rejected, not null
     * @param index the zero-based position of the problem in {@code input}, 0 to {@code input.length()}
     * @param input the whole rejected text, not null; only its first {@value RomanNumeral#MAX_LENGTH}
     *     characters are kept
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the input
     */
    public RomanNumeralParseException(ErrorType errorType, int index, CharSequence input) {
        super(errorType, input, index, RomanNumeral.MAX_LENGTH, null);
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
     * Returns the rejected text, cut to {@value RomanNumeral#MAX_LENGTH} characters followed by an
     * ellipsis (U+2026) when it was longer: the {@link #excerpt() excerpt}, which these exceptions
     * always have, since Roman numerals are not personal data.
     *
     * @return the capped input, never null
     */
    public String input() {
        return excerpt().orElseThrow();
    }

    @Override
    protected String subject(Locale locale) {
        return ModelErrorTexts.TEXTS.get("subject.romanNumeral", locale);
    }
}
