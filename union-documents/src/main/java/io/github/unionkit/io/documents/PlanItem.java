package io.github.unionkit.io.documents;

import io.github.unionkit.model.time.Deadline;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a plan table (план мероприятий): the action, who is responsible, by when, and the row's
 * number as written.
 *
 * <p>The responsible column is kept as written, split into its entries ("Президиум, Ивановой И.И." →
 * two entries); UnionKit does not guess whether an entry is a body, an organization or a person. The
 * deadline is the «Срок» cell read with {@code RussianDeadlines}; where the cell cannot be read the
 * deadline is absent (and a {@link DocumentWarning} says so), never invented. {@link #toString()}
 * gives counts only: the responsible entries may name persons.
 *
 * @param number the row's number as written («1.», «2.3»), empty when the table has no number column
 *     or the cell is empty
 * @param action the action (мероприятие) as written, whitespace-normalised; not blank
 * @param responsible the responsible column's entries as written; unmodifiable, possibly empty
 * @param deadlineAsWritten the «Срок» cell as written, empty when the table has no such column or the
 *     cell is empty
 * @param deadline the deadline read from that cell, empty when it cannot be read
 * @param source the 0-based source unit (paragraph or block) of the row's first cell
 */
public record PlanItem(Optional<String> number, String action, List<String> responsible,
        Optional<String> deadlineAsWritten, Optional<Deadline> deadline, int source) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part or an entry is null
     * @throws IllegalArgumentException if {@code action} is blank or {@code source} negative
     */
    public PlanItem {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(action, "action");
        responsible = List.copyOf(Objects.requireNonNull(responsible, "responsible"));
        Objects.requireNonNull(deadlineAsWritten, "deadlineAsWritten");
        Objects.requireNonNull(deadline, "deadline");
        if (action.isBlank()) {
            throw new IllegalArgumentException("action must not be blank");
        }
        if (source < 0) {
            throw new IllegalArgumentException("source must not be negative: " + source);
        }
    }

    /**
     * Returns a copy with another deadline.
     *
     * @param newDeadline the deadline, or empty; not null
     * @return the copy
     * @throws NullPointerException if {@code newDeadline} is null
     */
    public PlanItem withDeadline(Optional<Deadline> newDeadline) {
        return new PlanItem(number, action, responsible, deadlineAsWritten, newDeadline, source);
    }

    /**
     * Returns the number, the counts and whether there is a deadline, never the texts.
     *
     * @return e.g. {@code PlanItem[number=1., responsible=2, deadline=QUARTER]}
     */
    @Override
    public String toString() {
        return "PlanItem[number=" + number.orElse("-") + ", responsible=" + responsible.size() + ", deadline="
                + deadline.map(d -> d.kind().name()).orElse("-") + "]";
    }
}
