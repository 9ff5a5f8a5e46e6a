package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.model.time.AfterEventDeadline;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.model.time.ProductionCalendar;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RecurringDeadline;
import io.github.unionkit.model.time.RecurringDue;
import io.github.unionkit.model.time.RelativeTerm;
import io.github.unionkit.model.time.SchoolYear;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of issue 11, each with its window and last day, read in the seed decree of 18.12.2020. */
class RussianDeadlinesFormsTest {

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);

    private static Deadline parse(String phrase) {
        return RussianDeadlines.parse(phrase, DOC);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # phrase                                                        | kind          | window start | last day
            в 2021-2022 учебном году                                        | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            в 2021/2022 учебном году                                        | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            в 2021 – 2022 уч. году                                          | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            в текущем учебном году                                          | SCHOOL_YEAR   | 2020-09-01 | 2021-08-31
            в новом учебном году                                            | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            в следующем учебном году                                        | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            в течение учебного года                                         | SCHOOL_YEAR   | 2020-09-01 | 2021-08-31
            в течение 2021/2022 учебного года                               | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            2021/2022 учебный год                                           | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            на 2021-2022 учебный год                                        | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            до начала учебного года                                         | UNTIL         | 2020-12-18 | 2021-08-31
            до начала нового учебного года                                  | UNTIL         | 2020-12-18 | 2021-08-31
            к началу учебного года                                          | NO_LATER_THAN | 2020-12-18 | 2021-09-01
            к началу 2021/2022 учебного года                                | NO_LATER_THAN | 2020-12-18 | 2021-09-01
            до конца учебного года                                          | NO_LATER_THAN | 2020-12-18 | 2021-08-31
            по 31 декабря 2021 года                                         | NO_LATER_THAN | 2020-12-18 | 2021-12-31
            по 31 декабря 2021 года включительно                            | NO_LATER_THAN | 2020-12-18 | 2021-12-31
            по 25 декабря                                                   | NO_LATER_THAN | 2020-12-18 | 2020-12-25
            в срок по 25.12.2020                                            | NO_LATER_THAN | 2020-12-18 | 2020-12-25
            с 20 по 21 мая 2021 года                                        | DAY_RANGE     | 2021-05-20 | 2021-05-21
            с 1 марта 2021 года                                             | ONGOING       | 2021-03-01 |
            с 1 сентября                                                    | ONGOING       | 2021-09-01 |
            до 29 декабря 2020 года включительно                            | UNTIL         | 2020-12-18 | 2020-12-29
            в феврале–марте 2021 года                                       | DAY_RANGE     | 2021-02-01 | 2021-03-31
            в декабре 2020 г. – январе 2021 г.                              | DAY_RANGE     | 2020-12-01 | 2021-01-31
            в апреле-мае                                                    | DAY_RANGE     | 2021-04-01 | 2021-05-31
            в ноябре – феврале 2021 г.                                      | DAY_RANGE     | 2020-11-01 | 2021-02-28
            в I–II кварталах 2021 года                                      | DAY_RANGE     | 2021-01-01 | 2021-06-30
            в III-IV кв. 2021 г.                                            | DAY_RANGE     | 2021-07-01 | 2021-12-31
            в течение II–III кварталов                                      | DAY_RANGE     | 2021-04-01 | 2021-09-30
            в течение III–IV кварталов                                      | DAY_RANGE     | 2020-07-01 | 2020-12-31
            в течение I квартала                                            | QUARTER       | 2021-01-01 | 2021-03-31
            в 1-м квартале                                                  | QUARTER       | 2021-01-01 | 2021-03-31
            в 3 квартале                                                    | QUARTER       | 2021-07-01 | 2021-09-30
            I квартал 2021 г.                                               | QUARTER       | 2021-01-01 | 2021-03-31
            январь – февраль 2021 г.                                        | DAY_RANGE     | 2021-01-01 | 2021-02-28
            2021 год                                                        | YEAR          | 2021-01-01 | 2021-12-31
            II полугодие 2021 года                                          | HALF_YEAR     | 2021-07-01 | 2021-12-31
            сентябрь-октябрь                                                | DAY_RANGE     | 2021-09-01 | 2021-10-31
            декабрь                                                         | MONTH         | 2020-12-01 | 2020-12-31
            I–II кварталы 2021 года                                         | DAY_RANGE     | 2021-01-01 | 2021-06-30
            декабрь 2020 г. – январь 2021 г.                                | DAY_RANGE     | 2020-12-01 | 2021-01-31
            в течение месяца                                                | NO_LATER_THAN | 2020-12-18 | 2021-01-18
            в течение недели                                                | NO_LATER_THAN | 2020-12-18 | 2020-12-25
            в течение года                                                  | NO_LATER_THAN | 2020-12-18 | 2021-12-18
            в течение 30 дней                                               | NO_LATER_THAN | 2020-12-18 | 2021-01-17
            в течение месяца со дня принятия настоящего постановления       | NO_LATER_THAN | 2020-12-18 | 2021-01-18
            в течение 30 дней со дня принятия настоящего постановления      | NO_LATER_THAN | 2020-12-18 | 2021-01-17
            в месячный срок с момента подписания                            | NO_LATER_THAN | 2020-12-18 | 2021-01-18
            в двухнедельный срок                                            | NO_LATER_THAN | 2020-12-18 | 2021-01-01
            в 10-дневный срок со дня подписания настоящего постановления    | NO_LATER_THAN | 2020-12-18 | 2020-12-28
            в трёхмесячный срок                                             | NO_LATER_THAN | 2020-12-18 | 2021-03-18
            к 1 сентября 2021 года                                          | NO_LATER_THAN | 2020-12-18 | 2021-09-01
            к 1 сентября                                                    | NO_LATER_THAN | 2020-12-18 | 2021-09-01
            к 25 декабря                                                    | NO_LATER_THAN | 2020-12-18 | 2020-12-25
            к концу года                                                    | NO_LATER_THAN | 2020-12-18 | 2020-12-31
            в новом 2021/2022 учебном году                                  | SCHOOL_YEAR   | 2021-09-01 | 2022-08-31
            в текущем 2020 году                                             | YEAR          | 2020-01-01 | 2020-12-31
            по итогам I квартала                                            | AFTER_EVENT   |            |
            в течение 3 дней после проведения мероприятия                   | AFTER_EVENT   |            |
            не позднее 10 дней после проведения собрания                    | AFTER_EVENT   |            |
            ежемесячно, до 5 числа                                          | RECURRING     | 2020-12-18 |
            """)
    void readsEveryNewFormWithItsWindowAndLastDay(String phrase, DeadlineKind kind, LocalDate windowStart,
            LocalDate lastDay) {
        Deadline deadline = parse(phrase);

        assertThat(deadline.kind()).as(phrase).isEqualTo(kind);
        if (windowStart == null) {
            assertThat(deadline.window().isUnboundedStart()).as(phrase).isTrue();
        } else {
            assertThat(deadline.window().getStart()).as(phrase).isEqualTo(windowStart);
        }
        assertThat(deadline.lastDay()).as(phrase).isEqualTo(Optional.ofNullable(lastDay));
        deadline.lastDay().ifPresent(last -> assertThat(deadline.window().getEndInclusive()).isEqualTo(last));
        assertThat(deadline.phrase()).contains(phrase.trim().replaceAll("\\s+", " "));
    }

    @Test
    void readsTheSchoolYearAsItsOwnKind() {
        assertThat(parse("в 2021/2022 учебном году"))
                .isEqualTo(Deadline.inSchoolYear(SchoolYear.of(2021)).withPhrase("в 2021/2022 учебном году"));
        assertThat(RussianDeadlines.parse("в новом учебном году", date("2021-09-01")).window().getStart())
                .isEqualTo(date("2021-09-01"));
        assertThat(RussianDeadlines.parse("в новом учебном году", date("2021-09-02")).window().getStart())
                .isEqualTo(date("2022-09-01"));
        assertThat(RussianDeadlines.parse("в текущем учебном году", date("2021-08-31")).window().getStart())
                .isEqualTo(date("2020-09-01"));
    }

    @Test
    void keepsUntilPolicyForDoAndIgnoresItForPoAndK() {
        DeadlineParseOptions inclusive = DeadlineParseOptions.defaults().withUntilPolicy(UntilPolicy.INCLUSIVE);

        assertThat(RussianDeadlines.parse("до начала учебного года", DOC, inclusive).lastDay())
                .contains(date("2021-09-01"));
        assertThat(RussianDeadlines.parse("по 25 декабря", DOC, inclusive).lastDay()).contains(date("2020-12-25"));
        assertThat(parse("к 25 декабря")).isEqualTo(Deadline.noLaterThan(DOC, date("2020-12-25")).withPhrase("к 25 декабря"));
    }

    @Nested
    class CivilCodeArithmetic {

        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource(delimiter = '|', textBlock = """
                в течение месяца   | 2021-01-31 | 2021-02-28
                в течение месяца   | 2020-01-31 | 2020-02-29
                в течение месяца   | 2021-03-31 | 2021-04-30
                в течение года     | 2020-02-29 | 2021-02-28
                в течение 2 лет    | 2020-02-29 | 2022-02-28
                в течение 4 лет    | 2020-02-29 | 2024-02-29
                в течение недели   | 2021-12-28 | 2022-01-04
                в течение 30 дней  | 2021-02-01 | 2021-03-03
                в трёхмесячный срок| 2020-11-30 | 2021-02-28
                """)
        void monthEndsAndLeapYearsFollowArticle192(String phrase, LocalDate documentDate, LocalDate lastDay) {
            assertThat(RussianDeadlines.parse(phrase, documentDate).lastDay()).contains(lastDay);
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void countsWorkingDaysByTheProductionCalendar() {
            // 27 April 2024 is a working Saturday; 29-30 April and 1 May are days off.
            assertThat(RussianDeadlines.parse("в течение 5 рабочих дней", date("2024-04-26")).lastDay())
                    .contains(date("2024-05-07"));
            // Across the New Year holidays of 2025: 28 December 2024 works, 30 December to 8 January do not.
            assertThat(RussianDeadlines.parse("не позднее 3 рабочих дней со дня принятия настоящего постановления",
                    date("2024-12-27")).lastDay()).contains(date("2025-01-10"));
            assertThat(RussianDeadlines.parse("в течение одного рабочего дня", date("2023-02-22")).lastDay())
                    .contains(date("2023-02-27"));
        }

        @Test
        void refusesWorkingDaysOutsideTheCalendarWithATypedError() {
            assertThatThrownBy(() -> RussianDeadlines.parse("в течение 5 рабочих дней", date("2026-12-30")))
                    .isInstanceOfSatisfying(DeadlineParseException.class,
                            e -> assertThat(e.errorType()).isEqualTo(ErrorType.NO_CALENDAR));
            assertThatThrownBy(() -> parse("в течение 5 рабочих дней"))
                    .isInstanceOfSatisfying(DeadlineParseException.class,
                            e -> assertThat(e.errorType()).isEqualTo(ErrorType.NO_CALENDAR));
        }

        @Test
        void aUserSuppliedYearExtendsTheCalendar() {
            ProductionCalendar mine = ProductionCalendar.parse("""
                    [2020]
                    source = a test year: every weekday works
                    holidays =
                    days-off =
                    working-days =
                    """);
            DeadlineParseOptions options = DeadlineParseOptions.defaults()
                    .withWorkingDays(ProductionCalendar.russian().withYearsOf(mine));

            assertThat(RussianDeadlines.parse("в течение 5 рабочих дней", DOC, options).lastDay())
                    .contains(date("2020-12-25"));
        }
    }

    @Nested
    class RecurringDueDays {

        @Test
        void yearlyUntilTheFirstOfMarch() {
            RecurringDeadline deadline = (RecurringDeadline) parse("ежегодно до 1 марта");

            assertThat(deadline.due()).contains(RecurringDue.byDay(2, 1, UntilPolicy.EXCLUSIVE));
            assertThat(deadline.nextDueDate(DOC)).isEqualTo(date("2021-02-28"));
            assertThat(deadline.occurrences(date("2021-01-01"), date("2024-12-31")))
                    .extracting(RecurringDeadline.Occurrence::due)
                    .containsExactly(date("2021-02-28"), date("2022-02-28"), date("2023-02-28"), date("2024-02-29"));
            assertThat(deadline.statusAsOf(DOC)).isEqualTo(DeadlineStatus.ONGOING);
        }

        @Test
        void monthlyByTheFifth() {
            RecurringDeadline deadline = (RecurringDeadline) parse("ежемесячно до 5 числа");

            assertThat(deadline.due()).contains(RecurringDue.byDay(0, 5, UntilPolicy.EXCLUSIVE));
            assertThat(deadline.nextDueDate(DOC)).isEqualTo(date("2021-01-04"));
            assertThat(((RecurringDeadline) parse("ежемесячно не позднее 5 числа следующего месяца")).nextDueDate(DOC))
                    .isEqualTo(date("2021-01-05"));
        }

        @Test
        void aReportDueAfterTheReportedPeriodRecursWithoutTheAdverb() {
            RecurringDeadline monthly = (RecurringDeadline) parse("не позднее 10 числа месяца, следующего за отчётным");
            RecurringDeadline quarterly = (RecurringDeadline) parse(
                    "не позднее 10 числа месяца, следующего за отчетным кварталом");

            assertThat(monthly.recurrence()).isEqualTo(Recurrence.MONTHLY);
            assertThat(monthly.nextDueDate(DOC)).isEqualTo(date("2021-01-10"));
            assertThat(quarterly.recurrence()).isEqualTo(Recurrence.QUARTERLY);
            assertThat(quarterly.nextDueDate(DOC)).isEqualTo(date("2021-01-10"));
        }

        @Test
        void quarterlyByTheTenthOfTheMonthAfterTheQuarter() {
            RecurringDeadline deadline = (RecurringDeadline) parse(
                    "ежеквартально до 10 числа месяца, следующего за отчётным кварталом");

            assertThat(deadline.due()).contains(RecurringDue.byDay(3, 10, UntilPolicy.EXCLUSIVE));
            RecurringDeadline.Occurrence next = deadline.nextOccurrence(DOC);
            assertThat(next.due()).isEqualTo(date("2021-01-09"));
            assertThat(next.period().getStart()).isEqualTo(date("2020-10-01"));
            assertThat(next.window().getStart()).isEqualTo(DOC);
            assertThat(deadline.nextDueDate(date("2021-01-10"))).isEqualTo(date("2021-04-09"));
        }

        @Test
        void yearlyInDecemberAndInTheFirstQuarter() {
            RecurringDeadline december = (RecurringDeadline) parse("ежегодно в декабре");
            RecurringDeadline firstQuarter = (RecurringDeadline) parse("ежегодно в I квартале");

            assertThat(december.due()).contains(RecurringDue.within(11, 1));
            assertThat(december.nextOccurrence(DOC).window()).isEqualTo(
                    org.threeten.extra.LocalDateRange.ofClosed(DOC, date("2020-12-31")));
            assertThat(firstQuarter.due()).contains(RecurringDue.within(0, 3));
            assertThat(firstQuarter.nextDueDate(DOC)).isEqualTo(date("2021-03-31"));
            assertThat(firstQuarter.occurrenceStatusAsOf(DOC)).isEqualTo(DeadlineStatus.NOT_YET_DUE);
            assertThat(firstQuarter.occurrenceStatusAsOf(date("2021-02-01"))).isEqualTo(DeadlineStatus.DUE);
        }

        @Test
        void refusesAQuarterlyDayWithoutItsMonth() {
            assertThatThrownBy(() -> parse("ежеквартально до 10 числа"))
                    .isInstanceOf(DeadlineParseException.class);
        }
    }

    @Nested
    class TermsCountedFromAnEvent {

        @Test
        void keepsTheEventAndTheTermAndIsNeverAnchoredToTheDocument() {
            Deadline deadline = parse("в двухнедельный срок после их проведения");

            assertThat(deadline).isEqualTo(Deadline.afterEvent("после их проведения", RelativeTerm.of(2,
                    RelativeTerm.Unit.WEEKS)).withPhrase("в двухнедельный срок после их проведения"));
            assertThat(deadline.lastDay()).isEmpty();
            assertThat(deadline.window().isUnboundedStart()).isTrue();
            assertThat(deadline.statusAsOf(DOC)).isEqualTo(DeadlineStatus.UNKNOWN);
            assertThat(deadline.statusAsOf(DOC.plusYears(5))).isEqualTo(DeadlineStatus.UNKNOWN);
        }

        @Test
        void resolvesByTheSamePeriodRulesOnceTheEventIsDated() {
            AfterEventDeadline conference = (AfterEventDeadline) parse("в течение 10 дней после проведения конференции");

            assertThat(conference.event()).isEqualTo("после проведения конференции");
            assertThat(conference.resolveAt(date("2021-04-01")).window())
                    .isEqualTo(org.threeten.extra.LocalDateRange.ofClosed(date("2021-04-01"), date("2021-04-11")));
            AfterEventDeadline results = (AfterEventDeadline) parse("по итогам года");
            assertThat(results.term()).isEmpty();
            assertThat(results.resolveAt(date("2021-01-15"))).isEqualTo(Deadline.ongoing(date("2021-01-15"))
                    .withPhrase("по итогам года"));
            AfterEventDeadline meeting = (AfterEventDeadline) parse("в течение 5 рабочих дней со дня проведения заседания");
            assertThat(meeting.event()).isEqualTo("со дня проведения заседания");
            assertThat(meeting.resolveAt(date("2024-04-26"), ProductionCalendar.russian()).flatMap(Deadline::lastDay))
                    .contains(date("2024-05-07"));
            assertThat(meeting.resolveAt(date("2030-04-26"), ProductionCalendar.russian())).isEmpty();
        }

        @Test
        void doesNotNeedTheDocumentDate() {
            assertThat(RussianDeadlines.parseUnresolved("в течение 10 дней после проведения конференции").kind())
                    .isEqualTo(DeadlineKind.AFTER_EVENT);
        }

        @Test
        void findsAShortEventInRunningText() {
            List<DeadlineMatch> matches = RussianDeadlines.findAll(
                    "По итогам года провести анализ; в течение 10 дней после проведения конференции направить отчёт.",
                    DOC);

            assertThat(matches).extracting(DeadlineMatch::phrase)
                    .containsExactly("По итогам года", "в течение 10 дней после проведения конференции");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            до 2025 года                   | UNSUPPORTED   | 3
            в 2021-2023 учебном году       | INVALID_RANGE | 0
            в 2021/2023 годах              | UNEXPECTED_TEXT | 12
            """)
    void refusesWhatStaysAmbiguous(String phrase, ErrorType type, int index) {
        assertThatThrownBy(() -> parse(phrase)).isInstanceOfSatisfying(DeadlineParseException.class, e -> {
            assertThat(e.errorType()).isEqualTo(type);
            assertThat(e.index()).isEqualTo(index);
        });
    }

    @Test
    void findAllAppliesTheSameGrammarAsParse() {
        String[] phrases = {"в 2021/2022 учебном году", "по 31 декабря 2021 года", "к 1 сентября 2021 года",
            "в I–II кварталах 2021 года", "ежегодно до 1 марта", "в течение 30 дней со дня принятия настоящего постановления",
            "в декабре 2020 г. – январе 2021 г.", "с 1 марта 2021 года"};
        for (String phrase : phrases) {
            List<DeadlineMatch> found = RussianDeadlines.findAll("Поручить: " + phrase + ".", DOC);
            assertThat(found).as(phrase).extracting(DeadlineMatch::deadline).containsExactly(parse(phrase));
        }
    }
}
