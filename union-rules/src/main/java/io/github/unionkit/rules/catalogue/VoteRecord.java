package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.rules.charter.Majority;
import java.util.Objects;
import java.util.Optional;

/**
 * One vote of a body: how many members (or elected delegates) it has, how many were present, the
 * tally, and — for decisions the charter reserves to a qualified majority — the majority required.
 *
 * @param bodyKind the kind of body that voted (selects quorum and majority from the charter profile)
 * @param members the number of members or elected delegates, at least 0
 * @param present the number present, at least 0
 * @param tally the votes cast
 * @param requiredMajority a majority that overrides the profile's ordinary one, if any
 */
public record VoteRecord(BodyKind bodyKind, int members, int present, VoteTally tally,
        Optional<Majority> requiredMajority) {

    /**
     * Creates a record. Inconsistent counts are allowed here on purpose: finding them is the job of
     * rule {@code UK-VOTE-003}.
     *
     * @param bodyKind not null
     * @param members at least 0
     * @param present at least 0
     * @param tally not null
     * @param requiredMajority not null
     * @throws IllegalArgumentException if a count is negative
     */
    public VoteRecord {
        Objects.requireNonNull(bodyKind, "bodyKind");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(requiredMajority, "requiredMajority");
        if (members < 0 || present < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + members + ", " + present);
        }
    }

    /**
     * Returns a record of an ordinary decision.
     *
     * @param bodyKind not null
     * @param members at least 0
     * @param present at least 0
     * @param tally not null
     * @return the record
     */
    public static VoteRecord of(BodyKind bodyKind, int members, int present, VoteTally tally) {
        return new VoteRecord(bodyKind, members, present, tally, Optional.empty());
    }

    /**
     * Returns a copy that requires a qualified majority.
     *
     * @param majority not null
     * @return the copy
     */
    public VoteRecord requiring(Majority majority) {
        return new VoteRecord(bodyKind, members, present, tally, Optional.of(majority));
    }
}
