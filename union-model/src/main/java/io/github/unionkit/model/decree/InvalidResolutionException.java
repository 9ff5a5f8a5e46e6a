package io.github.unionkit.model.decree;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a part of a resolution (a clause, an assignment, a reference, the resolution itself)
 * would break one of its invariants. It extends {@link IllegalArgumentException}, carries the
 * {@link #errorType() reason}, the name of the offending {@link #field() field} and, where the fault
 * lies in the clause tree, the {@link #clause() clause number}.
 *
 * <p>Messages never quote the offending text: resolution texts may name persons, and personal data
 * stays out of exception messages.
 */
public final class InvalidResolutionException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Which invariant was broken. */
    public enum ErrorType implements UnionKitErrorType {
        /** A required text is empty once its whitespace is normalised. */
        BLANK_TEXT,
        /** A child clause's number is not a direct child of its parent's number. */
        CHILD_NOT_DIRECT,
        /** A top-level clause has a number with more than one component. */
        TOP_LEVEL_NOT_ROOT,
        /** A date range that must be closed (bounded at both ends, at least one day) is not. */
        DATES_NOT_CLOSED,
        /** An assignment has no assignee. */
        NO_ASSIGNEES,
        /** A named list of organizations has fewer than two entries. */
        TOO_FEW_ORGANIZATIONS,
        /** "All organizations of a level" names the national level, of which there is only one. */
        ALL_OF_NATIONAL,
        /** The control clause's number is not a clause of the resolution. */
        UNKNOWN_CONTROL_CLAUSE;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("InvalidResolutionException." + name(), locale);
        }
    }

    /** @serial the English message */
    private final String englishMessage;
    private final String field;
    private final transient ClauseNumber clause;

    /**
     * Creates an exception not tied to a clause.
     *
     * @param errorType the broken invariant, not null
     * @param field the name of the offending field, not null
     * @param detail a short explanation without personal data, not null
     */
    public InvalidResolutionException(ErrorType errorType, String field, String detail) {
        super(errorType, null);
        this.englishMessage = message(errorType, field, null, detail);
        this.field = field;
        this.clause = null;
    }

    /**
     * Creates an exception about one clause.
     *
     * @param errorType the broken invariant, not null
     * @param field the name of the offending field, not null
     * @param clause the number of the clause at fault, not null
     * @param detail a short explanation without personal data, not null
     */
    public InvalidResolutionException(ErrorType errorType, String field, ClauseNumber clause, String detail) {
        super(errorType, null);
        this.englishMessage = message(errorType, field, Objects.requireNonNull(clause, "clause"), detail);
        this.field = field;
        this.clause = clause;
    }

    private static String message(ErrorType errorType, String field, ClauseNumber clause, String detail) {
        return Objects.requireNonNull(errorType, "errorType") + " in " + Objects.requireNonNull(field, "field")
                + (clause == null ? "" : " of clause " + clause) + ": " + Objects.requireNonNull(detail, "detail");
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
        return validationMessage(locale, englishMessage, clause == null ? field : field + " " + clause);
    }

    /**
     * Returns the name of the offending field, e.g. {@code "children"} or {@code "adopted"}.
     *
     * @return the field name, never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the number of the clause at fault, if the fault lies in the clause tree.
     *
     * @return the clause number, or empty
     */
    public Optional<ClauseNumber> clause() {
        return Optional.ofNullable(clause);
    }
}
