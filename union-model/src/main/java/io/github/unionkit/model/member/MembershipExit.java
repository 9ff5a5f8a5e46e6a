package io.github.unionkit.model.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of a membership: the exit date and the reason. The membership ends on the exit date, so
 * the member is no longer active on that day (see {@link MembershipStatus}).
 *
 * @param date the exit date, the first day the person is no longer a member
 * @param reason why the membership ended
 */
public record MembershipExit(@NotNull LocalDate date, @NotNull ExitReason reason) {

    /**
     * Creates an exit.
     *
     * @param date the exit date, not null
     * @param reason the reason, not null
     * @throws NullPointerException if an argument is null
     */
    public MembershipExit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns an exit.
     *
     * @param date the exit date, not null
     * @param reason the reason, not null
     * @return the exit
     * @throws NullPointerException if an argument is null
     */
    public static MembershipExit of(LocalDate date, ExitReason reason) {
        return new MembershipExit(date, reason);
    }
}
