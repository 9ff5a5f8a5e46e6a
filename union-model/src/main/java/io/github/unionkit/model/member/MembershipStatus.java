package io.github.unionkit.model.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a membership on a date, a pure function of the admission date, the exit date (if any)
 * and the date asked about — never a stored flag.
 *
 * <p>Exactly one status holds on each date: {@link #NOT_YET_ADMITTED} before the admission date,
 * {@link #ACTIVE} from the admission date (inclusive) to the exit date (exclusive), {@link #LEFT} from
 * the exit date on. Following Russian practice the membership ends on the exit date: the exit date is
 * the first day the person is no longer a member. A member whose exit date equals the admission date
 * is never active.
 */
public enum MembershipStatus {
    /** The date is before the admission date. */
    NOT_YET_ADMITTED,
    /** The date is on or after the admission date and before the exit date, if any. */
    ACTIVE,
    /** The date is on or after the exit date. */
    LEFT;

    /**
     * Returns the status on {@code date} of a membership with the given dates.
     *
     * @param admission the admission date, not null
     * @param exit the exit date, not null; empty while the membership lasts
     * @param date the date asked about, not null
     * @return {@code NOT_YET_ADMITTED} if {@code date < admission}, {@code LEFT} if {@code date ≥ exit}
     *     (and not before admission), else {@code ACTIVE}
     * @throws NullPointerException if an argument is null
     */
    public static MembershipStatus of(LocalDate admission, Optional<LocalDate> exit, LocalDate date) {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(date, "date");
        if (date.isBefore(admission)) {
            return NOT_YET_ADMITTED;
        }
        if (exit.isPresent() && !date.isBefore(exit.get())) {
            return LEFT;
        }
        return ACTIVE;
    }
}
