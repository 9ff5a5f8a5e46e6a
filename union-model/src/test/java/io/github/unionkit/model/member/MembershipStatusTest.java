package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipStatusTest {

    private static final LocalDate ADMITTED = LocalDate.of(2015, 9, 1);
    private static final LocalDate EXIT = LocalDate.of(2021, 6, 30);

    @Test
    void isNotYetAdmittedBeforeAdmission() {
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(EXIT), ADMITTED.minusDays(1)))
                .isEqualTo(MembershipStatus.NOT_YET_ADMITTED);
    }

    @Test
    void isActiveFromAdmissionUntilTheDayBeforeExit() {
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(EXIT), ADMITTED)).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(EXIT), EXIT.minusDays(1)))
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void hasLeftOnTheExitDate() {
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(EXIT), EXIT)).isEqualTo(MembershipStatus.LEFT);
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(EXIT), EXIT.plusYears(5))).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void staysActiveWithoutExit() {
        assertThat(MembershipStatus.of(ADMITTED, Optional.empty(), LocalDate.of(2999, 1, 1)))
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void exitOnAdmissionDayIsNeverActive() {
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(ADMITTED), ADMITTED)).isEqualTo(MembershipStatus.LEFT);
        assertThat(MembershipStatus.of(ADMITTED, Optional.of(ADMITTED), ADMITTED.minusDays(1)))
                .isEqualTo(MembershipStatus.NOT_YET_ADMITTED);
    }
}
