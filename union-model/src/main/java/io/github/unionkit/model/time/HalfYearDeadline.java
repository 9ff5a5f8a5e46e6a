package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.util.Objects;
import org.threeten.extra.YearHalf;

/**
 * The deadline "в первом полугодии 2021 года": a calendar half-year, window from its first to its
 * last day (2021-H1: 2021-01-01 to 2021-06-30), last day the last day of the half-year.
 *
 * <p>Built by {@link Deadline#inHalf(YearHalf)}; immutable and thread-safe.
 */
public final class HalfYearDeadline extends AbstractDeadline implements Deadline {
    private final YearHalf half;

    private HalfYearDeadline(HalfYearDeadline source, String phrase) {
        super(source, phrase);
        this.half = source.half;
    }


    private HalfYearDeadline(YearHalf half, String phrase) {
        super(DeadlineKind.HALF_YEAR, "InHalf", DeadlineSupport.months(
                Objects.requireNonNull(half, "half").getYear(), half.getHalfValue() * 6 - 5, 6), phrase);
        this.half = half;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#inHalf(YearHalf)}.
     *
     * @param half the half-year, not null
     * @return the deadline
     */
    static HalfYearDeadline of(YearHalf half) {
        return new HalfYearDeadline(half, null);
    }

    /**
     * Returns the half-year.
     *
     * @return the half-year, never null
     */
    public YearHalf half() {
        return half;
    }

    @Override
    public HalfYearDeadline withPhrase(String phrase) {
        return new HalfYearDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public HalfYearDeadline withoutPhrase() {
        return hasPhrase() ? new HalfYearDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitHalfYear(this);
    }

    @Override
    Object[] values() {
        return new Object[] {half};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        HalfYearDeadline that = (HalfYearDeadline) other;
        return Objects.equals(half, that.half);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(half);
        return hash;
    }
}
