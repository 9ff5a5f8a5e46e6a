package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class RecurrenceTest {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 15);

    @Test
    void periodsAreCalendarPeriodsContainingTheDay() {
        assertThat(Recurrence.MONTHLY.periodContaining(DAY))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 8, 31)));
        assertThat(Recurrence.QUARTERLY.periodContaining(DAY))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30)));
        assertThat(Recurrence.HALF_YEARLY.periodContaining(DAY))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)));
        assertThat(Recurrence.YEARLY.periodContaining(DAY))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void endOfPeriodIsTheLastDayOfThePeriodAndTheDayItselfOnThatDay() {
        assertThat(Recurrence.QUARTERLY.endOfPeriodContaining(DAY)).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(Recurrence.QUARTERLY.endOfPeriodContaining(LocalDate.of(2021, 9, 30)))
                .isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(Recurrence.MONTHLY.endOfPeriodContaining(LocalDate.of(2024, 2, 1)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
