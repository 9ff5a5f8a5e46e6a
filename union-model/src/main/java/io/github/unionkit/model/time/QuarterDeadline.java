package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.util.Objects;
import org.threeten.extra.YearQuarter;

/**
 * The deadline "в первом квартале 2021 г.", "в IV квартале": a calendar quarter, window from its
 * first to its last day (2021-Q1: 2021-01-01 to 2021-03-31), last day the last day of the quarter.
 *
 * <p>Built by {@link Deadline#inQuarter(YearQuarter)}; immutable and thread-safe.
 */
public final class QuarterDeadline extends AbstractDeadline implements Deadline {
    private final YearQuarter quarter;

    private QuarterDeadline(QuarterDeadline source, String phrase) {
        super(source, phrase);
        this.quarter = source.quarter;
    }


    private QuarterDeadline(YearQuarter quarter, String phrase) {
        super(DeadlineKind.QUARTER, "InQuarter", DeadlineSupport.months(
                Objects.requireNonNull(quarter, "quarter").getYear(), quarter.getQuarterValue() * 3 - 2, 3), phrase);
        this.quarter = quarter;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#inQuarter(YearQuarter)}.
     *
     * @param quarter the quarter, not null
     * @return the deadline
     */
    static QuarterDeadline of(YearQuarter quarter) {
        return new QuarterDeadline(quarter, null);
    }

    /**
     * Returns the quarter.
     *
     * @return the quarter, never null
     */
    public YearQuarter quarter() {
        return quarter;
    }

    @Override
    public QuarterDeadline withPhrase(String phrase) {
        return new QuarterDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public QuarterDeadline withoutPhrase() {
        return hasPhrase() ? new QuarterDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitQuarter(this);
    }

    @Override
    Object[] values() {
        return new Object[] {quarter};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        QuarterDeadline that = (QuarterDeadline) other;
        return Objects.equals(quarter, that.quarter);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(quarter);
        return hash;
    }
}
