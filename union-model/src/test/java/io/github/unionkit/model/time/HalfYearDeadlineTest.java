package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;

class HalfYearDeadlineTest {

    @Test
    void firstHalfRunsFromJanuaryToJuneAndSecondFromJulyToDecember() {
        assertThat(Deadline.inHalf(YearHalf.of(2021, 1)).window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)));
        assertThat(Deadline.inHalf(YearHalf.of(2021, 2)).window())
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void keepsTheHalfAndPrintsItInIsoForm() {
        HalfYearDeadline deadline = Deadline.inHalf(YearHalf.of(2021, 1)).withPhrase("в первом полугодии 2021 года");

        assertThat(deadline.half()).isEqualTo(YearHalf.of(2021, 1));
        assertThat(deadline.lastDay()).contains(LocalDate.of(2021, 6, 30));
        assertThat(deadline).hasToString("InHalf[2021-H1 \"в первом полугодии 2021 года\"]");
    }

    @Test
    void equalityCoversHalfAndPhrase() {
        assertThat(Deadline.inHalf(YearHalf.of(2021, 1)))
                .isEqualTo(Deadline.inHalf(YearHalf.of(2021, 1)))
                .isNotEqualTo(Deadline.inHalf(YearHalf.of(2021, 2)))
                .isNotEqualTo(Deadline.inHalf(YearHalf.of(2021, 1)).withPhrase("в первом полугодии"));
    }
}
