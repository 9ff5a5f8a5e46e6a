package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline "в течение 2021 года", "в 2021 году": a calendar year, window 1 January to
 * 31 December, last day 31 December.
 *
 * <p>Built by {@link Deadline#inYear(Year)}; immutable and thread-safe.
 */
public final class YearDeadline implements Deadline {
    private final Year year;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private YearDeadline(Year year, String phrase) {
        this.year = Objects.requireNonNull(year, "year");
        this.window = LocalDateRange.ofClosed(year.atDay(1), year.atMonth(12).atEndOfMonth());
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
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
     * @return {@link DeadlineKind#YEAR}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.YEAR;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public YearDeadline withPhrase(String phrase) {
        return new YearDeadline(year, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public YearDeadline withoutPhrase() {
        return phrase == null ? this : new YearDeadline(year, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitYear(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code YearDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof YearDeadline)) {
            return false;
        }
        YearDeadline other = (YearDeadline) obj;
        return year.equals(other.year)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(year, phrase);
    }

    /**
     * Returns {@code InYear[year]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code InYear[2021 "в течение 2021 года"]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("InYear", year.toString(), phrase);
    }
}
