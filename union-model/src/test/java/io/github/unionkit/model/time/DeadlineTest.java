package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

class DeadlineTest {

    /** The adoption date of the seed decree № 3-1. */
    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2020, 12, 18);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void seedUntilDecemberTheTwentyNinthExcludesTheBoundaryByDefaultReading() {
        Deadline deadline = Deadline.until(DOCUMENT_DATE, date(2020, 12, 29), UntilPolicy.EXCLUSIVE)
                .withPhrase("До 29 декабря 2020 г.");

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(DOCUMENT_DATE, date(2020, 12, 28)));
        assertThat(deadline.window().getEndInclusive()).isEqualTo(date(2020, 12, 28));
        assertThat(deadline.lastDay()).contains(date(2020, 12, 28));
        assertThat(deadline.phrase()).contains("До 29 декабря 2020 г.");
    }

    @Test
    void seedUntilDecemberTheTwentyNinthIncludesTheBoundaryWhenAskedTo() {
        Deadline deadline = Deadline.until(DOCUMENT_DATE, date(2020, 12, 29), UntilPolicy.INCLUSIVE);

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(DOCUMENT_DATE, date(2020, 12, 29)));
        assertThat(deadline.lastDay()).contains(date(2020, 12, 29));
    }

    @Test
    void seedFirstQuarterRunsFromJanuaryTheFirstToMarchTheThirtyFirst() {
        Deadline deadline = Deadline.inQuarter(YearQuarter.of(2021, 1)).withPhrase("в первом квартале 2021 г.");

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(date(2021, 1, 1), date(2021, 3, 31)));
        assertThat(deadline.lastDay()).contains(date(2021, 3, 31));
    }

    @Test
    void seedFirstHalfRunsFromJanuaryTheFirstToJuneTheThirtieth() {
        Deadline deadline = Deadline.inHalf(YearHalf.of(2021, 1)).withPhrase("в первом полугодии 2021 года");

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(date(2021, 1, 1), date(2021, 6, 30)));
        assertThat(deadline.lastDay()).contains(date(2021, 6, 30));
    }

    @Test
    void seedDuringTwentyTwentyOneCoversTheWholeYear() {
        Deadline deadline = Deadline.inYear(Year.of(2021)).withPhrase("в течение 2021 года");

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(date(2021, 1, 1), date(2021, 12, 31)));
        assertThat(deadline.window().lengthInDays()).isEqualTo(365);
    }

    @Test
    void seedYearsTwentyTwentyToTwentyTwentyFiveCoverSixWholeYears() {
        Deadline deadline = Deadline.inYears(Year.of(2020), Year.of(2025)).withPhrase("на 2020-2025 годы");

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ofClosed(date(2020, 1, 1), date(2025, 12, 31)));
        assertThat(deadline.lastDay()).contains(date(2025, 12, 31));
    }

    @Test
    void seedMeetingDaysTwentiethToTwentyFirstOfMayAreARangeOfDays() {
        Deadline deadline = Deadline.between(date(2016, 5, 20), date(2016, 5, 21));

        assertThat(deadline.window().lengthInDays()).isEqualTo(2);
        assertThat(deadline.lastDay()).contains(date(2016, 5, 21));
    }

    @Test
    void statusMovesFromNotYetDueThroughDueToOverdueAroundTheWindow() {
        Deadline deadline = Deadline.until(DOCUMENT_DATE, date(2020, 12, 29), UntilPolicy.EXCLUSIVE);

        assertThat(deadline.statusAsOf(date(2020, 12, 17))).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadline.statusAsOf(DOCUMENT_DATE)).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(date(2020, 12, 28))).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(date(2020, 12, 29))).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(deadline.statusAsOf(date(2020, 12, 29)).isOverdue()).isTrue();
    }

    @Test
    void inclusiveUntilIsStillDueOnTheBoundaryDay() {
        Deadline deadline = Deadline.until(DOCUMENT_DATE, date(2020, 12, 29), UntilPolicy.INCLUSIVE);

        assertThat(deadline.statusAsOf(date(2020, 12, 29))).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(date(2020, 12, 30))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void quarterIsNotYetDueOnTheDocumentDateAndOverdueAfterItsLastDay() {
        Deadline deadline = Deadline.inQuarter(YearQuarter.of(2021, 1));

        assertThat(deadline.statusAsOf(DOCUMENT_DATE)).isEqualTo(DeadlineStatus.NOT_YET_DUE);
        assertThat(deadline.statusAsOf(date(2021, 1, 1))).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(date(2021, 3, 31))).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(date(2021, 4, 1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void deadlinesWithoutLastDayAreOngoingOnceStartedAndNeverOverdue() {
        List<Deadline> open = List.of(Deadline.ongoing(DOCUMENT_DATE),
                Deadline.recurring(Recurrence.QUARTERLY, DOCUMENT_DATE));

        for (Deadline deadline : open) {
            assertThat(deadline.statusAsOf(DOCUMENT_DATE.minusDays(1))).as("%s", deadline)
                    .isEqualTo(DeadlineStatus.NOT_YET_DUE);
            assertThat(deadline.statusAsOf(DOCUMENT_DATE)).as("%s", deadline).isEqualTo(DeadlineStatus.ONGOING);
            assertThat(deadline.statusAsOf(date(2040, 1, 1))).as("%s", deadline).isEqualTo(DeadlineStatus.ONGOING);
        }
    }

    @Test
    void statusAsOfClockUsesTheClocksDateInItsZone() {
        // 2020-12-28T23:30Z is already 29 December in Moscow (UTC+3).
        Clock moscow = Clock.fixed(java.time.Instant.parse("2020-12-28T23:30:00Z"), ZoneId.of("Europe/Moscow"));
        Clock utc = moscow.withZone(ZoneOffset.UTC);
        Deadline deadline = Deadline.until(DOCUMENT_DATE, date(2020, 12, 29), UntilPolicy.EXCLUSIVE);

        assertThat(deadline.statusAsOf(utc)).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.statusAsOf(moscow)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void statusRejectsNullArguments() {
        Deadline deadline = Deadline.onDay(DOCUMENT_DATE);

        assertThatNullPointerException().isThrownBy(() -> deadline.statusAsOf((LocalDate) null));
        assertThatNullPointerException().isThrownBy(() -> deadline.statusAsOf((Clock) null));
    }

    @Test
    void everyFactoryReturnsTheKindItNamesAndTheVisitorReachesTheSameKind() {
        List<Deadline> all = List.of(
                Deadline.onDay(DOCUMENT_DATE),
                Deadline.noLaterThan(DOCUMENT_DATE, date(2020, 12, 29)),
                Deadline.until(DOCUMENT_DATE, date(2020, 12, 29), UntilPolicy.EXCLUSIVE),
                Deadline.inMonth(YearMonth.of(2021, 1)),
                Deadline.inQuarter(YearQuarter.of(2021, 1)),
                Deadline.inHalf(YearHalf.of(2021, 1)),
                Deadline.inYear(Year.of(2021)),
                Deadline.between(date(2016, 5, 20), date(2016, 5, 21)),
                Deadline.inYears(Year.of(2020), Year.of(2025)),
                Deadline.inSchoolYear(SchoolYear.of(2021)),
                Deadline.ongoing(DOCUMENT_DATE),
                Deadline.recurring(Recurrence.QUARTERLY, DOCUMENT_DATE),
                Deadline.unspecified(),
                Deadline.unresolved("в январе", UnresolvedDeadline.Reason.NO_DOCUMENT_DATE),
                Deadline.afterEvent("после проведения конференции", RelativeTerm.of(10, RelativeTerm.Unit.DAYS)));

        assertThat(all).extracting(Deadline::kind).containsExactly(DeadlineKind.values());
        for (Deadline deadline : all) {
            assertThat(deadline.accept(new KindVisitor())).as("%s", deadline).isEqualTo(deadline.kind());
            assertThat(deadline.lastDay().isPresent()).as("%s", deadline).isEqualTo(deadline.kind().hasLastDay());
        }
    }

    @Test
    void closedWindowsEndOnTheLastDayAndOpenWindowsHaveNoEnd() {
        assertThat(Deadline.noLaterThan(DOCUMENT_DATE, date(2020, 12, 29)).window().getEndInclusive())
                .isEqualTo(date(2020, 12, 29));
        assertThat(Deadline.ongoing(DOCUMENT_DATE).window().isUnboundedEnd()).isTrue();
        assertThat(Deadline.ongoing(DOCUMENT_DATE).window().getStart()).isEqualTo(DOCUMENT_DATE);
    }

    /** Maps each visit to the kind it was called for, so a misrouted accept() shows up. */
    private static final class KindVisitor implements DeadlineVisitor<DeadlineKind> {
        @Override
        public DeadlineKind visitExactDay(ExactDayDeadline deadline) {
            return DeadlineKind.EXACT_DAY;
        }

        @Override
        public DeadlineKind visitNoLaterThan(NoLaterThanDeadline deadline) {
            return DeadlineKind.NO_LATER_THAN;
        }

        @Override
        public DeadlineKind visitUntil(UntilDeadline deadline) {
            return DeadlineKind.UNTIL;
        }

        @Override
        public DeadlineKind visitMonth(MonthDeadline deadline) {
            return DeadlineKind.MONTH;
        }

        @Override
        public DeadlineKind visitQuarter(QuarterDeadline deadline) {
            return DeadlineKind.QUARTER;
        }

        @Override
        public DeadlineKind visitHalfYear(HalfYearDeadline deadline) {
            return DeadlineKind.HALF_YEAR;
        }

        @Override
        public DeadlineKind visitYear(YearDeadline deadline) {
            return DeadlineKind.YEAR;
        }

        @Override
        public DeadlineKind visitDayRange(DayRangeDeadline deadline) {
            return DeadlineKind.DAY_RANGE;
        }

        @Override
        public DeadlineKind visitYearRange(YearRangeDeadline deadline) {
            return DeadlineKind.YEAR_RANGE;
        }

        @Override
        public DeadlineKind visitSchoolYear(SchoolYearDeadline deadline) {
            return DeadlineKind.SCHOOL_YEAR;
        }

        @Override
        public DeadlineKind visitOngoing(OngoingDeadline deadline) {
            return DeadlineKind.ONGOING;
        }

        @Override
        public DeadlineKind visitRecurring(RecurringDeadline deadline) {
            return DeadlineKind.RECURRING;
        }

        @Override
        public DeadlineKind visitUnspecified(UnspecifiedDeadline deadline) {
            return DeadlineKind.UNSPECIFIED;
        }

        @Override
        public DeadlineKind visitUnresolved(UnresolvedDeadline deadline) {
            return DeadlineKind.UNRESOLVED;
        }

        @Override
        public DeadlineKind visitAfterEvent(AfterEventDeadline deadline) {
            return DeadlineKind.AFTER_EVENT;
        }
    }

    @Test
    void equalityComparesEveryValueOfEveryKind() {
        List<List<Deadline>> kinds = variantsOfEachKind();
        List<List<Deadline>> again = variantsOfEachKind();
        for (int k = 0; k < kinds.size(); k++) {
            Deadline first = kinds.get(k).get(0);
            assertThat(first).isEqualTo(again.get(k).get(0)).hasSameHashCodeAs(again.get(k).get(0));
            assertThat(first.withPhrase("до 31 марта")).isNotEqualTo(first.withPhrase("до 30 марта"))
                    .isEqualTo(again.get(k).get(0).withPhrase("до 31 марта"));
            for (Deadline other : kinds.get(k).subList(1, kinds.get(k).size())) {
                assertThat(other).as("%s against %s", other, first).isNotEqualTo(first);
            }
        }
        assertThat(Deadline.unspecified()).isEqualTo(Deadline.unspecified())
                .hasSameHashCodeAs(Deadline.unspecified()).isNotEqualTo(Deadline.onDay(LocalDate.of(2021, 3, 31)));
    }

    /** For each kind, a deadline followed by deadlines that differ from it in one value each. */
    private static List<List<Deadline>> variantsOfEachKind() {
        LocalDate day = LocalDate.of(2021, 3, 31);
        return List.of(
                List.of(Deadline.onDay(day), Deadline.onDay(day.plusDays(1))),
                List.of(Deadline.noLaterThan(day.minusDays(9), day), Deadline.noLaterThan(day.minusDays(8), day),
                        Deadline.noLaterThan(day.minusDays(9), day.plusDays(1))),
                List.of(Deadline.inQuarter(YearQuarter.of(2021, 1)), Deadline.inQuarter(YearQuarter.of(2021, 2))),
                List.of(Deadline.between(day, day.plusDays(3)), Deadline.between(day.minusDays(1), day.plusDays(3)),
                        Deadline.between(day, day.plusDays(4))),
                List.of(Deadline.inYears(Year.of(2021), Year.of(2022)), Deadline.inYears(Year.of(2020), Year.of(2022)),
                        Deadline.inYears(Year.of(2021), Year.of(2023))),
                List.of(Deadline.afterEvent("после выборов", RelativeTerm.of(10, RelativeTerm.Unit.DAYS)),
                        Deadline.afterEvent("после выборов", RelativeTerm.of(11, RelativeTerm.Unit.DAYS)),
                        Deadline.afterEvent("после выборов"), Deadline.afterEvent("после собрания")),
                List.of(Deadline.unresolved("в январе", UnresolvedDeadline.Reason.values()[0]),
                        Deadline.unresolved("в феврале", UnresolvedDeadline.Reason.values()[0]),
                        Deadline.refused("в январе", UnresolvedDeadline.Refusal.TOO_LONG)));
    }
}
