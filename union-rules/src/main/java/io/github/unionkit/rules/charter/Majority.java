package io.github.unionkit.rules.charter;

import java.util.Objects;

/**
 * A majority strategy: how many votes "for" adopt a decision, given the votes cast, the number present
 * and the number of members of the body. The standard strategies are the constants of
 * {@link StandardMajority}; a union with an unusual rule implements this interface.
 *
 * <p>Implementations are immutable, thread-safe and exact (no floating point).
 */
public interface Majority {

    /**
     * Returns the stable identifier used in charter profiles, e.g. {@code simple-of-present}.
     *
     * @return the identifier
     */
    String id();

    /**
     * Returns the smallest number of votes "for" that adopts a decision.
     *
     * @param present the number present, 0 ≤ present ≤ members
     * @param members the number of members of the body (or elected delegates)
     * @return the votes needed; may exceed {@code present} when the decision cannot pass
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    int votesNeeded(int present, int members);

    /**
     * Tells whether a vote adopts a decision.
     *
     * @param votesFor the votes for, at least 0
     * @param votesAgainst the votes against, at least 0
     * @param abstained the abstentions, at least 0
     * @param present the number present; the votes must not exceed it
     * @param members the number of members, at least {@code present}
     * @return true if the decision is adopted
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    default boolean isReached(int votesFor, int votesAgainst, int abstained, int present, int members) {
        Quorum.checkCounts(present, members);
        if (votesFor < 0 || votesAgainst < 0 || abstained < 0
                || (long) votesFor + votesAgainst + abstained > present) {
            throw new IllegalArgumentException("votes must be >= 0 and add up to at most the number present");
        }
        return votesFor >= votesNeeded(present, members);
    }

    /**
     * Returns the standard strategy with an identifier.
     *
     * @param id the identifier, e.g. {@code two-thirds-of-present}, not null
     * @return the strategy
     * @throws IllegalArgumentException if no standard strategy has that identifier
     */
    static Majority parse(CharSequence id) {
        Objects.requireNonNull(id, "id");
        String s = id.toString().trim();
        for (StandardMajority m : StandardMajority.values()) {
            if (m.id().equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown majority; expected one of simple-of-present, "
                + "absolute-of-members, two-thirds-of-present, two-thirds-of-members, unanimous");
    }
}
