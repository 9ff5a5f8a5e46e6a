package io.github.unionkit.rules.charter;

/**
 * The majorities found in union charters, as {@link Majority} strategies.
 */
public enum StandardMajority implements Majority {
    /** More than half of those present ("большинство голосов присутствующих"). */
    SIMPLE_OF_PRESENT("simple-of-present") {
        @Override
        public int votesNeeded(int present, int members) {
            Quorum.checkCounts(present, members);
            return present / 2 + 1;
        }
    },
    /** More than half of all members of the body, present or not. */
    ABSOLUTE_OF_MEMBERS("absolute-of-members") {
        @Override
        public int votesNeeded(int present, int members) {
            Quorum.checkCounts(present, members);
            return members / 2 + 1;
        }
    },
    /** At least two thirds of those present (charter changes, early termination). */
    TWO_THIRDS_OF_PRESENT("two-thirds-of-present") {
        @Override
        public int votesNeeded(int present, int members) {
            Quorum.checkCounts(present, members);
            return Math.max(1, (int) (((long) present * 2 + 2) / 3));
        }
    },
    /** At least two thirds of all members of the body. */
    TWO_THIRDS_OF_MEMBERS("two-thirds-of-members") {
        @Override
        public int votesNeeded(int present, int members) {
            Quorum.checkCounts(present, members);
            return Math.max(1, (int) (((long) members * 2 + 2) / 3));
        }
    },
    /** Every person present votes for ("единогласно"); nobody against, nobody abstains. */
    UNANIMOUS("unanimous") {
        @Override
        public int votesNeeded(int present, int members) {
            Quorum.checkCounts(present, members);
            return Math.max(1, present);
        }
    };

    private final String id;

    StandardMajority(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * Returns the identifier, which {@link Majority#parse(CharSequence)} reads back.
     *
     * @return the identifier
     */
    @Override
    public String toString() {
        return id;
    }
}
