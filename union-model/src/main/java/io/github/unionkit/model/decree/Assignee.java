package io.github.unionkit.model.decree;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.decree.internal.RequiredText;
import io.github.unionkit.model.org.OrganizationLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an assignment or a control clause is addressed to: a body of an organization, one organization,
 * a named list of organizations, all organizations of a level, an officer, or a person.
 *
 * <p>The family is sealed, shaped as the deadlines are: {@link #kind()} names the implementation and
 * {@link #accept(AssigneeVisitor)} dispatches on it exhaustively (Java 17 has no pattern matching in
 * {@code switch}). The implementations are small records nested here. Every implementation is an immutable record. A person's
 * name is personal data: {@link Person#toString()} and {@link Officer#toString()} never print it.
 */
public sealed interface Assignee
        permits Assignee.BodyOf, Assignee.OneOrganization, Assignee.Organizations, Assignee.AllOf,
        Assignee.Officer, Assignee.Person {

    /**
     * Returns which implementation this is.
     *
     * @return the kind, never null
     */
    AssigneeKind kind();

    /**
     * Calls the visitor's method for this implementation; the sealed family's exhaustive dispatch on
     * Java 17, as {@code Deadline.accept} is for deadlines.
     *
     * @param <R> the visitor's result type
     * @param visitor the visitor, not null
     * @return what the visitor returned
     */
    <R> R accept(AssigneeVisitor<R> visitor);

    /**
     * Returns a body of an organization as assignee.
     *
     * @param kind the body's kind, not null
     * @param organization the organization the body belongs to, not null
     * @return the assignee
     * @throws NullPointerException if an argument is null
     */
    static BodyOf bodyOf(BodyKind kind, OrganizationRef organization) {
        return new BodyOf(kind, organization);
    }

    /**
     * Returns one organization as assignee.
     *
     * @param organization the organization, not null
     * @return the assignee
     * @throws NullPointerException if {@code organization} is null
     */
    static OneOrganization organization(OrganizationRef organization) {
        return new OneOrganization(organization);
    }

    /**
     * Returns a named list of organizations as assignee.
     *
     * @param organizations the organizations in the order written, at least two, no nulls
     * @return the assignee
     * @throws NullPointerException if the list or an element is null
     * @throws InvalidResolutionException if fewer than two organizations are given
     */
    static Organizations organizations(List<OrganizationRef> organizations) {
        return new Organizations(organizations);
    }

    /**
     * Returns all organizations of a level (within the issuing organization) as assignee.
     *
     * @param level the level, not null, not {@link OrganizationLevel#NATIONAL}
     * @return the assignee
     * @throws NullPointerException if {@code level} is null
     * @throws InvalidResolutionException if {@code level} is national
     */
    static AllOf allOf(OrganizationLevel level) {
        return new AllOf(level);
    }

    /**
     * Returns an officer, without a named holder, as assignee.
     *
     * @param role the office, not null
     * @param organization the organization whose officer is meant, not null
     * @param asWritten the words naming the office as written, not null, not blank
     * @return the assignee
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    static Officer officer(OfficerRole role, OrganizationRef organization, String asWritten) {
        return new Officer(role, organization, asWritten, Optional.empty());
    }

    /**
     * Returns an officer together with the person named as holding the office.
     *
     * @param role the office, not null
     * @param organization the organization whose officer is meant, not null
     * @param asWritten the words naming the office as written, without the holder's name
     * @param holder the person named as holder, not null
     * @return the assignee
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    static Officer officer(OfficerRole role, OrganizationRef organization, String asWritten, Person holder) {
        return new Officer(role, organization, asWritten, Optional.of(Objects.requireNonNull(holder, "holder")));
    }

    /**
     * Returns a person as assignee.
     *
     * @param asWritten the person's name as written ("Бугрееву Т.М."), not null, not blank
     * @return the assignee
     * @throws NullPointerException if {@code asWritten} is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    static Person person(String asWritten) {
        return new Person(asWritten);
    }

    /**
     * A body of an organization: "Президиуму Астраханской областной организации Профсоюза".
     *
     * @param bodyKind the body's kind
     * @param organization the organization the body belongs to
     */
    record BodyOf(@NotNull BodyKind bodyKind, @NotNull @Valid OrganizationRef organization) implements Assignee {

        /**
         * Creates the assignee.
         *
         * @throws NullPointerException if an argument is null
         */
        public BodyOf {
            Objects.requireNonNull(bodyKind, "bodyKind");
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public AssigneeKind kind() {
            return AssigneeKind.BODY;
        }

        @Override
        public <R> R accept(AssigneeVisitor<R> visitor) {
            return visitor.visitBody(this);
        }
    }

    /**
     * One organization (named so beside {@code model.org.Organization}, which it refers to by name).
     *
     * @param organization the organization
     */
    record OneOrganization(@NotNull @Valid OrganizationRef organization) implements Assignee {

        /**
         * Creates the assignee.
         *
         * @throws NullPointerException if {@code organization} is null
         */
        public OneOrganization {
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public AssigneeKind kind() {
            return AssigneeKind.ORGANIZATION;
        }

        @Override
        public <R> R accept(AssigneeVisitor<R> visitor) {
            return visitor.visitOrganization(this);
        }
    }

    /**
     * A named list of organizations, in the order written. A single organization is always an
     * {@link OneOrganization}, so every assignee has one canonical form; duplicates are kept, because
     * reporting them is the rules' job, not the model's.
     *
     * @param organizations the organizations, at least two, unmodifiable
     */
    record Organizations(@NotNull List<@Valid OrganizationRef> organizations) implements Assignee {

        /**
         * Creates the assignee, copying the list.
         *
         * @throws NullPointerException if the list or an element is null
         * @throws InvalidResolutionException if fewer than two organizations are given
         */
        public Organizations {
            organizations = List.copyOf(Objects.requireNonNull(organizations, "organizations"));
            if (organizations.size() < 2) {
                throw new InvalidResolutionException(ErrorType.TOO_FEW_ORGANIZATIONS, "organizations",
                        "a named list needs at least 2 organizations, got " + organizations.size());
            }
        }

        @Override
        public AssigneeKind kind() {
            return AssigneeKind.ORGANIZATIONS;
        }

        @Override
        public <R> R accept(AssigneeVisitor<R> visitor) {
            return visitor.visitOrganizations(this);
        }
    }

    /**
     * All organizations of one level within the issuing organization: "территориальным организациям
     * Профсоюза" is {@code AllOf(TERRITORIAL)}, "первичным профсоюзным организациям" is
     * {@code AllOf(PRIMARY)}.
     *
     * @param level the level, never {@link OrganizationLevel#NATIONAL}
     */
    record AllOf(@NotNull OrganizationLevel level) implements Assignee {

        /**
         * Creates the assignee.
         *
         * @throws NullPointerException if {@code level} is null
         * @throws InvalidResolutionException if {@code level} is national
         */
        public AllOf {
            Objects.requireNonNull(level, "level");
            if (level == OrganizationLevel.NATIONAL) {
                throw new InvalidResolutionException(ErrorType.ALL_OF_NATIONAL, "level",
                        "there is only one national organization");
            }
        }

        @Override
        public AssigneeKind kind() {
            return AssigneeKind.ALL_OF_LEVEL;
        }

        @Override
        public <R> R accept(AssigneeVisitor<R> visitor) {
            return visitor.visitAllOf(this);
        }
    }

    /**
     * An officer of an organization, "председателя организации", optionally with the person named as
     * holding the office ("… Бугрееву Т.М.").
     *
     * @param role the office
     * @param organization the organization whose officer is meant
     * @param asWritten the words naming the office as written, without the holder's name;
     *     whitespace-normalised, not blank
     * @param holder the person named as holding the office, if the text names one
     */
    record Officer(@NotNull OfficerRole role, @NotNull @Valid OrganizationRef organization,
            @NotBlank String asWritten, @NotNull Optional<Person> holder) implements Assignee {

        /**
         * Creates the assignee, normalising the whitespace of {@code asWritten}.
         *
         * @throws NullPointerException if an argument is null
         * @throws InvalidResolutionException if {@code asWritten} is blank
         */
        public Officer {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(organization, "organization");
            asWritten = RequiredText.of("asWritten", asWritten);
            Objects.requireNonNull(holder, "holder");
        }

        /**
         * Creates an officer without a named holder.
         *
         * @param role the office, not null
         * @param organization the organization whose officer is meant, not null
         * @param asWritten the words naming the office as written, not null, not blank
         * @throws NullPointerException if an argument is null
         * @throws InvalidResolutionException if {@code asWritten} is blank
         */
        public Officer(OfficerRole role, OrganizationRef organization, String asWritten) {
            this(role, organization, asWritten, Optional.empty());
        }

        @Override
        public AssigneeKind kind() {
            return AssigneeKind.OFFICER;
        }

        @Override
        public <R> R accept(AssigneeVisitor<R> visitor) {
            return visitor.visitOfficer(this);
        }

        /**
         * Returns a description without the holder's name, which is personal data.
         *
         * @return the role, organization and written office, and whether a holder is named
         */
        @Override
        public String toString() {
            return "Officer[role=" + role + ", organization=" + organization + ", asWritten=" + asWritten
                    + ", holder=" + holder.map(Person::toString).orElse("none") + "]";
        }
    }

    /**
     * A person named without an office. The name is personal data: it is available through
     * {@link #asWritten()} but never printed by {@link #toString()}.
     *
     * @param asWritten the name as written, in the case the sentence uses ("Бугрееву Т.М.");
     *     whitespace-normalised, not blank
     */
    record Person(@NotBlank String asWritten) implements Assignee {

        /**
         * Creates the assignee, normalising the whitespace of the name.
         *
         * @throws NullPointerException if {@code asWritten} is null
         * @throws InvalidResolutionException if {@code asWritten} is blank
         */
        public Person {
            asWritten = RequiredText.of("asWritten", asWritten);
        }

        @Override
        public AssigneeKind kind() {
            return AssigneeKind.PERSON;
        }

        @Override
        public <R> R accept(AssigneeVisitor<R> visitor) {
            return visitor.visitPerson(this);
        }

        /**
         * Returns a redacted description: the name is personal data.
         *
         * @return {@code "Person[redacted]"}
         */
        @Override
        public String toString() {
            return "Person[redacted]";
        }
    }
}
