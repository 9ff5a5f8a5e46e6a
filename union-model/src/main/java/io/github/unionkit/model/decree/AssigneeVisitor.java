package io.github.unionkit.model.decree;

/**
 * An operation over the sealed {@link Assignee} family, one method per implementation: exhaustive
 * dispatch on Java 17 (a new kind of assignee breaks every visitor at compile time), as
 * {@code DeadlineVisitor} is for deadlines.
 *
 * @param <R> the result type
 */
public interface AssigneeVisitor<R> {

    /**
     * Visits a body of an organization.
     *
     * @param assignee the assignee, not null
     * @return the result
     */
    R visitBody(Assignee.BodyOf assignee);

    /**
     * Visits one organization.
     *
     * @param assignee the assignee, not null
     * @return the result
     */
    R visitOrganization(Assignee.OneOrganization assignee);

    /**
     * Visits a named list of organizations.
     *
     * @param assignee the assignee, not null
     * @return the result
     */
    R visitOrganizations(Assignee.Organizations assignee);

    /**
     * Visits all organizations of a level.
     *
     * @param assignee the assignee, not null
     * @return the result
     */
    R visitAllOf(Assignee.AllOf assignee);

    /**
     * Visits an officer.
     *
     * @param assignee the assignee, not null
     * @return the result
     */
    R visitOfficer(Assignee.Officer assignee);

    /**
     * Visits a person named without an office.
     *
     * @param assignee the assignee, not null
     * @return the result
     */
    R visitPerson(Assignee.Person assignee);
}
