package io.github.unionkit.rules.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyCharterTest {

    @Test
    void aBodyMayLeaveEveryStrategyToTheCharterDefaults() {
        BodyCharter presidium = new BodyCharter(BodyKind.PRESIDIUM, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(presidium.quorum()).isEmpty();
        assertThat(presidium.majority()).isEmpty();
    }

    @Test
    void theEducationUnionsConferenceIsThereWithItsTwoThirdsQuorum() {
        BodyCharter conference = CharterProfile.educationUnion().body(BodyKind.CONFERENCE).orElseThrow();
        assertThat(conference.kind()).isEqualTo(BodyKind.CONFERENCE);
        assertThat(conference.quorum()).contains(Quorum.atLeast(2, 3));
    }

    @Test
    void aMeetingIntervalMustBePositive() {
        assertThatThrownBy(() -> new BodyCharter(BodyKind.COMMITTEE, Optional.of(Period.ZERO), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BodyCharter(BodyKind.COMMITTEE, Optional.of(Period.ofMonths(-4)), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BodyCharter(BodyKind.COMMITTEE, Optional.of(Period.ofMonths(4)), Optional.empty(), Optional.empty())
                .meetingInterval()).contains(Period.ofMonths(4));
        assertThatThrownBy(() -> new BodyCharter(null, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}
