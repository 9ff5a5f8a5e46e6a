package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline of one day ("29 декабря 2020 г.", "20 января"): window [day, day], last day {@code day}.
 *
 * <p>Built by {@link Deadline#onDay(LocalDate)}; immutable and thread-safe.
 */
public final class ExactDayDeadline implements Deadline {
    private final LocalDate day;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private ExactDayDeadline(LocalDate day, String phrase) {
        this.day = Objects.requireNonNull(day, "day");
        this.window = LocalDateRange.ofClosed(day, day);
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#onDay(LocalDate)}.
     *
     * @param day the day of the deadline, not null
     * @return the deadline
     */
    static ExactDayDeadline of(LocalDate day) {
        return new ExactDayDeadline(day, null);
    }

    /**
     * Returns the day of the deadline.
     *
     * @return the day of the deadline, never null
     */
    public LocalDate day() {
        return day;
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
     * @return {@link DeadlineKind#EXACT_DAY}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.EXACT_DAY;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public ExactDayDeadline withPhrase(String phrase) {
        return new ExactDayDeadline(day, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public ExactDayDeadline withoutPhrase() {
        return phrase == null ? this : new ExactDayDeadline(day, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitExactDay(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code ExactDayDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ExactDayDeadline)) {
            return false;
        }
        ExactDayDeadline other = (ExactDayDeadline) obj;
        return day.equals(other.day)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(day, phrase);
    }

    /**
     * Returns {@code OnDay[day]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code OnDay[2020-12-29 "29 декабря 2020 г."]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("OnDay", day.toString(), phrase);
    }
}
