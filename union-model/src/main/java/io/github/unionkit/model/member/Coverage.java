package io.github.unionkit.model.member;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Membership coverage (охват профсоюзным членством): the share of an organization's employees who are
 * union members.
 *
 * <p>{@code members} counts the working members (not pensioners or students) and is at most
 * {@code employees}, the headcount of the employer or employers the organization covers. The ratio is
 * a {@link BigDecimal}, so reports print exactly the figure that rules compare: {@link #ratio()} has
 * scale 4 ({@code 0.6170}), {@link #percent()} scale 1 ({@code 61.7}), both rounded half-up.
 *
 * @param members the number of working union members, at least 0 and at most {@code employees}
 * @param employees the number of employees, at least 1
 */
public record Coverage(@PositiveOrZero int members, @Positive int employees) {

    /**
     * Creates a coverage, checking its parts.
     *
     * @param members the working union members, {@code 0 ≤ members ≤ employees}
     * @param employees the employees, at least 1
     * @throws IllegalArgumentException if the bounds are violated
     */
    public Coverage {
        if (employees < 1) {
            throw new IllegalArgumentException("employees must be >= 1: " + employees);
        }
        if (members < 0 || members > employees) {
            throw new IllegalArgumentException("members must be in [0, " + employees + "]: " + members);
        }
    }

    /**
     * Returns the coverage of {@code members} among {@code employees}.
     *
     * @param members the working union members, {@code 0 ≤ members ≤ employees}
     * @param employees the employees, at least 1
     * @return the coverage
     * @throws IllegalArgumentException if the bounds are violated
     */
    public static Coverage of(int members, int employees) {
        return new Coverage(members, employees);
    }

    /**
     * Returns the coverage of a membership count's working members among {@code employees}.
     *
     * @param count the membership count; its {@link MembershipCount#employees()} are the members, not
     *     null
     * @param employees the employees, at least 1
     * @return the coverage
     * @throws IllegalArgumentException if the bounds are violated
     */
    public static Coverage of(MembershipCount count, int employees) {
        java.util.Objects.requireNonNull(count, "count");
        return new Coverage(count.employees(), employees);
    }

    /**
     * Returns {@code members / employees} with scale 4, rounded half-up, between 0 and 1.
     *
     * @return the ratio, e.g. {@code 0.6170}
     */
    public BigDecimal ratio() {
        return BigDecimal.valueOf(members).divide(BigDecimal.valueOf(employees), 4, RoundingMode.HALF_UP);
    }

    /**
     * Returns {@code 100 × members / employees} with scale 1, rounded half-up.
     *
     * @return the percentage, e.g. {@code 61.7}
     */
    public BigDecimal percent() {
        return BigDecimal.valueOf(members).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(employees), 1, RoundingMode.HALF_UP);
    }
}
