package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The deadline "в январе 2021 г.": a calendar month, window from its first to its last day, last day
 * the last day of the month.
 *
 * <p>Built by {@link Deadline#inMonth(YearMonth)}; immutable and thread-safe.
 */
public final class MonthDeadline extends AbstractDeadline implements Deadline {
    private final YearMonth month;

    private MonthDeadline(MonthDeadline source, String phrase) {
        super(source, phrase);
        this.month = source.month;
    }


    private MonthDeadline(YearMonth month, String phrase) {
        super(DeadlineKind.MONTH, "InMonth", DeadlineSupport.months(
                Objects.requireNonNull(month, "month").getYear(), month.getMonthValue(), 1), phrase);
        this.month = month;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#inMonth(YearMonth)}.
     *
     * @param month the month, not null
     * @return the deadline
     */
    static MonthDeadline of(YearMonth month) {
        return new MonthDeadline(month, null);
    }

    /**
     * Returns the month.
     *
     * @return the month, never null
     */
    public YearMonth month() {
        return month;
    }

    @Override
    public MonthDeadline withPhrase(String phrase) {
        return new MonthDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public MonthDeadline withoutPhrase() {
        return hasPhrase() ? new MonthDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitMonth(this);
    }

    @Override
    Object[] values() {
        return new Object[] {month};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        MonthDeadline that = (MonthDeadline) other;
        return Objects.equals(month, that.month);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(month);
        return hash;
    }
}
