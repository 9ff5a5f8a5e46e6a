package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * How often a {@link RecurringDeadline} falls due. Periods are calendar periods: a month, a quarter
 * (January–March, …), a half-year (January–June, July–December) or a calendar year.
 */
public enum Recurrence {
    /** "ежемесячно": every calendar month. */
    MONTHLY,
    /** "ежеквартально": every calendar quarter. */
    QUARTERLY,
    /** "раз в полугодие", "каждое полугодие": every calendar half-year. */
    HALF_YEARLY,
    /** "ежегодно": every calendar year. */
    YEARLY;

    /**
     * Returns the calendar period of this recurrence that contains {@code date}, first to last day
     * inclusive.
     *
     * @param date the day, not null
     * @return the closed period containing {@code date}, e.g. 2021-01-01 to 2021-03-31 for
     *     {@link #QUARTERLY} and 2021-02-15
     */
    public LocalDateRange periodContaining(LocalDate date) {
        Objects.requireNonNull(date, "date");
        switch (this) {
            case MONTHLY:
                YearMonth month = YearMonth.from(date);
                return LocalDateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
            case QUARTERLY:
                YearQuarter quarter = YearQuarter.from(date);
                return LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
            case HALF_YEARLY:
                YearHalf half = YearHalf.from(date);
                return LocalDateRange.ofClosed(half.atDay(1), half.atEndOfHalf());
            case YEARLY:
                Year year = Year.from(date);
                return LocalDateRange.ofClosed(year.atDay(1), year.atMonth(12).atEndOfMonth());
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Returns how many months each period has.
     *
     * @return 1, 3, 6 or 12
     */
    public int months() {
        switch (this) {
            case MONTHLY:
                return 1;
            case QUARTERLY:
                return 3;
            case HALF_YEARLY:
                return 6;
            default:
                return 12;
        }
    }

    /**
     * Returns the last day of the calendar period of this recurrence that contains {@code date}.
     *
     * @param date the day, not null
     * @return the period's last day, never before {@code date}
     */
    public LocalDate endOfPeriodContaining(LocalDate date) {
        return periodContaining(date).getEndInclusive();
    }
}
