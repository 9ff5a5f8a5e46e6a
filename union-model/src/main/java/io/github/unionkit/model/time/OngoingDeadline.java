package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * An ongoing duty without a last day ("постоянно", "продолжить работу", "осуществлять"): window from
 * {@code from} with an unbounded end, no last day; status {@link DeadlineStatus#ONGOING} from
 * {@code from} on, {@link DeadlineStatus#NOT_YET_DUE} before.
 *
 * <p>Built by {@link Deadline#ongoing(LocalDate)}; immutable and thread-safe.
 */
public final class OngoingDeadline implements Deadline {
    private final LocalDate from;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private OngoingDeadline(LocalDate from, String phrase) {
        this.from = Objects.requireNonNull(from, "from");
        this.window = LocalDateRange.ofUnboundedEnd(from);
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#ongoing(LocalDate)}.
     *
     * @param from the first day of the duty, usually the document date, not null
     * @return the deadline
     */
    static OngoingDeadline of(LocalDate from) {
        return new OngoingDeadline(from, null);
    }

    /**
     * Returns the first day of the duty, usually the document date.
     *
     * @return the first day of the duty, usually the document date, never null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * {@inheritDoc}
     *
     * @return the window from the first day, with an unbounded end
     */
    @Override
    public LocalDateRange window() {
        return window;
    }

    /**
     * {@inheritDoc}
     *
     * @return always empty
     */
    @Override
    public Optional<LocalDate> lastDay() {
        return Optional.empty();
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link DeadlineKind#ONGOING}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.ONGOING;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public OngoingDeadline withPhrase(String phrase) {
        return new OngoingDeadline(from, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public OngoingDeadline withoutPhrase() {
        return phrase == null ? this : new OngoingDeadline(from, null);
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitOngoing(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code OngoingDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof OngoingDeadline)) {
            return false;
        }
        OngoingDeadline other = (OngoingDeadline) obj;
        return from.equals(other.from)
                && Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(from, phrase);
    }

    /**
     * Returns {@code Ongoing[from]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code Ongoing[2020-12-18 "постоянно"]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("Ongoing", from.toString(), phrase);
    }
}
