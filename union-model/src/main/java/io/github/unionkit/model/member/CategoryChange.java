package io.github.unionkit.model.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change of a member's category, for example a retirement (работающий → неработающий
 * пенсионер): from {@code date} on the member's category is {@code category}.
 *
 * @param date the first day of the new category
 * @param category the new category
 */
public record CategoryChange(@NotNull LocalDate date, @NotNull MemberCategory category) {

    /**
     * Creates a change.
     *
     * @param date the first day of the new category, not null
     * @param category the new category, not null
     * @throws NullPointerException if an argument is null
     */
    public CategoryChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
    }

    /**
     * Returns a change.
     *
     * @param date the first day of the new category, not null
     * @param category the new category, not null
     * @return the change
     * @throws NullPointerException if an argument is null
     */
    public static CategoryChange of(LocalDate date, MemberCategory category) {
        return new CategoryChange(date, category);
    }
}
