package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The deadline "в первом квартале 2021 г.", "в IV квартале": a calendar quarter, window from its
 * first to its last day (2021-Q1: 2021-01-01 to 2021-03-31), last day the last day of the quarter.
 *
 * <p>Built by {@link Deadline#inQuarter(YearQuarter)}; immutable and thread-safe.
 */
public final class QuarterDeadline implements Deadline {
    private final YearQuarter quarter;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private QuarterDeadline(YearQuarter quarter, String phrase) {
        this.quarter = Objects.requireNonNull(quarter, "quarter");
        this.window = LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
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
     * @return {@link DeadlineKind#QUARTER}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.QUARTER;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public QuarterDeadline withPhrase(String phrase) {
        return new QuarterDeadline(quarter, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public QuarterDeadline withoutPhrase() {
        return phrase == null ? this : new QuarterDeadline(quarter, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitQuarter(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code QuarterDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuarterDeadline)) {
            return false;
        }
        QuarterDeadline other = (QuarterDeadline) obj;
        return quarter.equals(other.quarter)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(quarter, phrase);
    }

    /**
     * Returns {@code InQuarter[quarter]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code InQuarter[2021-Q1 "в первом квартале 2021 г."]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("InQuarter", quarter.toString(), phrase);
    }
}
