package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which days are working days, for terms counted in working days ("в течение 5 рабочих дней"). The
 * calendar is pluggable data: {@link ProductionCalendar#russian()} is the Russian production calendar
 * for the years UnionKit ships, and {@link ProductionCalendar#parse(CharSequence)} reads more years
 * in the same format.
 *
 * <p>A calendar covers whole years; outside them it knows nothing, and the methods that would need
 * such a day say so instead of guessing weekends.
 */
public interface WorkingDayCalendar {

    /**
     * Tells whether the calendar has the data of a year.
     *
     * @param year the year
     * @return true if every day of the year is known
     */
    boolean covers(int year);

    /**
     * Tells whether a day is a working day.
     *
     * @param date the day, not null
     * @return the answer, or empty if the calendar does not cover the day's year
     */
    Optional<Boolean> isWorkingDay(LocalDate date);

    /**
     * Returns the day a term of working days ends on, counted as the Civil Code counts terms (art.
     * 191: from the day after {@code start}): the {@code days}-th working day after {@code start}.
     *
     * @param start the day the term is counted from (the document date, an event's date), not null
     * @param days the number of working days, at least 1
     * @return the last day of the term, or empty if a year the count reaches is not covered
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    default Optional<LocalDate> plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            Optional<Boolean> working = isWorkingDay(day);
            if (working.isEmpty()) {
                return Optional.empty();
            }
            if (working.get()) {
                counted++;
            }
        }
        return Optional.of(day);
    }
}
