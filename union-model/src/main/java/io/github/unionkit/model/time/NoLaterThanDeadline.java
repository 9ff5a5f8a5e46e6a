package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline "не позднее X", which includes X: window [windowStart, day], last day {@code day}.
 *
 * <p>The window starts at the document date, which the caller passes as {@code windowStart}. Built by
 * {@link Deadline#noLaterThan(LocalDate, LocalDate)}; immutable and thread-safe.
 */
public final class NoLaterThanDeadline extends AbstractDeadline implements Deadline {
    private final LocalDate windowStart;
    private final LocalDate day;

    private NoLaterThanDeadline(NoLaterThanDeadline source, String phrase) {
        super(source, phrase);
        this.windowStart = source.windowStart;
        this.day = source.day;
    }


    private NoLaterThanDeadline(LocalDate windowStart, LocalDate day, String phrase) {
        super(DeadlineKind.NO_LATER_THAN, "NoLaterThan", windowOf(windowStart, day), phrase);
        this.windowStart = windowStart;
        this.day = day;
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

    @Override
    public NoLaterThanDeadline withPhrase(String phrase) {
        return new NoLaterThanDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public NoLaterThanDeadline withoutPhrase() {
        return hasPhrase() ? new NoLaterThanDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitNoLaterThan(this);
    }

    private static LocalDateRange windowOf(LocalDate windowStart, LocalDate day) {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(day, "day");
        DeadlineSupport.checkOrder(ErrorType.WINDOW_START_AFTER_LAST_DAY, windowStart, day,
                "window start", "day");
        return LocalDateRange.ofClosed(windowStart, day);
    }

    @Override
    Object[] values() {
        return new Object[] {windowStart, day};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        NoLaterThanDeadline that = (NoLaterThanDeadline) other;
        return Objects.equals(windowStart, that.windowStart) && Objects.equals(day, that.day);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(windowStart);
        hash = 31 * hash + Objects.hashCode(day);
        return hash;
    }
}
