package io.github.unionkit.model.member;

import java.util.Objects;

/**
 * Thrown when members cannot form a {@link MembershipRegistry}. Carries the {@link #errorType() reason}
 * and the {@link #memberId() member id}; never personal data.
 */
public final class MembershipRegistryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the registry could not be formed. */
    public enum ErrorType {
        /** Two members share an id. */
        DUPLICATE_MEMBER_ID
    }

    /** @serial the reason */
    private final ErrorType errorType;
    /** @serial the member id involved */
    private final MemberId memberId;

    /**
     * Creates an exception.
     *
     * @param errorType the reason, not null
     * @param memberId the member id involved, not null
     * @param detail a short explanation without personal data, not null
     */
    public MembershipRegistryException(ErrorType errorType, MemberId memberId, String detail) {
        super(Objects.requireNonNull(errorType, "errorType") + " " + Objects.requireNonNull(memberId, "memberId")
                + ": " + Objects.requireNonNull(detail, "detail"));
        this.errorType = errorType;
        this.memberId = memberId;
    }

    /**
     * Returns why the registry could not be formed.
     *
     * @return the error type, never null
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the member id involved.
     *
     * @return the id, never null
     */
    public MemberId memberId() {
        return memberId;
    }
}
