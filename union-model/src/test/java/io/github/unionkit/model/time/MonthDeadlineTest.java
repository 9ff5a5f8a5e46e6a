package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class MonthDeadlineTest {

    @Test
    void windowRunsFromTheFirstToTheLastDayOfTheMonth() {
        MonthDeadline deadline = Deadline.inMonth(YearMonth.of(2021, 1));

        assertThat(deadline.month()).isEqualTo(YearMonth.of(2021, 1));
        assertThat(deadline.window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)));
        assertThat(deadline.lastDay()).contains(LocalDate.of(2021, 1, 31));
    }

    @Test
    void februaryEndsOnTheTwentyNinthInLeapYears() {
        assertThat(Deadline.inMonth(YearMonth.of(2024, 2)).lastDay()).contains(LocalDate.of(2024, 2, 29));
        assertThat(Deadline.inMonth(YearMonth.of(2021, 2)).lastDay()).contains(LocalDate.of(2021, 2, 28));
    }

    @Test
    void equalityAndTextFormCoverMonthAndPhrase() {
        MonthDeadline deadline = Deadline.inMonth(YearMonth.of(2021, 1)).withPhrase("в январе т.г.");

        assertThat(deadline).hasToString("InMonth[2021-01 \"в январе т.г.\"]")
                .isEqualTo(Deadline.inMonth(YearMonth.of(2021, 1)).withPhrase("в январе т.г."))
                .isNotEqualTo(Deadline.inMonth(YearMonth.of(2021, 2)).withPhrase("в январе т.г."))
                .isNotEqualTo(deadline.withPhrase("в январе 2021 г."));
        assertThat(deadline.withoutPhrase()).hasToString("InMonth[2021-01]");
    }
}
