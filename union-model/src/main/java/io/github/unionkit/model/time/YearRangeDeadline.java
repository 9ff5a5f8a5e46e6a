package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline over a range of calendar years ("на 2020-2025 годы", "в 2020-2025 годах"): window
 * 1 January of {@code first} to 31 December of {@code last}, last day 31 December of {@code last}.
 *
 * <p>Built by {@link Deadline#inYears(Year, Year)}; immutable and thread-safe.
 */
public final class YearRangeDeadline implements Deadline {
    private final Year first;
    private final Year last;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private YearRangeDeadline(Year first, Year last, String phrase) {
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new InvalidDeadlineException(ErrorType.FIRST_AFTER_LAST, first.atDay(1),
                    last.atMonth(12).atEndOfMonth(), "first year " + first + " is after last year " + last);
        }
        this.window = LocalDateRange.ofClosed(first.atDay(1), last.atMonth(12).atEndOfMonth());
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
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
     * @return {@link DeadlineKind#YEAR_RANGE}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.YEAR_RANGE;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public YearRangeDeadline withPhrase(String phrase) {
        return new YearRangeDeadline(first, last, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public YearRangeDeadline withoutPhrase() {
        return phrase == null ? this : new YearRangeDeadline(first, last, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitYearRange(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code YearRangeDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof YearRangeDeadline)) {
            return false;
        }
        YearRangeDeadline other = (YearRangeDeadline) obj;
        return first.equals(other.first)
                && last.equals(other.last)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(first, last, phrase);
    }

    /**
     * Returns {@code InYears[first, last]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code InYears[2020, 2025 "на 2020-2025 годы"]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("InYears", first + ", " + last, phrase);
    }
}
