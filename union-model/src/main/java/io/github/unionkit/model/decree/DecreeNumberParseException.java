package io.github.unionkit.model.decree;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;

/**
 * Thrown by {@link DecreeNumber#parse(CharSequence)} when the text is not a decree number.
 *
 * <p>A thin {@link UnionKitParseException}: why ({@link #errorType()}), where ({@link #index()},
 * zero-based into the text as given, before any trimming; {@link #line()} and {@link #column()} from
 * 1) and what ({@link #input()}, at most {@value DecreeNumber#MAX_LENGTH} characters of the text).
 * Decree numbers are public identifiers, not personal data, so the message quotes the (capped) input
 * and names the offending character («Cyrillic letter» for a «Н» typed where «№» or a digit was
 * meant). Instances are immutable once thrown.
 */
public final class DecreeNumberParseException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** Why a text was rejected as a decree number. */
    public enum ErrorType implements UnionKitErrorType {
        /** The text is empty or white space only. */
        EMPTY,
        /** The text is longer than {@value DecreeNumber#MAX_LENGTH} characters; nothing was scanned. */
        TOO_LONG,
        /** A character that cannot appear at this position (a letter, a second sign, a foreign digit …). */
        UNEXPECTED_CHARACTER,
        /** A number was expected (after the sign, between separators, before a separator). */
        MISSING_NUMBER,
        /**
         * A Cyrillic «Н» where the number sign is written ({@code "Н-5"}, {@code "Н 3-1"}): the sign is
         * «№» or a Latin {@code N}; the look-alike is refused rather than read as either.
         */
        LOOK_ALIKE_SIGN,
        /**
         * A counter is zero or has more than nine significant digits, or a sequential number is
         * written with more than nine digits.
         */
        NUMBER_OUT_OF_RANGE,
        /** The text ends with a separator ({@code "3-"}, {@code "3-1."}, {@code "3-1/"}). */
        TRAILING_SEPARATOR,
        /**
         * A separator adds a part that no scheme has: a third counter ({@code "3-1-2"},
         * {@code "5-1.1.1"}), three or more slashed parts none of which is composite
         * ({@code "1/2/3"}), or more than {@value DecreeNumber#MAX_JOINT_PARTS} joint parts.
         */
        TOO_MANY_PARTS;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.format("DecreeNumberParseException." + name(), locale, DecreeNumber.MAX_LENGTH, DecreeNumber.MAX_COUNTER);
        }
    }

    /**
     * Creates an exception for a rejected text.
     *
     * @param errorType why the text was rejected, not null
     * @param index the zero-based position of the problem in {@code input}, 0 to {@code input.length()}
     * @param input the whole rejected text, not null; only its first {@value DecreeNumber#MAX_LENGTH}
     *     characters are kept
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the input
     */
    public DecreeNumberParseException(ErrorType errorType, int index, CharSequence input) {
        super(errorType, input, index, DecreeNumber.MAX_LENGTH, null);
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
     * Returns the rejected text, cut to {@value DecreeNumber#MAX_LENGTH} characters followed by an
     * ellipsis (U+2026) when it was longer: the {@link #excerpt() excerpt}, which these exceptions
     * always have, since decree numbers are not personal data.
     *
     * @return the capped input, never null
     */
    public String input() {
        return excerpt().orElseThrow();
    }

    @Override
    protected String subject(Locale locale) {
        return ModelErrorTexts.TEXTS.get("subject.decreeNumber", locale);
    }
}
