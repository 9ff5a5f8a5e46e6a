package io.github.unionkit.model.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A break in a membership (a spell ended, then re-admission): the member left on
 * {@code exit().date()} for {@code exit().reason()} and was admitted again on {@code readmission}. The
 * member is not active from the exit date (inclusive) to the re-admission date (exclusive).
 *
 * @param exit the end of the earlier spell
 * @param readmission the first day of the next spell, after the exit date
 */
public record MembershipInterruption(@NotNull MembershipExit exit, @NotNull LocalDate readmission) {

    /**
     * Creates an interruption.
     *
     * @param exit the end of the earlier spell, not null
     * @param readmission the re-admission date, not null, after the exit date
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the re-admission is not after the exit date
     */
    public MembershipInterruption {
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(readmission, "readmission");
        if (!readmission.isAfter(exit.date())) {
            throw new IllegalArgumentException("the re-admission date must be after the exit date");
        }
    }

    /**
     * Returns an interruption.
     *
     * @param exit the end of the earlier spell, not null
     * @param readmission the re-admission date, not null, after the exit date
     * @return the interruption
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the re-admission is not after the exit date
     */
    public static MembershipInterruption of(MembershipExit exit, LocalDate readmission) {
        return new MembershipInterruption(exit, readmission);
    }
}
