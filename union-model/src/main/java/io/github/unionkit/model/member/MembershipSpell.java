package io.github.unionkit.model.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One unbroken period of membership: from the admission (or re-admission) date, inclusive, to the
 * exit date, exclusive, if the spell has ended. {@link Member#spells()} derives them from the member's
 * dates.
 *
 * @param admission the first day of the spell
 * @param exit the end of the spell, or empty while it lasts
 */
public record MembershipSpell(LocalDate admission, Optional<MembershipExit> exit) {

    /**
     * Creates a spell.
     *
     * @param admission the first day, not null
     * @param exit the end, not null; empty while the spell lasts
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the exit date is before the admission
     */
    public MembershipSpell {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(exit, "exit");
        if (exit.isPresent() && exit.get().date().isBefore(admission)) {
            throw new IllegalArgumentException("the exit date is before the admission date");
        }
    }

    /**
     * Tells whether the spell covers a date: admission ≤ date &lt; exit.
     *
     * @param date the date, not null
     * @return true if the member is active on {@code date} by this spell
     */
    public boolean covers(LocalDate date) {
        return MembershipStatus.of(admission, exit.map(MembershipExit::date), date) == MembershipStatus.ACTIVE;
    }
}
