package io.github.unionkit.model.decree;

/**
 * The kinds of {@link Assignee}, one per implementation, as {@code DeadlineKind} is for deadlines.
 */
public enum AssigneeKind {
    /** {@link Assignee.BodyOf}: "Президиуму Астраханской областной организации Профсоюза". */
    BODY,
    /** {@link Assignee.OneOrganization}: one organization. */
    ORGANIZATION,
    /** {@link Assignee.Organizations}: a named list of organizations. */
    ORGANIZATIONS,
    /** {@link Assignee.AllOf}: "территориальным организациям Профсоюза". */
    ALL_OF_LEVEL,
    /** {@link Assignee.Officer}: "председателя организации". */
    OFFICER,
    /** {@link Assignee.Person}: a person named without an office. */
    PERSON
}
