package io.github.unionkit.model.time;

/**
 * The kinds of {@link Deadline}, one constant per final class of the sealed family.
 *
 * <p>The kind is what a renderer or a serializer names; {@link #hasLastDay()} tells which kinds
 * always resolve to a last day.
 */
public enum DeadlineKind {
    /** "29 декабря 2020 г.": one day ({@link ExactDayDeadline}). */
    EXACT_DAY(true),
    /** "не позднее 29 декабря 2020 г.": up to and including a day ({@link NoLaterThanDeadline}). */
    NO_LATER_THAN(true),
    /**
     * "до 29 декабря 2020 г.": up to a boundary day, read by an {@link UntilPolicy}
     * ({@link UntilDeadline}).
     */
    UNTIL(true),
    /** "в январе 2021 г.": a calendar month ({@link MonthDeadline}). */
    MONTH(true),
    /** "в первом квартале 2021 г.": a calendar quarter ({@link QuarterDeadline}). */
    QUARTER(true),
    /** "в первом полугодии 2021 года": a calendar half-year ({@link HalfYearDeadline}). */
    HALF_YEAR(true),
    /** "в течение 2021 года": a calendar year ({@link YearDeadline}). */
    YEAR(true),
    /** "20-21 мая 2016 года": a range of days ({@link DayRangeDeadline}). */
    DAY_RANGE(true),
    /** "на 2020-2025 годы": a range of calendar years ({@link YearRangeDeadline}). */
    YEAR_RANGE(true),
    /** "в 2021/2022 учебном году": a school year, 1 September to 31 August ({@link SchoolYearDeadline}). */
    SCHOOL_YEAR(true),
    /** "постоянно", "продолжить работу": from a day on, without end ({@link OngoingDeadline}). */
    ONGOING(false),
    /** "ежеквартально": a recurring duty from a day on ({@link RecurringDeadline}). */
    RECURRING(false),
    /** No deadline is stated ({@link UnspecifiedDeadline}). */
    UNSPECIFIED(false),
    /**
     * A phrase kept as written that cannot be resolved to days: no document date, or refused by the
     * grammar ({@link UnresolvedDeadline}).
     */
    UNRESOLVED(false, false),
    /**
     * "в течение 10 дней после проведения конференции": a term counted from an event whose date is
     * not known yet ({@link AfterEventDeadline}).
     */
    AFTER_EVENT(false, false);

    private final boolean hasLastDay;
    private final boolean resolved;

    DeadlineKind(boolean hasLastDay) {
        this(hasLastDay, true);
    }

    DeadlineKind(boolean hasLastDay, boolean resolved) {
        this.hasLastDay = hasLastDay;
        this.resolved = resolved;
    }

    /**
     * Tells whether deadlines of this kind are resolved to days. {@link #UNRESOLVED} and
     * {@link #AFTER_EVENT} are not: their status is {@link DeadlineStatus#UNKNOWN} as of every date.
     *
     * @return false for {@link #UNRESOLVED} and {@link #AFTER_EVENT}
     */
    public boolean isResolved() {
        return resolved;
    }

    /**
     * Tells whether deadlines of this kind always have a {@link Deadline#lastDay() last day}.
     *
     * @return true for the kinds with a closed window, false for {@link #ONGOING}, {@link #RECURRING},
     *     {@link #UNSPECIFIED}, {@link #UNRESOLVED} and {@link #AFTER_EVENT}, which never have one
     */
    public boolean hasLastDay() {
        return hasLastDay;
    }
}
