package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline "до X" / "в срок до X": window [windowStart, last day], where the last day is
 * {@code boundary − 1} under {@link UntilPolicy#EXCLUSIVE} (the default reading of Russian legal
 * practice) and {@code boundary} under {@link UntilPolicy#INCLUSIVE}.
 *
 * <p>The policy is part of the value: it is shown by {@link #policy()} and {@link #toString()} and
 * takes part in equality, so no reading is ever chosen silently. For "До 29 декабря 2020 г." in a
 * decree of 18 December 2020 the window is 2020-12-18 to 2020-12-28 (EXCLUSIVE) or to 2020-12-29
 * (INCLUSIVE). Built by {@link Deadline#until(LocalDate, LocalDate, UntilPolicy)}; immutable and
 * thread-safe.
 */
public final class UntilDeadline implements Deadline {
    private final LocalDate windowStart;
    private final LocalDate boundary;
    private final UntilPolicy policy;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private UntilDeadline(LocalDate windowStart, LocalDate boundary, UntilPolicy policy, String phrase) {
        this.windowStart = Objects.requireNonNull(windowStart, "windowStart");
        this.boundary = Objects.requireNonNull(boundary, "boundary");
        this.policy = Objects.requireNonNull(policy, "policy");
        LocalDate lastDay = lastDayOf(windowStart, boundary, policy);
        this.window = LocalDateRange.ofClosed(windowStart, lastDay);
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#until(LocalDate, LocalDate, UntilPolicy)}.
     *
     * @param windowStart the first day of the window, usually the document date, not null
     * @param boundary the day X named in the phrase, not null
     * @param policy the policy: whether the boundary day itself is included, not null
     * @return the deadline
     * @throws InvalidDeadlineException if {@code windowStart} is after the resolved last day
     */
    static UntilDeadline of(LocalDate windowStart, LocalDate boundary, UntilPolicy policy) {
        return new UntilDeadline(windowStart, boundary, policy, null);
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
     * Returns the day X named in the phrase.
     *
     * @return the day X named in the phrase, never null
     */
    public LocalDate boundary() {
        return boundary;
    }

    /**
     * Returns the policy: whether the boundary day itself is included.
     *
     * @return the policy: whether the boundary day itself is included, never null
     */
    public UntilPolicy policy() {
        return policy;
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
     * @return {@link DeadlineKind#UNTIL}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.UNTIL;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public UntilDeadline withPhrase(String phrase) {
        return new UntilDeadline(windowStart, boundary, policy, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public UntilDeadline withoutPhrase() {
        return phrase == null ? this : new UntilDeadline(windowStart, boundary, policy, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitUntil(this);
    }

    // Checked before subtracting, so that LocalDate.MIN as an exclusive boundary fails as a
    // window-order error rather than a DateTimeException.
    private static LocalDate lastDayOf(LocalDate windowStart, LocalDate boundary, UntilPolicy policy) {
        if (policy == UntilPolicy.INCLUSIVE) {
            DeadlineSupport.checkOrder(ErrorType.WINDOW_START_AFTER_LAST_DAY, windowStart,
                    boundary, "window start", "last day");
            return boundary;
        }
        if (!boundary.isAfter(windowStart)) {
            throw new InvalidDeadlineException(ErrorType.WINDOW_START_AFTER_LAST_DAY,
                    windowStart, boundary.equals(LocalDate.MIN) ? boundary : boundary.minusDays(1),
                    "window start " + windowStart + " is not before exclusive boundary " + boundary);
        }
        return boundary.minusDays(1);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code UntilDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof UntilDeadline)) {
            return false;
        }
        UntilDeadline other = (UntilDeadline) obj;
        return windowStart.equals(other.windowStart)
                && boundary.equals(other.boundary)
                && policy.equals(other.policy)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(windowStart, boundary, policy, phrase);
    }

    /**
     * Returns {@code Until[windowStart, boundary, policy]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code Until[2020-12-18, 2020-12-29, EXCLUSIVE "До 29 декабря 2020 г."]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("Until", windowStart + ", " + boundary + ", " + policy, phrase);
    }
}
