package io.github.unionkit.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VoteTallyTest {

    @Test
    void unanimousVoteHasOnlyVotesFor() {
        VoteTally tally = VoteTally.unanimous(45);

        assertThat(tally).isEqualTo(VoteTally.of(45, 0, 0));
        assertThat(tally.isUnanimous()).isTrue();
        assertThat(tally.total()).isEqualTo(45);
    }

    @Test
    void anyVoteAgainstOrAbstentionBreaksUnanimity() {
        assertThat(VoteTally.of(44, 1, 0).isUnanimous()).isFalse();
        assertThat(VoteTally.of(44, 0, 1).isUnanimous()).isFalse();
        assertThat(VoteTally.of(0, 0, 0).isUnanimous()).isFalse();
    }

    @Test
    void totalCountsAbstentions() {
        assertThat(VoteTally.of(30, 2, 3).total()).isEqualTo(35);
    }

    @Test
    void rejectsNegativeCountsAndOverflow() {
        assertThatIllegalArgumentException().isThrownBy(() -> VoteTally.of(-1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> VoteTally.of(0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> VoteTally.of(0, 0, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> VoteTally.of(Integer.MAX_VALUE, 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> VoteTally.unanimous(0));
    }
}
