package io.github.unionkit.model.org;

import java.util.Objects;

/**
 * Thrown when the text form of an identifier or a range ({@link OrganizationId},
 * {@link MembershipRange}, {@code io.github.unionkit.model.member.MemberId}) cannot be read.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that only care about "invalid argument"
 * need no special handling, while callers that report errors get the {@link #errorType()}, the
 * {@link #index() position} in the input and the {@link #target() kind of value} being read. The
 * message never repeats the input: member identifiers may be personal data.
 */
public final class IdentifierParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the input was rejected. */
    public enum ErrorType {
        /** The input is empty. */
        EMPTY,
        /** The input is longer than the type's maximum length. */
        TOO_LONG,
        /** The first character is not one a value may start with. */
        ILLEGAL_START,
        /** A character outside the allowed alphabet. */
        ILLEGAL_CHARACTER,
        /** A number is missing, too large, or the bounds are out of order. */
        ILLEGAL_NUMBER,
        /** The structure is wrong (for ranges: the {@code ..} separator is missing). */
        MALFORMED
    }

    /** @serial the reason */
    private final ErrorType errorType;
    /** @serial the position in the input */
    private final int index;
    /** @serial the type being parsed */
    private final String target;

    /**
     * Creates an exception.
     *
     * @param target the simple name of the type being parsed, e.g. {@code "OrganizationId"}, not null
     * @param errorType why the input was rejected, not null
     * @param index the zero-based position in the input where the problem was found, at least 0
     * @param detail a short explanation without the input itself, not null
     */
    public IdentifierParseException(String target, ErrorType errorType, int index, String detail) {
        super(Objects.requireNonNull(target, "target") + ": " + Objects.requireNonNull(errorType, "errorType")
                + " at index " + index + ": " + Objects.requireNonNull(detail, "detail"));
        this.target = target;
        this.errorType = errorType;
        this.index = Math.max(0, index);
    }

    /**
     * Returns why the input was rejected.
     *
     * @return the error type, never null
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the zero-based position in the input where the problem was found.
     *
     * @return the index, at least 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns the simple name of the type that was being parsed.
     *
     * @return the target type's name, never null
     */
    public String target() {
        return target;
    }
}
