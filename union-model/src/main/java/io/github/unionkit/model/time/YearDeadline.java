package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.Year;
import java.util.Objects;

/**
 * The deadline "в течение 2021 года", "в 2021 году": a calendar year, window 1 January to
 * 31 December, last day 31 December.
 *
 * <p>Built by {@link Deadline#inYear(Year)}; immutable and thread-safe.
 */
public final class YearDeadline extends AbstractDeadline implements Deadline {
    private final Year year;

    private YearDeadline(YearDeadline source, String phrase) {
        super(source, phrase);
        this.year = source.year;
    }


    private YearDeadline(Year year, String phrase) {
        super(DeadlineKind.YEAR, "InYear", DeadlineSupport.months(
                Objects.requireNonNull(year, "year").getValue(), 1, 12), phrase);
        this.year = year;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#inYear(Year)}.
     *
     * @param year the year, not null
     * @return the deadline
     */
    static YearDeadline of(Year year) {
        return new YearDeadline(year, null);
    }

    /**
     * Returns the year.
     *
     * @return the year, never null
     */
    public Year year() {
        return year;
    }

    @Override
    public YearDeadline withPhrase(String phrase) {
        return new YearDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public YearDeadline withoutPhrase() {
        return hasPhrase() ? new YearDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitYear(this);
    }

    @Override
    Object[] values() {
        return new Object[] {year};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        YearDeadline that = (YearDeadline) other;
        return Objects.equals(year, that.year);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(year);
        return hash;
    }
}
