package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.MembershipExit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of an {@link EligibilityIndex}: is this an active member on a date, since when, and if
 * not, why. Immutable; holds no personal data (no card number, no name).
 *
 * @param date the date asked about
 * @param status the answer: {@link Status#ACTIVE} alone means eligible
 * @param since for {@code ACTIVE}, the first day of the current spell of membership; for
 *     {@code NOT_YET_ADMITTED}, the admission date; otherwise empty
 * @param exit for {@code LEFT}, the exit (date and reason) that ended the membership last; otherwise
 *     empty
 */
public record Eligibility(LocalDate date, Status status, Optional<LocalDate> since, Optional<MembershipExit> exit) {

    /** The kinds of answer. */
    public enum Status {
        /** An active member on the date: eligible. */
        ACTIVE,
        /** Known, but admitted after the date. */
        NOT_YET_ADMITTED,
        /** Known, but not a member on the date: left (in a break between spells, or for good). */
        LEFT,
        /** No member has this id. */
        UNKNOWN_MEMBER,
        /** No member has this card number. */
        UNKNOWN_CARD,
        /** The card was replaced by a newer one: it no longer proves membership, whatever the member's status. */
        CARD_REPLACED
    }

    /**
     * Checks the values.
     *
     * @param date the date, not null
     * @param status the status, not null
     * @param since the start or admission date, not null; present exactly for ACTIVE and NOT_YET_ADMITTED
     * @param exit the exit, not null; present only for LEFT
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code since} or {@code exit} do not fit the status
     */
    public Eligibility {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(exit, "exit");
        boolean dated = status == Status.ACTIVE || status == Status.NOT_YET_ADMITTED;
        if (since.isPresent() != dated || exit.isPresent() && status != Status.LEFT) {
            throw new IllegalArgumentException("since and exit do not fit the status " + status);
        }
    }

    /**
     * Tells whether the answer is "eligible".
     *
     * @return true for {@link Status#ACTIVE}
     */
    public boolean eligible() {
        return status == Status.ACTIVE;
    }
}
