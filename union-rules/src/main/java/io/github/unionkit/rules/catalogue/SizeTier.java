package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.time.Deadline;
import java.util.Objects;

/**
 * One tier of a membership-size rule: organizations whose size lies in {@link #range()} must act by
 * {@link #deadline()}.
 *
 * @param range the band of membership counts, bounds explicit
 * @param deadline the deadline for organizations in the band
 */
public record SizeTier(MembershipRange range, Deadline deadline) {

    /**
     * Creates a tier.
     *
     * @param range not null
     * @param deadline not null
     */
    public SizeTier {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * Returns a tier.
     *
     * @param range not null
     * @param deadline not null
     * @return the tier
     */
    public static SizeTier of(MembershipRange range, Deadline deadline) {
        return new SizeTier(range, deadline);
    }
}
