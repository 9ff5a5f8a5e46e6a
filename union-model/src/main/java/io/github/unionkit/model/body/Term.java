package io.github.unionkit.model.body;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A term of a body (созыв, срок полномочий): its number and the days it covers. In the education
 * union a term lasts five years; meetings, and so decree numbers, are counted within a term.
 *
 * @param number the term's number, at least 1
 * @param period the days of the term: finite and at least one day long
 */
public record Term(@Positive int number, @NotNull LocalDateRange period) {

    /**
     * Creates a term; the one place its invariants are checked.
     *
     * @param number the term's number, at least 1
     * @param period the days of the term, not null, not empty, bounded at both ends
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code number} is less than 1 or the period is empty or
     *     unbounded
     */
    public Term {
        if (number < 1) {
            throw new IllegalArgumentException("a term number must be at least 1: " + number);
        }
        Objects.requireNonNull(period, "period");
        if (period.isEmpty() || period.isUnboundedStart() || period.isUnboundedEnd()) {
            throw new IllegalArgumentException("a term period must be bounded and not empty: " + period);
        }
    }

    /**
     * Returns the term that starts on {@code start} and lasts {@code length}: its last day is
     * {@code start.plus(length).minusDays(1)}, so a five-year term from 18 December 2020 ends on
     * 17 December 2025.
     *
     * @param number the term's number, at least 1
     * @param start the first day, not null
     * @param length the length, not null, such that {@code start.plus(length)} is after {@code start}
     * @return the term
     * @throws NullPointerException if {@code start} or {@code length} is null
     * @throws IllegalArgumentException if {@code number} is less than 1 or the length is not positive
     * @throws java.time.DateTimeException if the end falls outside the supported date range
     */
    public static Term of(int number, LocalDate start, Period length) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        LocalDate endExclusive = start.plus(length);
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("a term length must be positive: " + length);
        }
        return new Term(number, LocalDateRange.of(start, endExclusive));
    }

    /**
     * Returns the first day of the term.
     *
     * @return the first day
     */
    public LocalDate start() {
        return period.getStart();
    }

    /**
     * Returns the last day of the term.
     *
     * @return the last day, inclusive
     */
    public LocalDate endInclusive() {
        return period.getEndInclusive();
    }

    /**
     * Tells whether {@code date} falls within the term, both ends included.
     *
     * @param date the date, not null
     * @return true if the term covers {@code date}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        return period.contains(Objects.requireNonNull(date, "date"));
    }
}
