package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.registry.Eligibility.Status;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.MembershipExit;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    @Test
    void onlyAnActiveAnswerIsEligible() {
        assertThat(new Eligibility(DAY, Status.ACTIVE, Optional.of(DAY), Optional.empty()).eligible()).isTrue();
        assertThat(new Eligibility(DAY, Status.UNKNOWN_CARD, Optional.empty(), Optional.empty()).eligible()).isFalse();
        assertThat(new Eligibility(DAY, Status.LEFT, Optional.empty(),
                Optional.of(MembershipExit.of(DAY, ExitReason.DEATH))).eligible()).isFalse();
    }

    @Test
    void sinceAndExitMustFitTheStatus() {
        assertThatThrownBy(() -> new Eligibility(DAY, Status.ACTIVE, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Eligibility(DAY, Status.UNKNOWN_MEMBER, Optional.of(DAY), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Eligibility(DAY, Status.ACTIVE, Optional.of(DAY),
                Optional.of(MembershipExit.of(DAY, ExitReason.DEATH)))).isInstanceOf(IllegalArgumentException.class);
    }
}
