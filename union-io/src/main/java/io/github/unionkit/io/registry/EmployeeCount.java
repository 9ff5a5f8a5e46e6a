package io.github.unionkit.io.registry;

import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of employees of an organization's employer or employers as of a date (численность
 * работающих), the denominator of membership coverage («охват»).
 *
 * @param organization the organization counted, not null
 * @param asOf the date the headcount holds from, not null
 * @param employees the headcount, at least 1
 */
public record EmployeeCount(OrganizationId organization, LocalDate asOf, int employees) {

    /**
     * Creates a count, checking its parts.
     *
     * @param organization the organization counted, not null
     * @param asOf the date the headcount holds from, not null
     * @param employees the headcount, at least 1
     * @throws IllegalArgumentException if {@code employees} is below 1
     */
    public EmployeeCount {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(asOf, "asOf");
        if (employees < 1) {
            throw new IllegalArgumentException("employees must be >= 1: " + employees);
        }
    }

    /**
     * Returns a count.
     *
     * @param organization the organization counted, not null
     * @param asOf the date the headcount holds from, not null
     * @param employees the headcount, at least 1
     * @return the count
     * @throws IllegalArgumentException if {@code employees} is below 1
     */
    public static EmployeeCount of(OrganizationId organization, LocalDate asOf, int employees) {
        return new EmployeeCount(organization, asOf, employees);
    }
}
