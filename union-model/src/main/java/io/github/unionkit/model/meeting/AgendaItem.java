package io.github.unionkit.model.meeting;

import io.github.unionkit.model.internal.Chars;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * One question of a meeting's agenda (вопрос повестки), e.g. item 2 "об утверждении Регламента
 * Комитета".
 *
 * <p>The title is kept whitespace-normalized (runs of spaces, tabs, non-breaking spaces and line
 * breaks become one space; no space at either end), the normal form of every UnionKit text field, so
 * that two items written with different spacing are equal.
 *
 * @param number the item's position in the agenda, at least 1
 * @param title the question as written, whitespace-normalized, not blank
 */
public record AgendaItem(@Positive int number, @NotBlank String title) {

    /**
     * Creates an agenda item; the one place its invariants are checked and its title normalized.
     *
     * @param number the item's position in the agenda, at least 1
     * @param title the question as written, not null, not blank; whitespace is normalized
     * @throws NullPointerException if {@code title} is null
     * @throws IllegalArgumentException if {@code number} is less than 1 or {@code title} is blank
     */
    public AgendaItem {
        if (number < 1) {
            throw new IllegalArgumentException("an agenda item number must be at least 1: " + number);
        }
        title = Chars.collapseSpaces(Objects.requireNonNull(title, "title"));
        if (title.isEmpty()) {
            throw new IllegalArgumentException("an agenda item title must not be blank");
        }
    }

    /**
     * Returns an agenda item.
     *
     * @param number the item's position in the agenda, at least 1
     * @param title the question as written, not null, not blank; whitespace is normalized
     * @return the item
     * @throws NullPointerException if {@code title} is null
     * @throws IllegalArgumentException if {@code number} is less than 1 or {@code title} is blank
     */
    public static AgendaItem of(int number, String title) {
        return new AgendaItem(number, title);
    }
}
