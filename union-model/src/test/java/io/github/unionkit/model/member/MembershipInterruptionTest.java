package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipInterruptionTest {

    @Test
    void theReadmissionComesAfterTheExit() {
        MembershipExit exit = MembershipExit.of(LocalDate.of(2018, 6, 30), ExitReason.VOLUNTARY);
        assertThat(MembershipInterruption.of(exit, LocalDate.of(2018, 7, 1)).readmission()).hasToString("2018-07-01");
        assertThatThrownBy(() -> MembershipInterruption.of(exit, LocalDate.of(2018, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipInterruption.of(null, LocalDate.of(2018, 6, 30)))
                .isInstanceOf(NullPointerException.class);
    }
}
