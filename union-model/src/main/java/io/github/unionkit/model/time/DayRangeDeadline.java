package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline over a range of days ("20-21 мая 2016 года", "с 1 по 15 марта"): window [first, last],
 * both included, last day {@code last}.
 *
 * <p>Built by {@link Deadline#between(LocalDate, LocalDate)}; immutable and thread-safe.
 */
public final class DayRangeDeadline implements Deadline {
    private final LocalDate first;
    private final LocalDate last;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private DayRangeDeadline(LocalDate first, LocalDate last, String phrase) {
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
        DeadlineSupport.checkOrder(ErrorType.FIRST_AFTER_LAST, first, last,
                "first day", "last day");
        this.window = LocalDateRange.ofClosed(first, last);
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
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
     * @return {@link DeadlineKind#DAY_RANGE}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.DAY_RANGE;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public DayRangeDeadline withPhrase(String phrase) {
        return new DayRangeDeadline(first, last, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public DayRangeDeadline withoutPhrase() {
        return phrase == null ? this : new DayRangeDeadline(first, last, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitDayRange(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code DayRangeDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DayRangeDeadline)) {
            return false;
        }
        DayRangeDeadline other = (DayRangeDeadline) obj;
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
     * Returns {@code Between[first, last]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code Between[2016-05-20, 2016-05-21 "20-21 мая 2016 года"]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("Between", first + ", " + last, phrase);
    }
}
