package io.github.unionkit.model.time;

/**
 * Where a {@link Deadline} stands as of a date; see {@link Deadline#statusAsOf(java.time.LocalDate)}.
 *
 * <p>Status is a pure function of the deadline and the as-of date, never stored.
 */
public enum DeadlineStatus {
    /** The as-of date is before the first day of the window. */
    NOT_YET_DUE,
    /** The window has started and the last day has not passed: window start ≤ as-of ≤ last day. */
    DUE,
    /** The last day has passed: as-of &gt; last day. */
    OVERDUE,
    /** The deadline has no last day (ongoing, recurring, unspecified) and its window has started. */
    ONGOING,
    /**
     * Nothing is known about the days: the deadline is {@linkplain UnresolvedDeadline unresolved}
     * (no document date, a refused phrase). Never due, never overdue.
     */
    UNKNOWN;

    /**
     * Tells whether this status is {@link #OVERDUE}.
     *
     * @return true only for {@link #OVERDUE}
     */
    public boolean isOverdue() {
        return this == OVERDUE;
    }
}
