package io.github.unionkit.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.unionkit.model.time.ProductionCalendar;
import io.github.unionkit.model.time.RelativeTerm;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Terms counted as the Civil Code counts them (arts. 191-192), checked against java.time computed
 * independently over generated dates — month ends and leap years included.
 */
class RelativeTermLawsTest {

    private static final long SEED = 0x2020_12_18L;

    @Test
    void daysAndWeeksAddExactlyThatManyDays() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.dates()), integers().between(1, 400))
                .checkAssert((from, n) -> {
                    assertThat(ChronoUnit.DAYS.between(from, RelativeTerm.of(n, RelativeTerm.Unit.DAYS).lastDayFrom(from)))
                            .isEqualTo((long) n);
                    LocalDate weeks = RelativeTerm.of(n, RelativeTerm.Unit.WEEKS).lastDayFrom(from);
                    assertThat(ChronoUnit.DAYS.between(from, weeks)).isEqualTo(7L * n);
                    assertThat(weeks.getDayOfWeek()).isEqualTo(from.getDayOfWeek());
                });
    }

    @Test
    void monthsAndYearsEndOnTheSameDayOfMonthOrTheLastDayOfAShorterMonth() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.dates()), integers().between(1, 60))
                .checkAssert((from, n) -> {
                    LocalDate months = RelativeTerm.of(n, RelativeTerm.Unit.MONTHS).lastDayFrom(from);
                    YearMonth target = YearMonth.from(from).plusMonths(n);
                    assertThat(YearMonth.from(months)).isEqualTo(target);
                    assertThat(months.getDayOfMonth()).isEqualTo(Math.min(from.getDayOfMonth(), target.lengthOfMonth()));
                    LocalDate years = RelativeTerm.of(n, RelativeTerm.Unit.YEARS).lastDayFrom(from);
                    YearMonth targetYear = YearMonth.from(from).plusYears(n);
                    assertThat(YearMonth.from(years)).isEqualTo(targetYear);
                    assertThat(years.getDayOfMonth())
                            .isEqualTo(Math.min(from.getDayOfMonth(), targetYear.lengthOfMonth()));
                });
    }

    @Test
    void workingDaysEndOnAWorkingDayWithExactlyThatManyWorkingDaysAfterTheStart() {
        ProductionCalendar calendar = ProductionCalendar.russian();
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.dates(LocalDate.of(2022, 1, 1),
                        LocalDate.of(2026, 10, 31))), integers().between(1, 40))
                .checkAssert((from, n) -> {
                    LocalDate last = RelativeTerm.of(n, RelativeTerm.Unit.WORKING_DAYS).lastDayFrom(from, calendar)
                            .orElseThrow();
                    assertThat(calendar.isWorkingDay(last)).contains(true);
                    long counted = from.plusDays(1).datesUntil(last.plusDays(1))
                            .filter(d -> calendar.isWorkingDay(d).orElseThrow()).count();
                    assertThat(counted).isEqualTo((long) n);
                });
    }
}
