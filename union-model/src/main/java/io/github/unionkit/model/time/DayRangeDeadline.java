package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline over a range of days ("20-21 мая 2016 года", "с 1 по 15 марта"): window [first, last],
 * both included, last day {@code last}.
 *
 * <p>Built by {@link Deadline#between(LocalDate, LocalDate)}; immutable and thread-safe.
 */
public final class DayRangeDeadline extends AbstractDeadline implements Deadline {
    private final LocalDate first;
    private final LocalDate last;

    private DayRangeDeadline(DayRangeDeadline source, String phrase) {
        super(source, phrase);
        this.first = source.first;
        this.last = source.last;
    }


    private DayRangeDeadline(LocalDate first, LocalDate last, String phrase) {
        super(DeadlineKind.DAY_RANGE, "Between", windowOf(first, last), phrase);
        this.first = first;
        this.last = last;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#between(LocalDate, LocalDate)}.
     *
     * @param first the first day of the range, not null
     * @param last the last day of the range, included, not null
     * @return the deadline
     * @throws InvalidDeadlineException if {@code first} is after {@code last}
     */
    static DayRangeDeadline of(LocalDate first, LocalDate last) {
        return new DayRangeDeadline(first, last, null);
    }

    /**
     * Returns the first day of the range.
     *
     * @return the first day of the range, never null
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Returns the last day of the range, included.
     *
     * @return the last day of the range, included, never null
     */
    public LocalDate last() {
        return last;
    }

    @Override
    public DayRangeDeadline withPhrase(String phrase) {
        return new DayRangeDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public DayRangeDeadline withoutPhrase() {
        return hasPhrase() ? new DayRangeDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitDayRange(this);
    }

    private static LocalDateRange windowOf(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        DeadlineSupport.checkOrder(ErrorType.FIRST_AFTER_LAST, first, last,
                "first day", "last day");
        return LocalDateRange.ofClosed(first, last);
    }

    @Override
    Object[] values() {
        return new Object[] {first, last};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        DayRangeDeadline that = (DayRangeDeadline) other;
        return Objects.equals(first, that.first) && Objects.equals(last, that.last);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(first);
        hash = 31 * hash + Objects.hashCode(last);
        return hash;
    }
}
