package io.github.unionkit.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RecurringDeadline;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/** Laws of quarter, half-year and year windows, checked with QuickTheories through the adapter. */
class CalendarPeriodLawsTest {

    private static final long SEED = 20_201_218L;
    private static final int EXAMPLES = 300;

    @Test
    void theFourQuartersOfAYearAreOrderedDisjointAndCoverIt() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.years()))
                .checkAssert(year -> {
                    List<LocalDateRange> quarters = new ArrayList<>();
                    for (int q = 1; q <= 4; q++) {
                        quarters.add(Deadline.inQuarter(YearQuarter.of(year, q)).window());
                    }
                    LocalDateRange whole = Deadline.inYear(year).window();

                    assertThat(quarters.get(0).getStart()).isEqualTo(whole.getStart());
                    assertThat(quarters.get(3).getEndInclusive()).isEqualTo(whole.getEndInclusive());
                    int days = 0;
                    for (int i = 0; i < 4; i++) {
                        days += quarters.get(i).lengthInDays();
                        assertThat(whole.encloses(quarters.get(i))).isTrue();
                        if (i < 3) {
                            assertThat(quarters.get(i).abuts(quarters.get(i + 1))).as("Q%d/Q%d", i + 1, i + 2).isTrue();
                            assertThat(quarters.get(i).isBefore(quarters.get(i + 1))).isTrue();
                        }
                        for (int j = i + 1; j < 4; j++) {
                            assertThat(quarters.get(i).overlaps(quarters.get(j))).isFalse();
                        }
                    }
                    assertThat(days).isEqualTo(year.length());
                });
    }

    @Test
    void aHalfYearIsTheUnionOfItsTwoQuarters() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.halves()))
                .checkAssert(half -> {
                    int firstQuarter = half.getHalfValue() * 2 - 1;
                    LocalDateRange a = Deadline.inQuarter(YearQuarter.of(half.getYear(), firstQuarter)).window();
                    LocalDateRange b = Deadline.inQuarter(YearQuarter.of(half.getYear(), firstQuarter + 1)).window();

                    assertThat(a.union(b)).isEqualTo(Deadline.inHalf(half).window());
                    assertThat(Deadline.inHalf(half).lastDay()).isEqualTo(Deadline.inQuarter(
                            YearQuarter.of(half.getYear(), firstQuarter + 1)).lastDay());
                });
    }

    @Test
    void theTwoHalvesOfAYearMakeTheYear() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.years()))
                .checkAssert(year -> assertThat(Deadline.inHalf(YearHalf.of(year, 1)).window()
                        .union(Deadline.inHalf(YearHalf.of(year, 2)).window()))
                        .isEqualTo(Deadline.inYear(year).window()));
    }

    @Test
    void everyDateLiesInTheQuarterDeadlineOfItsQuarterAndItsRecurringPeriod() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.dates()))
                .checkAssert(date -> {
                    LocalDateRange quarter = Deadline.inQuarter(YearQuarter.from(date)).window();

                    assertThat(quarter.contains(date)).isTrue();
                    assertThat(Recurrence.QUARTERLY.periodContaining(date)).isEqualTo(quarter);
                    assertThat(Recurrence.HALF_YEARLY.periodContaining(date))
                            .isEqualTo(Deadline.inHalf(YearHalf.from(date)).window());
                });
    }

    @Test
    void nextDueDateOfARecurringDeadlineIsTheEndOfThePeriodInProgress() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.recurringDeadlines()),
                        QuickTheoriesGenerators.from(DeadlineGenerators.dates()))
                .checkAssert((deadline, asOf) -> {
                    LocalDate effective = asOf.isBefore(deadline.from()) ? deadline.from() : asOf;
                    LocalDate due = deadline.nextDueDate(asOf);

                    assertThat(due).isAfterOrEqualTo(effective);
                    if (deadline.due().isEmpty()) {
                        assertThat(due).isEqualTo(deadline.recurrence().endOfPeriodContaining(effective));
                    }
                    assertThat(deadline.periodAsOf(asOf).contains(effective)).isTrue();
                    assertThat(deadline.periodAsOf(asOf).getStart()).isAfterOrEqualTo(deadline.from());
                    assertThat(followingDue(deadline, due)).isAfter(due);
                });
    }

    @Test
    void occurrencesAreOrderedInsideTheirPeriodsAndNoneIsMissed() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.recurringDeadlines()),
                        QuickTheoriesGenerators.from(DeadlineGenerators.dates()))
                .checkAssert((deadline, asOf) -> {
                    LocalDate first = asOf.isBefore(deadline.from()) ? deadline.from() : asOf;
                    LocalDate last = first.plusYears(3);
                    List<RecurringDeadline.Occurrence> occurrences = deadline.occurrences(first, last);
                    LocalDate effective = first;
                    LocalDate previousDue = null;
                    LocalDateRange previousPeriod = null;
                    for (RecurringDeadline.Occurrence o : occurrences) {
                        // inside the period: the window starts in it (cut at the duty's first day) and the due
                        // day is at most one month past it
                        assertThat(o.window().getStart()).as("%s", o).isAfterOrEqualTo(o.period().getStart());
                        assertThat(o.window().getEndInclusive()).isEqualTo(o.due());
                        assertThat(o.due()).isAfterOrEqualTo(o.period().getStart())
                                .isBeforeOrEqualTo(o.period().getEndInclusive().plusMonths(1));
                        assertThat(o.window().getStart()).isAfterOrEqualTo(deadline.from());
                        assertThat(o.period()).isEqualTo(deadline.recurrence().periodContaining(o.period().getStart()));
                        assertThat(o.due()).isBetween(effective, last);
                        if (previousDue != null) {
                            assertThat(o.due()).isAfter(previousDue);
                            assertThat(o.period().getStart()).isEqualTo(previousPeriod.getEndInclusive().plusDays(1));
                        }
                        previousDue = o.due();
                        previousPeriod = o.period();
                    }
                    // one occurrence per period: three years hold at least 2 and at most 37 of them
                    assertThat(occurrences.size()).isBetween(2, 37);
                    if (!occurrences.isEmpty()) {
                        assertThat(deadline.nextDueDate(first)).isEqualTo(occurrences.get(0).due());
                    }
                });
    }

    private static LocalDate followingDue(RecurringDeadline deadline, LocalDate due) {
        return deadline.nextDueDate(due.plusDays(1));
    }
}
