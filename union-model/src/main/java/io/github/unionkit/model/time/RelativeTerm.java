package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A term of a length, counted from a day ("в течение 10 дней", "в месячный срок", "в течение 5
 * рабочих дней"), as the Civil Code of the Russian Federation counts terms (arts. 191–192): the term
 * starts on the day after the day it is counted from, and ends on
 * <ul>
 *   <li>days: that day + N;</li>
 *   <li>weeks: that day + 7N days (the same day of the week);</li>
 *   <li>months, years: the same day of the month N months (years) later, or the last day of that
 *       month where it has no such day (31 January + 1 month is 28 or 29 February);</li>
 *   <li>working days: the N-th working day after that day, by a {@link WorkingDayCalendar}.</li>
 * </ul>
 * Calendar terms are not moved off a non-working day: the Civil Code's art. 193 shift applies to
 * civil-law obligations, and a decree's term is read as written.
 *
 * @param amount the length, 1 to 9,999
 * @param unit the unit
 */
public record RelativeTerm(int amount, Unit unit) {

    /** Units of a term. */
    public enum Unit {
        /** Calendar days. */
        DAYS,
        /** Weeks. */
        WEEKS,
        /** Months. */
        MONTHS,
        /** Years. */
        YEARS,
        /** Working days, by a production calendar. */
        WORKING_DAYS
    }

    /** The longest term accepted, in units. */
    public static final int MAX_AMOUNT = 9_999;

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code amount} is not 1 to {@value #MAX_AMOUNT}
     */
    public RelativeTerm {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be 1 to " + MAX_AMOUNT + ": " + amount);
        }
    }

    /**
     * Returns a term of calendar days, weeks, months or years.
     *
     * @param amount the length
     * @param unit the unit
     * @return the term
     */
    public static RelativeTerm of(int amount, Unit unit) {
        return new RelativeTerm(amount, unit);
    }

    /**
     * Returns the last day of the term counted from {@code from}, for calendar units.
     *
     * @param from the day the term is counted from, not null
     * @return the last day
     * @throws IllegalStateException for {@link Unit#WORKING_DAYS}, which need a calendar
     */
    public LocalDate lastDayFrom(LocalDate from) {
        Objects.requireNonNull(from, "from");
        switch (unit) {
            case DAYS:
                return from.plusDays(amount);
            case WEEKS:
                return from.plusWeeks(amount);
            case MONTHS:
                return from.plusMonths(amount);
            case YEARS:
                return from.plusYears(amount);
            default:
                throw new IllegalStateException("a term of working days needs a working-day calendar");
        }
    }

    /**
     * Returns the last day of the term counted from {@code from}.
     *
     * @param from the day the term is counted from, not null
     * @param calendar the working-day calendar, used for {@link Unit#WORKING_DAYS} only, not null
     * @return the last day, or empty if the calendar does not cover the days a working-day term reaches
     */
    public Optional<LocalDate> lastDayFrom(LocalDate from, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return unit == Unit.WORKING_DAYS ? calendar.plusWorkingDays(Objects.requireNonNull(from, "from"), amount)
                : Optional.of(lastDayFrom(from));
    }

    /**
     * Returns the term as "10 DAYS".
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
