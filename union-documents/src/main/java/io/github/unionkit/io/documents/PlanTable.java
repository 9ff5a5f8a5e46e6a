package io.github.unionkit.io.documents;

import java.util.List;
import java.util.Objects;

/**
 * A plan table (план мероприятий) found in a Word file or a web page: a table whose header names an
 * action column («Мероприятие», «Наименование мероприятия», «Содержание») and a deadline column
 * («Срок», «Сроки исполнения», «Дата»), optionally a responsible column («Ответственные»,
 * «Исполнители») and a number column («№ п/п»).
 *
 * <p>A plan is returned beside the resolution, not merged into its clauses: the decree approves the
 * plan («Утвердить план мероприятий … (приложение)»), and the plan's rows are its own numbered list
 * (decision 0037). Its rows are not part of the decree text handed to the parser, so they are never
 * misread as clauses. {@link #toString()} gives counts only.
 *
 * @param source the 0-based source unit of the table's header row
 * @param items the rows, in table order; unmodifiable, not empty
 */
public record PlanTable(int source, List<PlanItem> items) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if {@code items} or an item is null
     * @throws IllegalArgumentException if {@code items} is empty or {@code source} negative
     */
    public PlanTable {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one row");
        }
        if (source < 0) {
            throw new IllegalArgumentException("source must not be negative: " + source);
        }
    }

    /**
     * Returns counts only.
     *
     * @return e.g. {@code PlanTable[source=12, items=8]}
     */
    @Override
    public String toString() {
        return "PlanTable[source=" + source + ", items=" + items.size() + "]";
    }
}
