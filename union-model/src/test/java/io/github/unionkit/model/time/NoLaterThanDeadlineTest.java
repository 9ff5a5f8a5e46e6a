package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class NoLaterThanDeadlineTest {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2020, 12, 18);
    private static final LocalDate DAY = LocalDate.of(2020, 12, 29);

    @Test
    void includesTheNamedDayAndStartsAtTheDocumentDate() {
        NoLaterThanDeadline deadline = Deadline.noLaterThan(DOCUMENT_DATE, DAY);

        assertThat(deadline.windowStart()).isEqualTo(DOCUMENT_DATE);
        assertThat(deadline.day()).isEqualTo(DAY);
        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(DOCUMENT_DATE, DAY));
        assertThat(deadline.lastDay()).contains(DAY);
        assertThat(deadline.statusAsOf(DAY)).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(DAY.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void acceptsAWindowOfOneDay() {
        assertThat(Deadline.noLaterThan(DAY, DAY).window().lengthInDays()).isEqualTo(1);
    }

    @Test
    void rejectsAWindowStartAfterTheDayWithBothDates() {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> Deadline.noLaterThan(DAY.plusDays(1), DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .withMessageContaining("2020-12-30").withMessageContaining("2020-12-29")
                .satisfies(e -> {
                    assertThat(e.errorType()).isEqualTo(InvalidDeadlineException.ErrorType.WINDOW_START_AFTER_LAST_DAY);
                    assertThat(e.first()).contains(DAY.plusDays(1));
                    assertThat(e.last()).contains(DAY);
                });
    }

    @Test
    void equalityCoversWindowStartDayAndPhrase() {
        NoLaterThanDeadline deadline = Deadline.noLaterThan(DOCUMENT_DATE, DAY);

        assertThat(deadline).isEqualTo(Deadline.noLaterThan(DOCUMENT_DATE, DAY))
                .hasSameHashCodeAs(Deadline.noLaterThan(DOCUMENT_DATE, DAY))
                .isNotEqualTo(Deadline.noLaterThan(DOCUMENT_DATE.plusDays(1), DAY))
                .isNotEqualTo(Deadline.noLaterThan(DOCUMENT_DATE, DAY.plusDays(1)))
                .isNotEqualTo(deadline.withPhrase("не позднее 29 декабря"))
                .isNotEqualTo(Deadline.onDay(DAY));
    }

    @Test
    void toStringShowsWindowStartAndDay() {
        assertThat(Deadline.noLaterThan(DOCUMENT_DATE, DAY).withPhrase("не позднее 29 декабря 2020 г."))
                .hasToString("NoLaterThan[2020-12-18, 2020-12-29 \"не позднее 29 декабря 2020 г.\"]");
    }
}
