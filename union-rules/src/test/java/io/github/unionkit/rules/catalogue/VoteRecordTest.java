package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.rules.charter.StandardMajority;
import org.junit.jupiter.api.Test;

class VoteRecordTest {

    @Test
    void aRecordRequiresTheProfilesMajorityUntilToldOtherwise() {
        VoteRecord vote = VoteRecord.of(BodyKind.COMMITTEE, 90, 61, VoteTally.unanimous(61));
        assertThat(vote.requiredMajority()).isEmpty();
        VoteRecord charterChange = vote.requiring(StandardMajority.TWO_THIRDS_OF_PRESENT);
        assertThat(charterChange.requiredMajority()).contains(StandardMajority.TWO_THIRDS_OF_PRESENT);
        assertThat(charterChange.tally()).isEqualTo(vote.tally());
        assertThat(vote.requiredMajority()).isEmpty();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> VoteRecord.of(BodyKind.COMMITTEE, -1, 0, VoteTally.unanimous(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoteRecord.of(BodyKind.COMMITTEE, 5, -2, VoteTally.unanimous(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoteRecord.of(BodyKind.COMMITTEE, 5, 5, null)).isInstanceOf(NullPointerException.class);
    }
}
