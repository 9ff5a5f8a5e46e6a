package io.github.unionkit.model.org;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a set of organizations does not form a valid {@link OrganizationTree}. Carries the
 * {@link #errorType() reason} and the {@link #ids() ids} of the organizations involved.
 */
public final class OrganizationTreeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the organizations do not form a tree. */
    public enum ErrorType {
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
        ILLEGAL_LEVEL
    }

    /** At most this many ids are named in the message; {@link #ids()} always holds them all. */
    private static final int MAX_IDS_IN_MESSAGE = 20;

    /** @serial the reason */
    private final ErrorType errorType;
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
        super(message(errorType, ids, detail));
        this.errorType = errorType;
        this.ids = List.copyOf(ids);
    }

    /**
     * Returns why the organizations do not form a tree.
     *
     * @return the error type, never null
     */
    public ErrorType errorType() {
        return errorType;
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
