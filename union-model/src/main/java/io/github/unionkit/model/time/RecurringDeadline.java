package io.github.unionkit.model.time;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A duty that falls due every calendar period ("ежеквартально", "ежегодно"): window from {@code from}
 * with an unbounded end and no last day as a whole; {@link #nextDueDate(LocalDate)} gives the end of
 * the period in progress.
 *
 * <p>Status is {@link DeadlineStatus#ONGOING} from {@code from} on, {@link DeadlineStatus#NOT_YET_DUE}
 * before. Built by {@link Deadline#recurring(Recurrence, LocalDate)}; immutable and thread-safe.
 */
public final class RecurringDeadline extends AbstractDeadline implements Deadline {
    private final Recurrence recurrence;
    private final LocalDate from;

    private RecurringDeadline(Recurrence recurrence, LocalDate from, String phrase) {
        super(DeadlineKind.RECURRING, "Recurring", windowOf(recurrence, from), phrase);
        this.recurrence = recurrence;
        this.from = from;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#recurring(Recurrence, LocalDate)}.
     *
     * @param recurrence how often the duty falls due, not null
     * @param from the first day of the duty, usually the document date, not null
     * @return the deadline
     */
    static RecurringDeadline of(Recurrence recurrence, LocalDate from) {
        return new RecurringDeadline(recurrence, from, null);
    }

    /**
     * Returns how often the duty falls due.
     *
     * @return how often the duty falls due, never null
     */
    public Recurrence recurrence() {
        return recurrence;
    }

    /**
     * Returns the first day of the duty, usually the document date.
     *
     * @return the first day of the duty, usually the document date, never null
     */
    public LocalDate from() {
        return from;
    }

    @Override
    public RecurringDeadline withPhrase(String phrase) {
        return new RecurringDeadline(recurrence, from, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public RecurringDeadline withoutPhrase() {
        return hasPhrase() ? new RecurringDeadline(recurrence, from, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitRecurring(this);
    }

    /**
     * Returns the period in progress as of a date: the calendar period of {@link #recurrence()} that
     * contains {@code asOf}, or, if {@code asOf} is before {@link #from()}, the one that contains
     * {@code from}; the first period is cut to start at {@code from}.
     *
     * @param asOf the date to evaluate at, not null
     * @return the closed period, never starting before {@code from}
     */
    public LocalDateRange periodAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate effective = asOf.isBefore(from) ? from : asOf;
        LocalDateRange period = recurrence.periodContaining(effective);
        return period.getStart().isBefore(from)
                ? LocalDateRange.ofClosed(from, period.getEndInclusive())
                : period;
    }

    /**
     * Returns the next due date as of a date: the last day of the {@linkplain #periodAsOf(LocalDate)
     * period in progress}, e.g. the last day of the current quarter for {@link Recurrence#QUARTERLY}.
     *
     * @param asOf the date to evaluate at, not null
     * @return the due date, on or after both {@code asOf} and {@link #from()}
     */
    public LocalDate nextDueDate(LocalDate asOf) {
        return periodAsOf(asOf).getEndInclusive();
    }

    /**
     * Returns the next due date as of the current date of {@code clock}, as
     * {@link #nextDueDate(LocalDate)} defines it.
     *
     * @param clock the clock giving today's date in its zone, not null
     * @return the due date
     */
    public LocalDate nextDueDate(Clock clock) {
        return nextDueDate(LocalDate.now(Objects.requireNonNull(clock, "clock")));
    }

    private static LocalDateRange windowOf(Recurrence recurrence, LocalDate from) {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(from, "from");
        return LocalDateRange.ofUnboundedEnd(from);
    }

    @Override
    Object[] values() {
        return new Object[] {recurrence, from};
    }
}
