package io.github.unionkit.model.meeting;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * The result of an open vote: votes for, against and abstentions (за, против, воздержались).
 *
 * <p>A vote is unanimous (единогласно) when at least one vote was cast for and none against or
 * abstaining. Whether the tally carries a decision depends on the body's quorum and majority rules,
 * which belong to the charter profile, not to the tally.
 *
 * @param votesFor the votes for, at least 0
 * @param votesAgainst the votes against, at least 0
 * @param abstained the abstentions, at least 0
 */
public record VoteTally(@PositiveOrZero int votesFor, @PositiveOrZero int votesAgainst,
        @PositiveOrZero int abstained) {

    /**
     * Creates a tally; the one place its invariants are checked.
     *
     * @param votesFor the votes for, at least 0
     * @param votesAgainst the votes against, at least 0
     * @param abstained the abstentions, at least 0
     * @throws IllegalArgumentException if a count is negative or the total exceeds
     *     {@link Integer#MAX_VALUE}
     */
    public VoteTally {
        if (votesFor < 0 || votesAgainst < 0 || abstained < 0) {
            throw new IllegalArgumentException("vote counts must not be negative: " + votesFor + ", " + votesAgainst
                    + ", " + abstained);
        }
        if ((long) votesFor + votesAgainst + abstained > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the total number of votes exceeds " + Integer.MAX_VALUE);
        }
    }

    /**
     * Returns a tally.
     *
     * @param votesFor the votes for, at least 0
     * @param votesAgainst the votes against, at least 0
     * @param abstained the abstentions, at least 0
     * @return the tally
     * @throws IllegalArgumentException if a count is negative or the total exceeds
     *     {@link Integer#MAX_VALUE}
     */
    public static VoteTally of(int votesFor, int votesAgainst, int abstained) {
        return new VoteTally(votesFor, votesAgainst, abstained);
    }

    /**
     * Returns the tally of a unanimous vote: {@code voters} for, none against, none abstaining.
     *
     * @param voters the number of voters, at least 1
     * @return the unanimous tally
     * @throws IllegalArgumentException if {@code voters} is less than 1
     */
    public static VoteTally unanimous(int voters) {
        if (voters < 1) {
            throw new IllegalArgumentException("a unanimous vote needs at least one voter: " + voters);
        }
        return new VoteTally(voters, 0, 0);
    }

    /**
     * Returns the number of votes cast, abstentions included.
     *
     * @return {@code votesFor + votesAgainst + abstained}
     */
    public int total() {
        return votesFor + votesAgainst + abstained;
    }

    /**
     * Tells whether the vote was unanimous: at least one vote for, none against, no abstentions.
     *
     * @return true if unanimous
     */
    public boolean isUnanimous() {
        return votesFor > 0 && votesAgainst == 0 && abstained == 0;
    }
}
