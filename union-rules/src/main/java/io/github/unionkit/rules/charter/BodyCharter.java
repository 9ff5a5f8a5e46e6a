package io.github.unionkit.rules.charter;

import io.github.unionkit.model.body.BodyKind;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What a charter says about one kind of body: how often it must meet, its quorum and its majority.
 * Absent values mean the charter profile is silent and the rules that need them do not fire.
 *
 * @param kind the kind of body
 * @param meetingInterval the longest allowed gap between two meetings ("не реже одного раза в три
 *     месяца" = {@code P3M}), if the charter sets one
 * @param quorum the quorum, if the charter sets one
 * @param majority the majority for ordinary decisions, if the charter sets one
 */
public record BodyCharter(BodyKind kind, Optional<Period> meetingInterval, Optional<Quorum> quorum,
        Optional<Majority> majority) {

    /**
     * Creates the entry.
     *
     * @param kind not null
     * @param meetingInterval not null; a present period must be positive
     * @param quorum not null
     * @param majority not null
     * @throws IllegalArgumentException if the interval is zero or negative
     */
    public BodyCharter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meetingInterval, "meetingInterval");
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(majority, "majority");
        meetingInterval.ifPresent(p -> {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("meeting interval must be positive: " + p);
            }
        });
    }
}
