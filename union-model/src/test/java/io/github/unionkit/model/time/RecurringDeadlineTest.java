package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class RecurringDeadlineTest {

    private static final LocalDate FROM = LocalDate.of(2020, 12, 18);

    @Test
    void hasAnOpenWindowFromItsStartAndNoLastDay() {
        RecurringDeadline deadline = Deadline.recurring(Recurrence.QUARTERLY, FROM);

        assertThat(deadline.recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(deadline.from()).isEqualTo(FROM);
        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofUnboundedEnd(FROM));
        assertThat(deadline.lastDay()).isEmpty();
        assertThat(deadline.statusAsOf(FROM.minusDays(1))).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadline.statusAsOf(FROM.plusYears(3))).isEqualTo(DeadlineStatus.ONGOING);
    }

    @Test
    void nextDueDateIsTheLastDayOfTheCurrentQuarter() {
        RecurringDeadline deadline = Deadline.recurring(Recurrence.QUARTERLY, FROM);

        assertThat(deadline.nextDueDate(LocalDate.of(2021, 2, 15))).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(deadline.nextDueDate(LocalDate.of(2021, 3, 31))).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(deadline.nextDueDate(LocalDate.of(2021, 4, 1))).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void nextDueDateFollowsEachRecurrence() {
        LocalDate asOf = LocalDate.of(2021, 2, 15);

        assertThat(Deadline.recurring(Recurrence.MONTHLY, FROM).nextDueDate(asOf)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(Deadline.recurring(Recurrence.HALF_YEARLY, FROM).nextDueDate(asOf))
                .isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(Deadline.recurring(Recurrence.YEARLY, FROM).nextDueDate(asOf)).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void beforeItsStartTheFirstPeriodIsDueAndItBeginsOnTheStart() {
        RecurringDeadline deadline = Deadline.recurring(Recurrence.QUARTERLY, FROM);

        assertThat(deadline.periodAsOf(LocalDate.of(2020, 1, 1)))
                .isEqualTo(LocalDateRange.ofClosed(FROM, LocalDate.of(2020, 12, 31)));
        assertThat(deadline.nextDueDate(LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void laterPeriodsAreWholeCalendarPeriods() {
        RecurringDeadline deadline = Deadline.recurring(Recurrence.QUARTERLY, FROM);

        assertThat(deadline.periodAsOf(LocalDate.of(2021, 5, 5)))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30)));
    }

    @Test
    void nextDueDateAsOfAClockUsesItsDate() {
        Clock clock = Clock.fixed(Instant.parse("2021-07-10T12:00:00Z"), ZoneOffset.UTC);

        assertThat(Deadline.recurring(Recurrence.QUARTERLY, FROM).nextDueDate(clock))
                .isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void equalityAndTextFormCoverRecurrenceStartAndPhrase() {
        RecurringDeadline deadline = Deadline.recurring(Recurrence.QUARTERLY, FROM).withPhrase("ежеквартально");

        assertThat(deadline).hasToString("Recurring[QUARTERLY, 2020-12-18 \"ежеквартально\"]")
                .isEqualTo(Deadline.recurring(Recurrence.QUARTERLY, FROM).withPhrase("ежеквартально"))
                .isNotEqualTo(Deadline.recurring(Recurrence.MONTHLY, FROM).withPhrase("ежеквартально"))
                .isNotEqualTo(Deadline.recurring(Recurrence.QUARTERLY, FROM));
    }
}
