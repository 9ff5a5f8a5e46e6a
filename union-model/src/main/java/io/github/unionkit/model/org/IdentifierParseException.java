package io.github.unionkit.model.org;

import io.github.unionkit.model.error.TextPosition;
import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when the text form of an identifier or a range ({@link OrganizationId},
 * {@link MembershipRange}, {@code io.github.unionkit.model.member.MemberId},
 * {@code io.github.unionkit.model.member.CardNumber}) cannot be read.
 *
 * <p>A thin {@link UnionKitParseException}: the {@link #errorType()}, the {@link #index() position}
 * (an identifier is one line, so the column is the index plus one) and the {@link #target() kind of
 * value} being read. It never quotes the input: member identifiers and card numbers are personal
 * data, so {@link #excerpt()} is always empty.
 */
public final class IdentifierParseException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** Why the input was rejected. */
    public enum ErrorType implements UnionKitErrorType {
        /** The input is empty. */
        EMPTY,
        /** The input is longer than the type's maximum length. */
        TOO_LONG,
        /** The first character is not one a value may start with. */
        ILLEGAL_START,
        /** A character outside the allowed alphabet. */
        ILLEGAL_CHARACTER,
        /** A number is missing, too large, too short, or the bounds are out of order. */
        ILLEGAL_NUMBER,
        /** The structure is wrong (for ranges: the {@code ..} separator is missing). */
        MALFORMED;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("IdentifierParseException." + name(), locale);
        }
    }

    /** @serial the type being parsed */
    private final String target;

    /**
     * Creates the exception.
     *
     * @param target the simple name of the type being parsed: {@code "OrganizationId"},
     *     {@code "MemberId"}, {@code "CardNumber"} or {@code "MembershipRange"}
     * @param errorType why the input was rejected, not null
     * @param index the zero-based position of the problem, at least 0
     * @throws NullPointerException if {@code target} or {@code errorType} is null
     * @throws IllegalArgumentException if {@code target} is not one of the names above, or
     *     {@code index} is negative
     */
    public IdentifierParseException(String target, ErrorType errorType, int index) {
        super(errorType, TextPosition.of(index, 1, index + 1), null);
        ModelErrorTexts.TEXTS.get("subject." + Objects.requireNonNull(target, "target"), Locale.ENGLISH);
        this.target = target;
    }

    /**
     * Returns why the input was rejected.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the simple name of the type that was being parsed, e.g. {@code "OrganizationId"}.
     *
     * @return the target type name, never null
     */
    public String target() {
        return target;
    }

    @Override
    protected String subject(Locale locale) {
        return ModelErrorTexts.TEXTS.get("subject." + target, locale);
    }
}
