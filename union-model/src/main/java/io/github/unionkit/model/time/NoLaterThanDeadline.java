package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline "не позднее X", which includes X: window [windowStart, day], last day {@code day}.
 *
 * <p>The window starts at the document date, which the caller passes as {@code windowStart}. Built by
 * {@link Deadline#noLaterThan(LocalDate, LocalDate)}; immutable and thread-safe.
 */
public final class NoLaterThanDeadline implements Deadline {
    private final LocalDate windowStart;
    private final LocalDate day;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private NoLaterThanDeadline(LocalDate windowStart, LocalDate day, String phrase) {
        this.windowStart = Objects.requireNonNull(windowStart, "windowStart");
        this.day = Objects.requireNonNull(day, "day");
        DeadlineSupport.checkOrder(ErrorType.WINDOW_START_AFTER_LAST_DAY, windowStart, day,
                "window start", "day");
        this.window = LocalDateRange.ofClosed(windowStart, day);
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#noLaterThan(LocalDate, LocalDate)}.
     *
     * @param windowStart the first day of the window, usually the document date, not null
     * @param day the last day, included, not null
     * @return the deadline
     * @throws InvalidDeadlineException if {@code windowStart} is after {@code day}
     */
    static NoLaterThanDeadline of(LocalDate windowStart, LocalDate day) {
        return new NoLaterThanDeadline(windowStart, day, null);
    }

    /**
     * Returns the first day of the window, usually the document date.
     *
     * @return the first day of the window, usually the document date, never null
     */
    public LocalDate windowStart() {
        return windowStart;
    }

    /**
     * Returns the last day, included.
     *
     * @return the last day, included, never null
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
     * @return {@link DeadlineKind#NO_LATER_THAN}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.NO_LATER_THAN;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public NoLaterThanDeadline withPhrase(String phrase) {
        return new NoLaterThanDeadline(windowStart, day, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public NoLaterThanDeadline withoutPhrase() {
        return phrase == null ? this : new NoLaterThanDeadline(windowStart, day, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitNoLaterThan(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code NoLaterThanDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof NoLaterThanDeadline)) {
            return false;
        }
        NoLaterThanDeadline other = (NoLaterThanDeadline) obj;
        return windowStart.equals(other.windowStart)
                && day.equals(other.day)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(windowStart, day, phrase);
    }

    /**
     * Returns {@code NoLaterThan[windowStart, day]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code NoLaterThan[2020-12-18, 2020-12-29 "не позднее 29 декабря 2020 г."]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("NoLaterThan", windowStart + ", " + day, phrase);
    }
}
