package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import java.time.Year;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline over a range of calendar years ("на 2020-2025 годы", "в 2020-2025 годах"): window
 * 1 January of {@code first} to 31 December of {@code last}, last day 31 December of {@code last}.
 *
 * <p>Built by {@link Deadline#inYears(Year, Year)}; immutable and thread-safe.
 */
public final class YearRangeDeadline extends AbstractDeadline implements Deadline {
    private final Year first;
    private final Year last;

    private YearRangeDeadline(YearRangeDeadline source, String phrase) {
        super(source, phrase);
        this.first = source.first;
        this.last = source.last;
    }


    private YearRangeDeadline(Year first, Year last, String phrase) {
        super(DeadlineKind.YEAR_RANGE, "InYears", windowOf(first, last), phrase);
        this.first = first;
        this.last = last;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#inYears(Year, Year)}.
     *
     * @param first the first year of the range, not null
     * @param last the last year of the range, included, not null
     * @return the deadline
     * @throws InvalidDeadlineException if {@code first} is after {@code last}
     */
    static YearRangeDeadline of(Year first, Year last) {
        return new YearRangeDeadline(first, last, null);
    }

    /**
     * Returns the first year of the range.
     *
     * @return the first year of the range, never null
     */
    public Year first() {
        return first;
    }

    /**
     * Returns the last year of the range, included.
     *
     * @return the last year of the range, included, never null
     */
    public Year last() {
        return last;
    }

    @Override
    public YearRangeDeadline withPhrase(String phrase) {
        return new YearRangeDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public YearRangeDeadline withoutPhrase() {
        return hasPhrase() ? new YearRangeDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitYearRange(this);
    }

    private static LocalDateRange windowOf(Year first, Year last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new InvalidDeadlineException(ErrorType.FIRST_AFTER_LAST, first.atDay(1),
                    last.atMonth(12).atEndOfMonth(), "first year " + first + " is after last year " + last);
        }
        return LocalDateRange.ofClosed(first.atDay(1), last.atMonth(12).atEndOfMonth());
    }

    @Override
    Object[] values() {
        return new Object[] {first, last};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        YearRangeDeadline that = (YearRangeDeadline) other;
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
