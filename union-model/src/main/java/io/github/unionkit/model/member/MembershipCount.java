package io.github.unionkit.model.member;

import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The number of members of an organization (or a subtree of organizations) on a date, by category:
 * employees (работающие), non-working pensioners (неработающие пенсионеры) and students
 * (обучающиеся).
 *
 * <p>Counts are always as of a date, because membership changes every day; two counts are added only
 * if they are as of the same date.
 *
 * @param asOf the date the count refers to
 * @param employees the number of working members, at least 0
 * @param pensioners the number of non-working pensioners, at least 0
 * @param students the number of students, at least 0
 */
public record MembershipCount(
        @NotNull LocalDate asOf,
        @PositiveOrZero int employees,
        @PositiveOrZero int pensioners,
        @PositiveOrZero int students) {

    /**
     * Creates a count, checking its parts.
     *
     * @param asOf the date, not null
     * @param employees the working members, at least 0
     * @param pensioners the non-working pensioners, at least 0
     * @param students the students, at least 0
     * @throws NullPointerException if {@code asOf} is null
     * @throws IllegalArgumentException if a count is negative
     * @throws ArithmeticException if the total exceeds {@link Integer#MAX_VALUE}
     */
    public MembershipCount {
        Objects.requireNonNull(asOf, "asOf");
        if (employees < 0 || pensioners < 0 || students < 0) {
            throw new IllegalArgumentException("counts must be >= 0: employees=" + employees
                    + ", pensioners=" + pensioners + ", students=" + students);
        }
        Math.addExact(Math.addExact(employees, pensioners), students);
    }

    /**
     * Returns a count with the given parts.
     *
     * @param asOf the date, not null
     * @param employees the working members, at least 0
     * @param pensioners the non-working pensioners, at least 0
     * @param students the students, at least 0
     * @return the count
     * @throws NullPointerException if {@code asOf} is null
     * @throws IllegalArgumentException if a count is negative
     * @throws ArithmeticException if the total exceeds {@link Integer#MAX_VALUE}
     */
    public static MembershipCount of(LocalDate asOf, int employees, int pensioners, int students) {
        return new MembershipCount(asOf, employees, pensioners, students);
    }

    /**
     * Returns the count of the given members, one per category listed (e.g. the categories of the
     * members active on {@code asOf}).
     *
     * @param asOf the date, not null
     * @param categories the members' categories, none null
     * @return the count
     * @throws NullPointerException if an argument or a category is null
     */
    public static MembershipCount of(LocalDate asOf, MemberCategory... categories) {
        Objects.requireNonNull(categories, "categories");
        MembershipCount count = zero(asOf);
        for (MemberCategory category : categories) {
            count = count.plus(category);
        }
        return count;
    }

    /**
     * Returns the count with no members.
     *
     * @param asOf the date, not null
     * @return the zero count as of {@code asOf}
     * @throws NullPointerException if {@code asOf} is null
     */
    public static MembershipCount zero(LocalDate asOf) {
        return new MembershipCount(asOf, 0, 0, 0);
    }

    /**
     * Returns the number of members in all categories.
     *
     * @return {@code employees + pensioners + students}
     */
    public int total() {
        return employees + pensioners + students;
    }

    /**
     * Returns the number of members of one category.
     *
     * @param category the category, not null
     * @return the count of that category
     */
    public int count(MemberCategory category) {
        switch (Objects.requireNonNull(category, "category")) {
            case EMPLOYEE:
                return employees;
            case NON_WORKING_PENSIONER:
                return pensioners;
            case STUDENT:
                return students;
            default:
                throw new AssertionError(category);
        }
    }

    /**
     * Returns the sum of this count and {@code other}, category by category.
     *
     * @param other a count as of the same date, not null
     * @return the sum, as of the same date
     * @throws IllegalArgumentException if {@code other} is as of another date
     * @throws ArithmeticException if a sum exceeds {@link Integer#MAX_VALUE}
     */
    public MembershipCount plus(MembershipCount other) {
        Objects.requireNonNull(other, "other");
        if (!asOf.equals(other.asOf)) {
            throw new IllegalArgumentException("cannot add counts as of " + asOf + " and " + other.asOf);
        }
        return new MembershipCount(asOf, Math.addExact(employees, other.employees),
                Math.addExact(pensioners, other.pensioners), Math.addExact(students, other.students));
    }

    /**
     * Returns this count with one more member of {@code category}.
     *
     * @param category the category of the added member, not null
     * @return the incremented count
     * @throws ArithmeticException if the count exceeds {@link Integer#MAX_VALUE}
     */
    public MembershipCount plus(MemberCategory category) {
        switch (Objects.requireNonNull(category, "category")) {
            case EMPLOYEE:
                return new MembershipCount(asOf, Math.addExact(employees, 1), pensioners, students);
            case NON_WORKING_PENSIONER:
                return new MembershipCount(asOf, employees, Math.addExact(pensioners, 1), students);
            case STUDENT:
                return new MembershipCount(asOf, employees, pensioners, Math.addExact(students, 1));
            default:
                throw new AssertionError(category);
        }
    }

    /**
     * Aggregates counts over subtrees: each organization of {@code tree} gets the sum of its own count
     * and the counts of all its descendants. Organizations without an entry count as zero.
     *
     * @param tree the organizations, not null
     * @param counts the counts per organization (e.g. from a membership registry), not null; all as of
     *     the same date; an empty map yields an empty result, since it has no date
     * @return an unmodifiable map with an entry for every organization of the tree, in depth-first
     *     order, or an empty map if {@code counts} is empty
     * @throws IllegalArgumentException if counts are as of different dates or name an organization not
     *     in the tree
     * @throws ArithmeticException if a sum exceeds {@link Integer#MAX_VALUE}
     */
    public static Map<OrganizationId, MembershipCount> subtreeCounts(OrganizationTree tree,
            Map<OrganizationId, MembershipCount> counts) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(counts, "counts");
        if (counts.isEmpty()) {
            return Map.of();
        }
        return subtreeCounts(tree, counts, counts.values().iterator().next().asOf());
    }

    /**
     * Aggregates counts over subtrees as of {@code asOf}: each organization of {@code tree} gets the sum
     * of its own count and the counts of all its descendants. Organizations without an entry count as
     * zero.
     *
     * @param tree the organizations, not null
     * @param counts the counts per organization, not null; every count as of {@code asOf}
     * @param asOf the date of the counts, not null
     * @return an unmodifiable map with an entry for every organization of the tree, in depth-first order
     * @throws IllegalArgumentException if a count is as of another date or names an organization not in
     *     the tree
     * @throws ArithmeticException if a sum exceeds {@link Integer#MAX_VALUE}
     */
    public static Map<OrganizationId, MembershipCount> subtreeCounts(OrganizationTree tree,
            Map<OrganizationId, MembershipCount> counts, LocalDate asOf) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(asOf, "asOf");
        for (Map.Entry<OrganizationId, MembershipCount> entry : counts.entrySet()) {
            if (!entry.getValue().asOf().equals(asOf)) {
                throw new IllegalArgumentException("count for " + entry.getKey() + " is as of "
                        + entry.getValue().asOf() + ", not " + asOf);
            }
        }
        return tree.subtreeSums(counts, zero(asOf), MembershipCount::plus);
    }
}
