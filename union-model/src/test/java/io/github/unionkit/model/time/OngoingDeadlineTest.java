package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OngoingDeadlineTest {

    private static final LocalDate FROM = LocalDate.of(2020, 12, 18);

    @Test
    void windowStartsOnTheGivenDayAndHasNoEndNorLastDay() {
        OngoingDeadline deadline = Deadline.ongoing(FROM);

        assertThat(deadline.from()).isEqualTo(FROM);
        assertThat(deadline.window().getStart()).isEqualTo(FROM);
        assertThat(deadline.window().isUnboundedEnd()).isTrue();
        assertThat(deadline.window().contains(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(deadline.lastDay()).isEmpty();
    }

    @Test
    void isNotYetDueBeforeItsStartAndOngoingFromThen() {
        OngoingDeadline deadline = Deadline.ongoing(FROM);

        assertThat(deadline.statusAsOf(FROM.minusDays(1))).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadline.statusAsOf(FROM)).isEqualTo(DeadlineStatus.ONGOING);
        assertThat(deadline.statusAsOf(FROM.plusYears(10))).isEqualTo(DeadlineStatus.ONGOING);
    }

    @Test
    void equalityAndTextFormCoverStartAndPhrase() {
        OngoingDeadline deadline = Deadline.ongoing(FROM).withPhrase("продолжить работу");

        assertThat(deadline).hasToString("Ongoing[2020-12-18 \"продолжить работу\"]")
                .isEqualTo(Deadline.ongoing(FROM).withPhrase("продолжить работу"))
                .isNotEqualTo(Deadline.ongoing(FROM).withPhrase("постоянно"))
                .isNotEqualTo(Deadline.ongoing(FROM.plusDays(1)).withPhrase("продолжить работу"));
    }
}
