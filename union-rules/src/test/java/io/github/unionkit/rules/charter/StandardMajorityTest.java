package io.github.unionkit.rules.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class StandardMajorityTest {

    @Test
    void aSimpleMajorityOfThosePresentIsMoreThanHalfOfThem() {
        assertThat(StandardMajority.SIMPLE_OF_PRESENT.votesNeeded(60, 90)).isEqualTo(31);
        assertThat(StandardMajority.SIMPLE_OF_PRESENT.votesNeeded(61, 90)).isEqualTo(31);
        assertThat(StandardMajority.SIMPLE_OF_PRESENT.votesNeeded(1, 1)).isEqualTo(1);
        assertThat(StandardMajority.SIMPLE_OF_PRESENT.votesNeeded(0, 5)).isEqualTo(1);
    }

    @Test
    void anAbsoluteMajorityCountsAllMembersPresentOrNot() {
        assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.votesNeeded(50, 90)).isEqualTo(46);
        assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.votesNeeded(50, 91)).isEqualTo(46);
        assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.votesNeeded(0, 90)).isEqualTo(46);
        assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.votesNeeded(3, 3)).isEqualTo(2);
    }

    @Test
    void twoThirdsOfThosePresentRoundsUp() {
        assertThat(StandardMajority.TWO_THIRDS_OF_PRESENT.votesNeeded(90, 100)).isEqualTo(60);
        assertThat(StandardMajority.TWO_THIRDS_OF_PRESENT.votesNeeded(91, 100)).isEqualTo(61);
        assertThat(StandardMajority.TWO_THIRDS_OF_PRESENT.votesNeeded(3, 3)).isEqualTo(2);
        assertThat(StandardMajority.TWO_THIRDS_OF_PRESENT.votesNeeded(0, 3)).isEqualTo(1);
    }

    @Test
    void twoThirdsOfMembersCountsAllMembers() {
        assertThat(StandardMajority.TWO_THIRDS_OF_MEMBERS.votesNeeded(70, 90)).isEqualTo(60);
        assertThat(StandardMajority.TWO_THIRDS_OF_MEMBERS.votesNeeded(70, 91)).isEqualTo(61);
        assertThat(StandardMajority.TWO_THIRDS_OF_MEMBERS.votesNeeded(0, 91)).isEqualTo(61);
        assertThat(StandardMajority.TWO_THIRDS_OF_MEMBERS.votesNeeded(0, 0)).isEqualTo(1);
    }

    @Test
    void unanimityNeedsEveryonePresentAndAtLeastOneVote() {
        assertThat(StandardMajority.UNANIMOUS.votesNeeded(42, 90)).isEqualTo(42);
        assertThat(StandardMajority.UNANIMOUS.votesNeeded(0, 90)).isEqualTo(1);
    }

    @Test
    void isReachedComparesTheVotesForWithTheVotesNeeded() {
        assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.isReached(46, 4, 0, 50, 90)).isTrue();
        assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.isReached(45, 5, 0, 50, 90)).isFalse();
        assertThat(StandardMajority.TWO_THIRDS_OF_MEMBERS.isReached(60, 0, 0, 60, 90)).isTrue();
        assertThat(StandardMajority.TWO_THIRDS_OF_MEMBERS.isReached(59, 1, 0, 60, 90)).isFalse();
        assertThat(StandardMajority.UNANIMOUS.isReached(41, 0, 1, 42, 90)).isFalse();
    }

    @Test
    void inconsistentCountsAreRefusedByEveryMajority() {
        for (StandardMajority m : StandardMajority.values()) {
            assertThatThrownBy(() -> m.votesNeeded(91, 90)).as(m.id()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.votesNeeded(-1, 90)).as(m.id()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.votesNeeded(0, -1)).as(m.id()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.isReached(5, 5, 1, 10, 20)).as(m.id())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.isReached(-1, 0, 0, 10, 20)).as(m.id())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void eachIdIsItsToStringAndParsesBack() {
        assertThat(StandardMajority.values()).extracting(StandardMajority::id).containsExactly("simple-of-present",
                "absolute-of-members", "two-thirds-of-present", "two-thirds-of-members", "unanimous");
        for (StandardMajority m : StandardMajority.values()) {
            assertThat(m).hasToString(m.id());
            assertThat(Majority.parse(" " + m + " ")).isSameAs(m);
        }
        assertThatThrownBy(() -> Majority.parse("three-quarters")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("simple-of-present");
    }

    @Test
    void aMajorityOfMembersNeverDependsOnAttendance() {
        qt().forAll(integers().between(0, 100), integers().between(0, 10_000))
                .checkAssert((percent, members) -> {
                    int present = members * percent / 100;
                    assertThat(StandardMajority.ABSOLUTE_OF_MEMBERS.votesNeeded(present, members))
                            .isEqualTo(StandardMajority.ABSOLUTE_OF_MEMBERS.votesNeeded(0, members))
                            .isGreaterThan(members / 2);
                    int twoThirds = StandardMajority.TWO_THIRDS_OF_MEMBERS.votesNeeded(present, members);
                    assertThat(3L * twoThirds).isGreaterThanOrEqualTo(2L * members);
                    assertThat(3L * (twoThirds - 1)).isLessThan(Math.max(1, 2L * members));
                });
    }

    @Test
    void aMajorityOfThosePresentIsMoreThanHalfAndAtMostAll() {
        qt().forAll(integers().between(1, 10_000)).checkAssert(present -> {
            int simple = StandardMajority.SIMPLE_OF_PRESENT.votesNeeded(present, present);
            assertThat(2L * simple).isGreaterThan(present);
            assertThat(2L * (simple - 1)).isLessThanOrEqualTo(present);
            assertThat(StandardMajority.TWO_THIRDS_OF_PRESENT.votesNeeded(present, present))
                    .isBetween(simple, present);
        });
    }
}
