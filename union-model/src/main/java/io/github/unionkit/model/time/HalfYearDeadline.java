package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;

/**
 * The deadline "в первом полугодии 2021 года": a calendar half-year, window from its first to its
 * last day (2021-H1: 2021-01-01 to 2021-06-30), last day the last day of the half-year.
 *
 * <p>Built by {@link Deadline#inHalf(YearHalf)}; immutable and thread-safe.
 */
public final class HalfYearDeadline implements Deadline {
    private final YearHalf half;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private HalfYearDeadline(YearHalf half, String phrase) {
        this.half = Objects.requireNonNull(half, "half");
        this.window = LocalDateRange.ofClosed(half.atDay(1), half.atEndOfHalf());
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
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

    /**
     * {@inheritDoc}
     *
     * @return the closed window; its {@code getEndInclusive()} is the last day
     */
    @Override
    public LocalDateRange window() {
        return window;
    }

    /**
     * {@inheritDoc}
     *
     * @return the last day, always present
     */
    @Override
    public Optional<LocalDate> lastDay() {
        return Optional.of(window.getEndInclusive());
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link DeadlineKind#HALF_YEAR}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.HALF_YEAR;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public HalfYearDeadline withPhrase(String phrase) {
        return new HalfYearDeadline(half, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public HalfYearDeadline withoutPhrase() {
        return phrase == null ? this : new HalfYearDeadline(half, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitHalfYear(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code HalfYearDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof HalfYearDeadline)) {
            return false;
        }
        HalfYearDeadline other = (HalfYearDeadline) obj;
        return half.equals(other.half)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(half, phrase);
    }

    /**
     * Returns {@code InHalf[half]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code InHalf[2021-H1 "в первом полугодии 2021 года"]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("InHalf", half.toString(), phrase);
    }
}
