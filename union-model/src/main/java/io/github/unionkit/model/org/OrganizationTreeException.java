package io.github.unionkit.model.org;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a set of organizations does not form a valid {@link OrganizationTree}. Carries the
 * {@link #errorType() reason} and the {@link #ids() ids} of the organizations involved.
 */
public final class OrganizationTreeException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Why the organizations do not form a tree. */
    public enum ErrorType implements UnionKitErrorType {
        /** Two organizations share an id; {@link #ids()} holds that id. */
        DUPLICATE_ID,
        /** A parent id names no organization in the set; {@link #ids()} holds the child and the parent. */
        UNKNOWN_PARENT,
        /** Parent links form a cycle; {@link #ids()} holds the organizations on the cycle. */
        CYCLE,
        /**
         * A child's level may not sit under its parent's level (see
         * {@link OrganizationLevel#isAllowedUnder(OrganizationLevel)}); {@link #ids()} holds the child
         * and the parent.
         */
        ILLEGAL_LEVEL;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("OrganizationTreeException." + name(), locale);
        }
    }

    /** At most this many ids are named in the message; {@link #ids()} always holds them all. */
    private static final int MAX_IDS_IN_MESSAGE = 20;

    /** @serial the English message */
    private final String englishMessage;
    /** @serial the organizations involved */
    private final List<OrganizationId> ids;

    /**
     * Creates an exception.
     *
     * @param errorType the reason, not null
     * @param ids the organizations involved, not null, no nulls
     * @param detail a short explanation, not null
     */
    public OrganizationTreeException(ErrorType errorType, List<OrganizationId> ids, String detail) {
        super(errorType, null);
        this.englishMessage = message(errorType, ids, detail);
        this.ids = List.copyOf(ids);
    }

    /**
     * Returns why the organizations do not form a tree.
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
        return validationMessage(locale, englishMessage, ids.size() <= 3 ? ids.toString() : ids.subList(0, 3) + " …");
    }

    /**
     * Returns the ids of the organizations involved, in the order the error type documents.
     *
     * @return an unmodifiable list, never empty
     */
    public List<OrganizationId> ids() {
        return ids;
    }

    private static String message(ErrorType errorType, List<OrganizationId> ids, String detail) {
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(detail, "detail");
        List<OrganizationId> shown = ids.size() > MAX_IDS_IN_MESSAGE ? ids.subList(0, MAX_IDS_IN_MESSAGE) : ids;
        return errorType + " " + shown + (shown.size() < ids.size() ? " (+" + (ids.size() - shown.size())
                + " more)" : "") + ": " + detail;
    }
}
