package io.github.unionkit.model.member;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when members cannot form a {@link MembershipRegistry}. Carries the {@link #errorType() reason}
 * and the {@link #memberId() member id}; never personal data.
 */
public final class MembershipRegistryException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Why the registry could not be formed. */
    public enum ErrorType implements UnionKitErrorType {
        /** Two members share an id. */
        DUPLICATE_MEMBER_ID;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("MembershipRegistryException." + name(), locale);
        }
    }

    /** @serial the English message */
    private final String englishMessage;
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
        super(errorType, null);
        this.englishMessage = Objects.requireNonNull(errorType, "errorType") + " " + Objects.requireNonNull(memberId, "memberId")
                + ": " + Objects.requireNonNull(detail, "detail");
        this.memberId = memberId;
    }

    /**
     * Returns why the registry could not be formed.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the message in Russian or English: in English the full text, in Russian the
     * description of the error type and what it concerns.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     */
    @Override
    public String message(Locale locale) {
        return validationMessage(locale, englishMessage, memberId.toString());
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
