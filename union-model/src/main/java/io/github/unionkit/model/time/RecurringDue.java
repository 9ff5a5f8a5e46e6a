package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * When each occurrence of a {@link RecurringDeadline} falls due, counted from the first month of its
 * period:
 * <ul>
 *   <li>{@link #byDay(int, int, UntilPolicy) byDay}: on a day of a month — "ежегодно до 1 марта" is
 *       month 2 (March) of the year, day 1, read by the "до" policy; "ежемесячно до 5 числа" is month
 *       0, day 5; "ежеквартально до 10 числа месяца, следующего за отчётным кварталом" is month 3, day
 *       10. The occurrence runs from the start of its period to that day.</li>
 *   <li>{@link #within(int, int) within}: inside some months of the period — "ежегодно в декабре" is
 *       month 11, one month; "ежегодно в I квартале" is month 0, three months. The occurrence is those
 *       months; it falls due on their last day.</li>
 * </ul>
 * A day past the end of a month (31 in February) is that month's last day.
 *
 * @param type which rule
 * @param month the month of the period the rule counts from (0 = its first month)
 * @param months for {@link Type#WITHIN}, how many months; for {@link Type#BY_DAY}, 0
 * @param day for {@link Type#BY_DAY}, the day of the month, 1 to 31; for {@link Type#WITHIN}, 0
 * @param policy for {@link Type#BY_DAY}, whether the day itself is included; for {@link Type#WITHIN},
 *     {@link UntilPolicy#INCLUSIVE}
 */
public record RecurringDue(Type type, int month, int months, int day, UntilPolicy policy) {

    /** The two kinds of rule. */
    public enum Type {
        /** Due on a day of a month ("до 1 марта"). */
        BY_DAY,
        /** Inside some months of the period ("в декабре", "в I квартале"). */
        WITHIN
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the numbers do not fit the type
     */
    public RecurringDue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(policy, "policy");
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month offset must be 0 to 12: " + month);
        }
        if (type == Type.BY_DAY) {
            if (day < 1 || day > 31 || months != 0) {
                throw new IllegalArgumentException("a due day needs day 1 to 31 and no months: " + day);
            }
            if (month == 0 && day == 1 && policy == UntilPolicy.EXCLUSIVE) {
                throw new IllegalArgumentException("'до 1' of the period's first month leaves no day");
            }
        } else if (months < 1 || month + months > 12 || day != 0 || policy != UntilPolicy.INCLUSIVE) {
            throw new IllegalArgumentException("months within a period need 1 to 12 months: " + months);
        }
    }

    /**
     * Returns a due day: "до 1 марта" is {@code byDay(2, 1, policy)} for a yearly duty.
     *
     * @param month the month counted from the period's first (0 = the first month)
     * @param day the day of that month, 1 to 31
     * @param policy whether the day itself is included ("до" reads by policy; "не позднее", "по" and
     *     "включительно" include it)
     * @return the rule
     */
    public static RecurringDue byDay(int month, int day, UntilPolicy policy) {
        return new RecurringDue(Type.BY_DAY, month, 0, day, policy);
    }

    /**
     * Returns months within each period: "в декабре" is {@code within(11, 1)} for a yearly duty.
     *
     * @param month the first of the months, counted from the period's first (0 = the first month)
     * @param months how many months
     * @return the rule
     */
    public static RecurringDue within(int month, int months) {
        return new RecurringDue(Type.WITHIN, month, months, 0, UntilPolicy.INCLUSIVE);
    }

    /**
     * Tells whether the rule fits periods of a recurrence: a due day at most one month past the period;
     * months within a period only for {@link Recurrence#YEARLY} ("ежегодно в декабре").
     *
     * @param recurrence the recurrence, not null
     * @return true if every period of {@code recurrence} has an occurrence under this rule
     */
    public boolean fits(Recurrence recurrence) {
        Objects.requireNonNull(recurrence, "recurrence");
        return type == Type.BY_DAY ? month <= recurrence.months() : recurrence == Recurrence.YEARLY;
    }

    /**
     * Returns the occurrence of one calendar period: its window and due day.
     *
     * @param period the calendar period (a month, quarter, half-year or year), not null
     * @return the window, from the period's start (BY_DAY) or the first of the months (WITHIN) to the
     *     due day
     */
    LocalDateRange windowIn(LocalDateRange period) {
        YearMonth first = YearMonth.from(period.getStart()).plusMonths(month);
        if (type == Type.WITHIN) {
            return LocalDateRange.ofClosed(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
        }
        LocalDate named = first.atDay(Math.min(day, first.lengthOfMonth()));
        LocalDate due = policy == UntilPolicy.EXCLUSIVE ? named.minusDays(1) : named;
        return LocalDateRange.ofClosed(period.getStart(), due);
    }
}
