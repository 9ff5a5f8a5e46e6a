package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ExactDayDeadlineTest {

    private static final LocalDate DAY = LocalDate.of(2020, 12, 29);

    @Test
    void windowIsTheSingleDayAndItIsTheLastDay() {
        ExactDayDeadline deadline = Deadline.onDay(DAY);

        assertThat(deadline.day()).isEqualTo(DAY);
        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(DAY, DAY));
        assertThat(deadline.lastDay()).contains(DAY);
        assertThat(deadline.kind()).isEqualTo(DeadlineKind.EXACT_DAY);
    }

    @Test
    void statusIsDueOnlyOnTheDay() {
        ExactDayDeadline deadline = Deadline.onDay(DAY);

        assertThat(deadline.statusAsOf(DAY.minusDays(1))).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadline.statusAsOf(DAY)).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(DAY.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void withPhraseKeepsTheDayAndTakesPartInEquality() {
        ExactDayDeadline plain = Deadline.onDay(DAY);
        ExactDayDeadline phrased = plain.withPhrase("29 декабря 2020 г.");

        assertThat(phrased.day()).isEqualTo(DAY);
        assertThat(phrased.phrase()).contains("29 декабря 2020 г.");
        assertThat(plain.phrase()).isEmpty();
        assertThat(phrased).isNotEqualTo(plain).isEqualTo(Deadline.onDay(DAY).withPhrase("29 декабря 2020 г."));
        assertThat(phrased.hashCode()).isEqualTo(Deadline.onDay(DAY).withPhrase("29 декабря 2020 г.").hashCode());
        assertThat(phrased.withoutPhrase()).isEqualTo(plain);
        assertThat(plain.withoutPhrase()).isSameAs(plain);
    }

    @Test
    void differentDaysAreNotEqual() {
        assertThat(Deadline.onDay(DAY)).isNotEqualTo(Deadline.onDay(DAY.plusDays(1)));
    }

    @Test
    void toStringShowsTheFactoryArgumentAndTheQuotedPhrase() {
        assertThat(Deadline.onDay(DAY)).hasToString("OnDay[2020-12-29]");
        assertThat(Deadline.onDay(DAY).withPhrase("29 декабря 2020 г."))
                .hasToString("OnDay[2020-12-29 \"29 декабря 2020 г.\"]");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Deadline.onDay(null)).withMessage("day");
        assertThatNullPointerException().isThrownBy(() -> Deadline.onDay(DAY).withPhrase(null))
                .withMessage("phrase");
    }
}
