package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A school year (учебный год): 1 September of its first year to 31 August of the next, written
 * "2021/2022". The main planning period of the education union.
 *
 * <p>{@link #toString()} is the form {@link #parse(CharSequence)} reads. Immutable, thread-safe, a
 * value: equal when the first years are equal; ordered by the first year.
 */
public final class SchoolYear implements Comparable<SchoolYear> {

    /** The earliest first year accepted. */
    public static final int MIN_START_YEAR = 1000;

    /** The latest first year accepted (so that the second year still has four digits). */
    public static final int MAX_START_YEAR = 9998;

    private final int startYear;

    private SchoolYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Returns the school year that starts on 1 September of {@code startYear}.
     *
     * @param startYear the first year, {@value #MIN_START_YEAR} to {@value #MAX_START_YEAR}
     * @return the school year
     * @throws IllegalArgumentException if the year is out of range
     */
    public static SchoolYear of(int startYear) {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw new IllegalArgumentException("school year start out of range: " + startYear);
        }
        return new SchoolYear(startYear);
    }

    /**
     * Returns the school year that contains a day ("в текущем учебном году").
     *
     * @param date the day, not null
     * @return the school year running on that day
     */
    public static SchoolYear containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Returns the first school year that starts on or after a day ("в новом учебном году").
     *
     * @param date the day, not null
     * @return the next school year to start, or the one starting on {@code date}
     */
    public static SchoolYear startingOnOrAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        SchoolYear containing = containing(date);
        return containing.start().equals(date) ? containing : containing.next();
    }

    /**
     * Reads "2021/2022" (also "2021-2022"): two consecutive years.
     *
     * @param text the text, not null
     * @return the school year
     * @throws IllegalArgumentException if the text is not two consecutive four-digit years
     */
    public static SchoolYear parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.length() != 9 || s.charAt(4) != '/' && s.charAt(4) != '-') {
            throw new IllegalArgumentException("not a school year YYYY/YYYY: " + s);
        }
        try {
            int first = Integer.parseInt(s.substring(0, 4));
            int second = Integer.parseInt(s.substring(5));
            if (second != first + 1 || s.charAt(0) == '+' || s.charAt(5) == '+') {
                throw new IllegalArgumentException("not two consecutive years: " + s);
            }
            return of(first);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a school year YYYY/YYYY: " + s, e);
        }
    }

    /**
     * Returns the first year (2021 for 2021/2022).
     *
     * @return the year of 1 September
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Returns the first day, 1 September.
     *
     * @return the first day
     */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /**
     * Returns the last day, 31 August of the next year.
     *
     * @return the last day
     */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /**
     * Returns the days of the school year.
     *
     * @return the closed range 1 September to 31 August
     */
    public LocalDateRange range() {
        return LocalDateRange.ofClosed(start(), end());
    }

    /**
     * Returns the school year after this one.
     *
     * @return the next school year
     * @throws IllegalArgumentException if it would be out of range
     */
    public SchoolYear next() {
        return of(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SchoolYear && ((SchoolYear) obj).startYear == startYear;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(startYear);
    }

    /**
     * Returns "2021/2022".
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return startYear + "/" + (startYear + 1);
    }
}
