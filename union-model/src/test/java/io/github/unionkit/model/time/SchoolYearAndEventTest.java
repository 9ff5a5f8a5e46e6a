package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class SchoolYearAndEventTest {

    @Test
    void aSchoolYearRunsFromTheFirstOfSeptemberToTheLastOfAugust() {
        SchoolYear year = SchoolYear.parse("2021/2022");

        assertThat(year).isEqualTo(SchoolYear.of(2021)).isEqualTo(SchoolYear.parse("2021-2022")).hasToString("2021/2022");
        assertThat(year.range()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31)));
        assertThat(SchoolYear.containing(LocalDate.of(2021, 8, 31))).isEqualTo(SchoolYear.of(2020));
        assertThat(SchoolYear.containing(LocalDate.of(2021, 9, 1))).isEqualTo(year);
        assertThat(SchoolYear.startingOnOrAfter(LocalDate.of(2021, 9, 1))).isEqualTo(year);
        assertThat(SchoolYear.startingOnOrAfter(LocalDate.of(2021, 9, 2))).isEqualTo(SchoolYear.of(2022));
        assertThatThrownBy(() -> SchoolYear.parse("2021/2023")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolYear.parse("21/22")).isInstanceOf(IllegalArgumentException.class);
        Deadline deadline = Deadline.inSchoolYear(year);
        assertThat(deadline.lastDay()).contains(LocalDate.of(2022, 8, 31));
        assertThat(deadline).hasToString("InSchoolYear[2021/2022]");
    }

    @Test
    void aTermAfterAnEventIsUnknownUntilTheEventIsDated() {
        AfterEventDeadline deadline = Deadline.afterEvent("после проведения конференции",
                RelativeTerm.of(10, RelativeTerm.Unit.DAYS));

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ALL);
        assertThat(deadline.lastDay()).isEmpty();
        assertThat(deadline.statusAsOf(LocalDate.of(2021, 1, 1))).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(deadline.resolveAt(LocalDate.of(2021, 1, 31)))
                .isEqualTo(Deadline.noLaterThan(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 2, 10)));
        assertThat(Deadline.afterEvent("по итогам года").resolveAt(LocalDate.of(2021, 1, 11)))
                .isEqualTo(Deadline.ongoing(LocalDate.of(2021, 1, 11)));
        AfterEventDeadline working = Deadline.afterEvent("после проведения заседания",
                RelativeTerm.of(3, RelativeTerm.Unit.WORKING_DAYS));
        assertThatThrownBy(() -> working.resolveAt(LocalDate.of(2024, 1, 1))).isInstanceOf(IllegalStateException.class);
        assertThat(working.resolveAt(LocalDate.of(2024, 12, 27), ProductionCalendar.russian()).flatMap(Deadline::lastDay))
                .contains(LocalDate.of(2025, 1, 10));
        assertThatThrownBy(() -> Deadline.afterEvent(" ")).isInstanceOf(InvalidDeadlineException.class);
    }

    @Test
    void dueRulesAreCheckedAgainstTheirRecurrence() {
        assertThatThrownBy(() -> RecurringDue.byDay(0, 1, UntilPolicy.EXCLUSIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecurringDue.byDay(0, 32, UntilPolicy.EXCLUSIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecurringDue.within(11, 2)).isInstanceOf(IllegalArgumentException.class);
        LocalDate from = LocalDate.of(2020, 12, 18);
        assertThatThrownBy(() -> Deadline.recurring(Recurrence.MONTHLY, from, RecurringDue.byDay(2, 5, UntilPolicy.EXCLUSIVE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadline.recurring(Recurrence.QUARTERLY, from, RecurringDue.within(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadline.recurring(Recurrence.YEARLY, from, RecurringDue.byDay(3, 31, UntilPolicy.INCLUSIVE)))
                .isInstanceOf(IllegalArgumentException.class);
        RecurringDeadline february = Deadline.recurring(Recurrence.YEARLY, from, RecurringDue.byDay(1, 29,
                UntilPolicy.INCLUSIVE));
        assertThat(february.nextDueDate(from)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(february.nextDueDate(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(february).isNotEqualTo(Deadline.recurring(Recurrence.YEARLY, from));
    }
}
