package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline "в январе 2021 г.": a calendar month, window from its first to its last day, last day
 * the last day of the month.
 *
 * <p>Built by {@link Deadline#inMonth(YearMonth)}; immutable and thread-safe.
 */
public final class MonthDeadline implements Deadline {
    private final YearMonth month;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private MonthDeadline(YearMonth month, String phrase) {
        this.month = Objects.requireNonNull(month, "month");
        this.window = LocalDateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
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
     * @return {@link DeadlineKind#MONTH}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.MONTH;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public MonthDeadline withPhrase(String phrase) {
        return new MonthDeadline(month, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public MonthDeadline withoutPhrase() {
        return phrase == null ? this : new MonthDeadline(month, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitMonth(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code MonthDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof MonthDeadline)) {
            return false;
        }
        MonthDeadline other = (MonthDeadline) obj;
        return month.equals(other.month)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(month, phrase);
    }

    /**
     * Returns {@code InMonth[month]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code InMonth[2021-01 "в январе 2021 г."]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("InMonth", month.toString(), phrase);
    }
}
