package io.github.unionkit.model.time;

import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
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
public final class UntilDeadline extends AbstractDeadline implements Deadline {
    private final LocalDate windowStart;
    private final LocalDate boundary;
    private final UntilPolicy policy;

    private UntilDeadline(UntilDeadline source, String phrase) {
        super(source, phrase);
        this.windowStart = source.windowStart;
        this.boundary = source.boundary;
        this.policy = source.policy;
    }


    private UntilDeadline(LocalDate windowStart, LocalDate boundary, UntilPolicy policy, String phrase) {
        super(DeadlineKind.UNTIL, "Until", windowOf(windowStart, boundary, policy), phrase);
        this.windowStart = windowStart;
        this.boundary = boundary;
        this.policy = policy;
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

    @Override
    public UntilDeadline withPhrase(String phrase) {
        return new UntilDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public UntilDeadline withoutPhrase() {
        return hasPhrase() ? new UntilDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitUntil(this);
    }

    // Checked without subtracting, so that LocalDate.MIN as an exclusive boundary fails as a
    // window-order error rather than a DateTimeException.
    private static void checkOrder(LocalDate windowStart, LocalDate boundary, UntilPolicy policy) {
        if (policy == UntilPolicy.INCLUSIVE) {
            DeadlineSupport.checkOrder(ErrorType.WINDOW_START_AFTER_LAST_DAY, windowStart,
                    boundary, "window start", "last day");
            return;
        }
        if (!boundary.isAfter(windowStart)) {
            throw new InvalidDeadlineException(ErrorType.WINDOW_START_AFTER_LAST_DAY,
                    windowStart, boundary.equals(LocalDate.MIN) ? boundary : boundary.minusDays(1),
                    "window start " + windowStart + " is not before exclusive boundary " + boundary);
        }
    }

    private static LocalDateRange windowOf(LocalDate windowStart, LocalDate boundary, UntilPolicy policy) {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(policy, "policy");
        checkOrder(windowStart, boundary, policy);
        // Under EXCLUSIVE the boundary is the window's exclusive end as it stands: no day arithmetic.
        return policy == UntilPolicy.EXCLUSIVE ? LocalDateRange.of(windowStart, boundary)
                : LocalDateRange.ofClosed(windowStart, boundary);
    }

    @Override
    Object[] values() {
        return new Object[] {windowStart, boundary, policy};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        UntilDeadline that = (UntilDeadline) other;
        return Objects.equals(windowStart, that.windowStart) && Objects.equals(boundary, that.boundary) && Objects.equals(policy, that.policy);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(windowStart);
        hash = 31 * hash + Objects.hashCode(boundary);
        hash = 31 * hash + Objects.hashCode(policy);
        return hash;
    }
}
