package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline of one day ("29 декабря 2020 г.", "20 января"): window [day, day], last day {@code day}.
 *
 * <p>Built by {@link Deadline#onDay(LocalDate)}; immutable and thread-safe.
 */
public final class ExactDayDeadline extends AbstractDeadline implements Deadline {
    private final LocalDate day;

    private ExactDayDeadline(ExactDayDeadline source, String phrase) {
        super(source, phrase);
        this.day = source.day;
    }


    private ExactDayDeadline(LocalDate day, String phrase) {
        super(DeadlineKind.EXACT_DAY, "OnDay",
                LocalDateRange.ofClosed(Objects.requireNonNull(day, "day"), day), phrase);
        this.day = day;
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

    @Override
    public ExactDayDeadline withPhrase(String phrase) {
        return new ExactDayDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public ExactDayDeadline withoutPhrase() {
        return hasPhrase() ? new ExactDayDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitExactDay(this);
    }

    @Override
    Object[] values() {
        return new Object[] {day};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        ExactDayDeadline that = (ExactDayDeadline) other;
        return Objects.equals(day, that.day);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(day);
        return hash;
    }
}
