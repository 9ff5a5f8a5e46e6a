package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class QuarterDeadlineTest {

    @Test
    void eachQuarterRunsFromItsFirstToItsLastDay() {
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 1)).window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)));
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 2)).window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30)));
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 3)).window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30)));
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 4)).window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void seedSizeBandsFallDueAtTheEndOfTheFirstAndSecondQuarter() {
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 1)).lastDay()).contains(LocalDate.of(2021, 3, 31));
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 2)).lastDay()).contains(LocalDate.of(2021, 6, 30));
    }

    @Test
    void keepsTheQuarterAndPrintsItInIsoForm() {
        QuarterDeadline deadline = Deadline.inQuarter(YearQuarter.of(2021, 1)).withPhrase("в первом квартале 2021 г.");

        assertThat(deadline.quarter()).isEqualTo(YearQuarter.of(2021, 1));
        assertThat(deadline).hasToString("InQuarter[2021-Q1 \"в первом квартале 2021 г.\"]");
    }

    @Test
    void equalityCoversQuarterAndPhrase() {
        QuarterDeadline deadline = Deadline.inQuarter(YearQuarter.of(2021, 4));

        assertThat(deadline).isEqualTo(Deadline.inQuarter(YearQuarter.of(2021, 4)))
                .hasSameHashCodeAs(Deadline.inQuarter(YearQuarter.of(2021, 4)))
                .isNotEqualTo(Deadline.inQuarter(YearQuarter.of(2020, 4)))
                .isNotEqualTo(deadline.withPhrase("в IV квартале"));
    }
}
