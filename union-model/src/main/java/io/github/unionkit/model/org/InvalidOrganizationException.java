package io.github.unionkit.model.org;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when an {@link Organization} would break one of its invariants. It extends
 * {@link IllegalArgumentException} and carries the {@link #errorType() reason} and the
 * {@link #organizationId() id} of the organization being built.
 */
public final class InvalidOrganizationException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Which invariant was broken. */
    public enum ErrorType implements UnionKitErrorType {
        /** The organization has no name. */
        NO_NAMES,
        /** Two names take effect on the same day, or the names are not in date order. */
        NAMES_NOT_IN_ORDER,
        /** The rights of a territorial organization were given to a non-primary organization. */
        TERRITORIAL_RIGHTS_NOT_PRIMARY,
        /** The kind does not apply to the level (for example a school at regional level). */
        KIND_NOT_APPLICABLE,
        /** The national organization has a parent. */
        NATIONAL_HAS_PARENT,
        /** The organization is its own parent. */
        SELF_PARENT,
        /** The region is blank. */
        BLANK_REGION;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("InvalidOrganizationException." + name(), locale);
        }
    }

    /** @serial the English message */
    private final String englishMessage;
    /** @serial the organization involved */
    private final OrganizationId organizationId;

    /**
     * Creates an exception.
     *
     * @param errorType the broken invariant, not null
     * @param organizationId the organization's id, not null
     * @param detail a short explanation, not null
     */
    public InvalidOrganizationException(ErrorType errorType, OrganizationId organizationId, String detail) {
        super(errorType, null);
        this.englishMessage = Objects.requireNonNull(errorType, "errorType") + " in organization "
                + Objects.requireNonNull(organizationId, "organizationId") + ": "
                + Objects.requireNonNull(detail, "detail");
        this.organizationId = organizationId;
    }

    /**
     * Returns the broken invariant.
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
        return validationMessage(locale, englishMessage, organizationId.toString());
    }

    /**
     * Returns the id of the organization that failed to build.
     *
     * @return the id, never null
     */
    public OrganizationId organizationId() {
        return organizationId;
    }
}
