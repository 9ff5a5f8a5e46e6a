package io.github.unionkit.model.time;

/**
 * Dispatches over the sealed {@link Deadline} family without {@code instanceof} chains: a renderer,
 * a serializer or a calendar implements one method per kind and calls
 * {@link Deadline#accept(DeadlineVisitor)}.
 *
 * <p>A new deadline kind adds a method here, so every visitor is forced by the compiler to handle it.
 *
 * @param <R> the result type of the visit
 */
public interface DeadlineVisitor<R> {

    /**
     * Visits a deadline of one day.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitExactDay(ExactDayDeadline deadline);

    /**
     * Visits a "не позднее X" deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitNoLaterThan(NoLaterThanDeadline deadline);

    /**
     * Visits a "до X" deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitUntil(UntilDeadline deadline);

    /**
     * Visits a month deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitMonth(MonthDeadline deadline);

    /**
     * Visits a quarter deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitQuarter(QuarterDeadline deadline);

    /**
     * Visits a half-year deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitHalfYear(HalfYearDeadline deadline);

    /**
     * Visits a year deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitYear(YearDeadline deadline);

    /**
     * Visits a deadline over a range of days.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitDayRange(DayRangeDeadline deadline);

    /**
     * Visits a deadline over a range of years.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitYearRange(YearRangeDeadline deadline);

    /**
     * Visits a school-year deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitSchoolYear(SchoolYearDeadline deadline);

    /**
     * Visits an ongoing deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitOngoing(OngoingDeadline deadline);

    /**
     * Visits a recurring deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitRecurring(RecurringDeadline deadline);

    /**
     * Visits an unspecified deadline.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitUnspecified(UnspecifiedDeadline deadline);

    /**
     * Visits an unresolved deadline: a phrase kept as written.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitUnresolved(UnresolvedDeadline deadline);

    /**
     * Visits a term counted from an event.
     *
     * @param deadline the deadline, not null
     * @return the result
     */
    R visitAfterEvent(AfterEventDeadline deadline);
}
