package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DayRangeDeadlineTest {

    private static final LocalDate FIRST = LocalDate.of(2016, 5, 20);
    private static final LocalDate LAST = LocalDate.of(2016, 5, 21);

    @Test
    void windowIncludesBothDays() {
        DayRangeDeadline deadline = Deadline.between(FIRST, LAST);

        assertThat(deadline.first()).isEqualTo(FIRST);
        assertThat(deadline.last()).isEqualTo(LAST);
        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(FIRST, LAST));
        assertThat(deadline.lastDay()).contains(LAST);
    }

    @Test
    void aRangeOfOneDayIsAccepted() {
        assertThat(Deadline.between(FIRST, FIRST).window().lengthInDays()).isEqualTo(1);
    }

    @Test
    void rejectsAReversedRangeWithBothDays() {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> Deadline.between(LAST, FIRST))
                .withMessageContaining("2016-05-21").withMessageContaining("2016-05-20")
                .satisfies(e -> {
                    assertThat(e.errorType()).isEqualTo(InvalidDeadlineException.ErrorType.FIRST_AFTER_LAST);
                    assertThat(e.first()).contains(LAST);
                    assertThat(e.last()).contains(FIRST);
                });
    }

    @Test
    void equalityAndTextFormCoverBothDaysAndPhrase() {
        DayRangeDeadline deadline = Deadline.between(FIRST, LAST).withPhrase("20-21 мая 2016 года");

        assertThat(deadline).hasToString("Between[2016-05-20, 2016-05-21 \"20-21 мая 2016 года\"]")
                .isEqualTo(Deadline.between(FIRST, LAST).withPhrase("20-21 мая 2016 года"))
                .isNotEqualTo(Deadline.between(FIRST, LAST.plusDays(1)).withPhrase("20-21 мая 2016 года"))
                .isNotEqualTo(Deadline.between(FIRST, LAST));
    }
}
