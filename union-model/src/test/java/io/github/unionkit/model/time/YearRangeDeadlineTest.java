package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class YearRangeDeadlineTest {

    @Test
    void windowRunsFromTheFirstDayOfTheFirstYearToTheLastDayOfTheLastYear() {
        YearRangeDeadline deadline = Deadline.inYears(Year.of(2020), Year.of(2025));

        assertThat(deadline.first()).isEqualTo(Year.of(2020));
        assertThat(deadline.last()).isEqualTo(Year.of(2025));
        assertThat(deadline.window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(deadline.lastDay()).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aRangeOfOneYearHasTheWindowOfThatYear() {
        assertThat(Deadline.inYears(Year.of(2021), Year.of(2021)).window())
                .isEqualTo(Deadline.inYear(Year.of(2021)).window());
    }

    @Test
    void rejectsAReversedRangeNamingTheYears() {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> Deadline.inYears(Year.of(2025), Year.of(2020)))
                .withMessageContaining("2025").withMessageContaining("2020")
                .satisfies(e -> {
                    assertThat(e.errorType()).isEqualTo(InvalidDeadlineException.ErrorType.FIRST_AFTER_LAST);
                    assertThat(e.first()).contains(LocalDate.of(2025, 1, 1));
                    assertThat(e.last()).contains(LocalDate.of(2020, 12, 31));
                });
    }

    @Test
    void equalityAndTextFormCoverBothYearsAndPhrase() {
        YearRangeDeadline deadline = Deadline.inYears(Year.of(2020), Year.of(2025)).withPhrase("на 2020-2025 годы");

        assertThat(deadline).hasToString("InYears[2020, 2025 \"на 2020-2025 годы\"]")
                .isEqualTo(Deadline.inYears(Year.of(2020), Year.of(2025)).withPhrase("на 2020-2025 годы"))
                .isNotEqualTo(Deadline.inYears(Year.of(2020), Year.of(2024)).withPhrase("на 2020-2025 годы"))
                .isNotEqualTo(Deadline.inYears(Year.of(2020), Year.of(2025)));
    }
}
