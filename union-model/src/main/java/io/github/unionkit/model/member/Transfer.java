package io.github.unionkit.model.member;

import io.github.unionkit.model.org.OrganizationId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated transfer of a member to another primary organization (переход на учёт в другую первичную
 * организацию) without leaving the union: from {@code date} on the member is registered in {@code to}.
 *
 * @param date the first day in the new organization
 * @param to the new primary organization
 */
public record Transfer(@NotNull LocalDate date, @NotNull OrganizationId to) {

    /**
     * Creates a transfer.
     *
     * @param date the first day in the new organization, not null
     * @param to the new primary organization, not null
     * @throws NullPointerException if an argument is null
     */
    public Transfer {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Returns a transfer.
     *
     * @param date the first day in the new organization, not null
     * @param to the new primary organization, not null
     * @return the transfer
     * @throws NullPointerException if an argument is null
     */
    public static Transfer of(LocalDate date, OrganizationId to) {
        return new Transfer(date, to);
    }
}
