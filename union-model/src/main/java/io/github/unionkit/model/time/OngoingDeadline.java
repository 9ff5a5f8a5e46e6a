package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * An ongoing duty without a last day ("постоянно", "продолжить работу", "осуществлять"): window from
 * {@code from} with an unbounded end, no last day; status {@link DeadlineStatus#ONGOING} from
 * {@code from} on, {@link DeadlineStatus#NOT_YET_DUE} before.
 *
 * <p>Built by {@link Deadline#ongoing(LocalDate)}; immutable and thread-safe.
 */
public final class OngoingDeadline extends AbstractDeadline implements Deadline {
    private final LocalDate from;

    private OngoingDeadline(OngoingDeadline source, String phrase) {
        super(source, phrase);
        this.from = source.from;
    }


    private OngoingDeadline(LocalDate from, String phrase) {
        super(DeadlineKind.ONGOING, "Ongoing",
                LocalDateRange.ofUnboundedEnd(Objects.requireNonNull(from, "from")), phrase);
        this.from = from;
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

    @Override
    public OngoingDeadline withPhrase(String phrase) {
        return new OngoingDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public OngoingDeadline withoutPhrase() {
        return hasPhrase() ? new OngoingDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitOngoing(this);
    }

    @Override
    Object[] values() {
        return new Object[] {from};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        OngoingDeadline that = (OngoingDeadline) other;
        return Objects.equals(from, that.from);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(from);
        return hash;
    }
}
