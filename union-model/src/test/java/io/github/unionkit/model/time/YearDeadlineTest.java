package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class YearDeadlineTest {

    @Test
    void windowRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember() {
        YearDeadline deadline = Deadline.inYear(Year.of(2024));

        assertThat(deadline.year()).isEqualTo(Year.of(2024));
        assertThat(deadline.window().getStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(deadline.window().getEndInclusive()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(deadline.window().lengthInDays()).isEqualTo(366);
        assertThat(deadline.lastDay()).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void equalityAndTextFormCoverYearAndPhrase() {
        YearDeadline deadline = Deadline.inYear(Year.of(2021)).withPhrase("в течение 2021 года");

        assertThat(deadline).hasToString("InYear[2021 \"в течение 2021 года\"]")
                .isEqualTo(Deadline.inYear(Year.of(2021)).withPhrase("в течение 2021 года"))
                .isNotEqualTo(Deadline.inYear(Year.of(2021)))
                .isNotEqualTo(Deadline.inYear(Year.of(2022)).withPhrase("в течение 2021 года"));
    }
}
