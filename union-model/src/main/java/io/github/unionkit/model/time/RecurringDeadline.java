package io.github.unionkit.model.time;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A duty that falls due every calendar period ("ежеквартально", "ежегодно"): window from {@code from}
 * with an unbounded end and no last day as a whole; {@link #nextDueDate(LocalDate)} gives the end of
 * the period in progress.
 *
 * <p>A recurring duty may carry a {@link RecurringDue due rule} ("ежегодно до 1 марта", "ежемесячно до 5
 * числа", "ежегодно в декабре"); the {@linkplain #occurrences(LocalDate, LocalDate) occurrences}, each
 * with its window and due day, and {@link #nextDueDate(LocalDate)} follow from it. Without one, each
 * calendar period falls due on its last day.
 *
 * <p>Status is {@link DeadlineStatus#ONGOING} from {@code from} on, {@link DeadlineStatus#NOT_YET_DUE}
 * before; {@link #occurrenceStatusAsOf(LocalDate)} tells where the next occurrence stands. Built by
 * {@link Deadline#recurring(Recurrence, LocalDate)} and
 * {@link Deadline#recurring(Recurrence, LocalDate, RecurringDue)}; immutable and thread-safe.
 */
public final class RecurringDeadline extends AbstractDeadline implements Deadline {
    private final Recurrence recurrence;
    private final LocalDate from;
    private final RecurringDue due;

    private RecurringDeadline(RecurringDeadline source, String phrase) {
        super(source, phrase);
        this.recurrence = source.recurrence;
        this.from = source.from;
        this.due = source.due;
    }


    private RecurringDeadline(Recurrence recurrence, LocalDate from, RecurringDue due, String phrase) {
        super(DeadlineKind.RECURRING, "Recurring", windowOf(recurrence, from), phrase);
        this.recurrence = recurrence;
        this.from = from;
        this.due = due;
        if (due != null && !due.fits(recurrence)) {
            throw new IllegalArgumentException("due rule " + due + " does not fit " + recurrence + " periods");
        }
        if (due != null && recurrence == Recurrence.YEARLY && due.type() == RecurringDue.Type.BY_DAY && due.month() < 12
                && due.day() > java.time.Month.of(due.month() + 1).maxLength()) {
            // "ежегодно до 31 апреля" names a day that never exists.
            throw new IllegalArgumentException("no day " + due.day() + " in month " + (due.month() + 1));
        }
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
        return new RecurringDeadline(recurrence, from, null, null);
    }

    /**
     * Creates the deadline with a due rule, without a phrase.
     *
     * @param recurrence how often the duty falls due, not null
     * @param from the first day of the duty, not null
     * @param due when each occurrence falls due, not null, fitting the recurrence
     * @return the deadline
     */
    static RecurringDeadline of(Recurrence recurrence, LocalDate from, RecurringDue due) {
        return new RecurringDeadline(recurrence, from, Objects.requireNonNull(due, "due"), null);
    }

    /**
     * Returns when each occurrence falls due, if the phrase said ("до 1 марта").
     *
     * @return the due rule, or empty when each period falls due on its last day
     */
    public Optional<RecurringDue> due() {
        return Optional.ofNullable(due);
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
        return new RecurringDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public RecurringDeadline withoutPhrase() {
        return hasPhrase() ? new RecurringDeadline(this, null) : this;
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
     * Returns the next due date as of a date: the due day of the {@linkplain #nextOccurrence(LocalDate)
     * next occurrence}. Without a due rule that is the last day of the {@linkplain #periodAsOf(LocalDate)
     * period in progress}, e.g. the last day of the current quarter for {@link Recurrence#QUARTERLY}.
     *
     * @param asOf the date to evaluate at, not null
     * @return the due date, on or after both {@code asOf} and {@link #from()}
     */
    public LocalDate nextDueDate(LocalDate asOf) {
        return nextOccurrence(asOf).due();
    }

    /**
     * Returns the first occurrence that falls due on or after a date (and on or after {@link #from()}).
     *
     * @param asOf the date to evaluate at, not null
     * @return the occurrence
     */
    public Occurrence nextOccurrence(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate effective = asOf.isBefore(from) ? from : asOf;
        // A due day may lie in the month after its period, so the period before may still be open.
        LocalDateRange period = recurrence.periodContaining(recurrence.periodContaining(effective).getStart()
                .minusDays(1));
        for (int i = 0; i < 4; i++) {
            Optional<Occurrence> occurrence = occurrenceOf(period);
            if (occurrence.isPresent() && !occurrence.get().due().isBefore(effective)) {
                return occurrence.get();
            }
            period = recurrence.periodContaining(period.getEndInclusive().plusDays(1));
        }
        throw new AssertionError("no occurrence after " + effective);
    }

    /**
     * Returns the occurrences whose due day falls in {@code [first, last]}, in order; none falls due
     * before {@link #from()}.
     *
     * @param first the first day, not null
     * @param last the last day, not before {@code first}, not null
     * @return the occurrences, ordered by due day, at most 1,000 (a longer span is cut)
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public List<Occurrence> occurrences(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
        List<Occurrence> out = new ArrayList<>();
        Occurrence next = nextOccurrence(first);
        while (!next.due().isAfter(last) && out.size() < 1_000) {
            out.add(next);
            if (next.due().equals(LocalDate.MAX)) {
                break;
            }
            next = nextOccurrence(next.due().plusDays(1));
        }
        return List.copyOf(out);
    }

    /**
     * Tells where the next occurrence stands as of a date: {@link DeadlineStatus#NOT_YET_DUE} before
     * its window, {@link DeadlineStatus#DUE} inside it; never overdue, since the next occurrence is the
     * first one not yet past.
     *
     * @param asOf the date to evaluate at, not null
     * @return the status of {@link #nextOccurrence(LocalDate)}
     */
    public DeadlineStatus occurrenceStatusAsOf(LocalDate asOf) {
        Occurrence next = nextOccurrence(asOf);
        return asOf.isBefore(next.window().getStart()) ? DeadlineStatus.NOT_YET_DUE : DeadlineStatus.DUE;
    }

    private Optional<Occurrence> occurrenceOf(LocalDateRange period) {
        LocalDateRange window = due == null ? period : due.windowIn(period);
        LocalDate dueDay = window.getEndInclusive();
        if (dueDay.isBefore(from)) {
            return Optional.empty();
        }
        if (window.getStart().isBefore(from)) {
            window = LocalDateRange.ofClosed(from, dueDay);
        }
        return Optional.of(new Occurrence(period, window, dueDay));
    }

    /**
     * One occurrence of a recurring duty.
     *
     * @param period the calendar period it belongs to (the reporting period)
     * @param window the days on which it may be done, never starting before the duty's first day
     * @param due the day it falls due, the window's last day
     */
    public record Occurrence(LocalDateRange period, LocalDateRange window, LocalDate due) {
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
        return due == null ? new Object[] {recurrence, from} : new Object[] {recurrence, from, due};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        RecurringDeadline that = (RecurringDeadline) other;
        return Objects.equals(recurrence, that.recurrence) && Objects.equals(from, that.from) && Objects.equals(due, that.due);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(recurrence);
        hash = 31 * hash + Objects.hashCode(from);
        hash = 31 * hash + Objects.hashCode(due);
        return hash;
    }
}
