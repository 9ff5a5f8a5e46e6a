package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RecurringDeadline;
import io.github.unionkit.model.time.UnresolvedDeadline.Refusal;
import io.github.unionkit.model.time.UntilDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

class RussianDeadlinesTest {

    /** The Astrakhan decree's date; every table below is read as if in that decree. */
    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);

    private static Deadline parse(String phrase) {
        return RussianDeadlines.parse(phrase, DOC);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # phrase                                       | kind          | window start | last day
            до 29 декабря 2020 г.                          | UNTIL         | 2020-12-18 | 2020-12-28
            в срок до 29 декабря 2020 г.                   | UNTIL         | 2020-12-18 | 2020-12-28
            До 1 марта                                     | UNTIL         | 2020-12-18 | 2021-02-28
            до 19 декабря                                  | UNTIL         | 2020-12-18 | 2020-12-18
            до 18 декабря                                  | UNTIL         | 2020-12-18 | 2021-12-17
            до 01.03.2021                                  | UNTIL         | 2020-12-18 | 2021-02-28
            до 1-го марта 2021 года                        | UNTIL         | 2020-12-18 | 2021-02-28
            до 1 марта 2021 года включительно              | UNTIL         | 2020-12-18 | 2021-03-01
            до 15 янв. 2021 г.                             | UNTIL         | 2020-12-18 | 2021-01-14
            не позднее 1 марта 2021 года                   | NO_LATER_THAN | 2020-12-18 | 2021-03-01
            не позже 25 декабря                            | NO_LATER_THAN | 2020-12-18 | 2020-12-25
            в срок не позднее чем 15.01.2021               | NO_LATER_THAN | 2020-12-18 | 2021-01-15
            не позднее 18 декабря т.г.                     | NO_LATER_THAN | 2020-12-18 | 2020-12-18
            до конца года                                  | NO_LATER_THAN | 2020-12-18 | 2020-12-31
            до конца текущего года                         | NO_LATER_THAN | 2020-12-18 | 2020-12-31
            до конца т.г.                                  | NO_LATER_THAN | 2020-12-18 | 2020-12-31
            в срок до конца 2021 года                      | NO_LATER_THAN | 2020-12-18 | 2021-12-31
            до окончания следующего года                   | NO_LATER_THAN | 2020-12-18 | 2021-12-31
            до конца квартала                              | NO_LATER_THAN | 2020-12-18 | 2020-12-31
            до конца первого квартала 2021 года            | NO_LATER_THAN | 2020-12-18 | 2021-03-31
            до конца I полугодия                           | NO_LATER_THAN | 2020-12-18 | 2021-06-30
            до конца месяца                                | NO_LATER_THAN | 2020-12-18 | 2020-12-31
            до конца января                                | NO_LATER_THAN | 2020-12-18 | 2021-01-31
            не позднее конца 2021 года                     | NO_LATER_THAN | 2020-12-18 | 2021-12-31
            в течение 2021 года                            | YEAR          | 2021-01-01 | 2021-12-31
            В  ТЕЧЕНИЕ 2021 г.                             | YEAR          | 2021-01-01 | 2021-12-31
            в течение текущего года                        | YEAR          | 2020-01-01 | 2020-12-31
            в течение т.г.                                 | YEAR          | 2020-01-01 | 2020-12-31
            в течение следующего года                      | YEAR          | 2021-01-01 | 2021-12-31
            в 2021 году                                    | YEAR          | 2021-01-01 | 2021-12-31
            в 2021-м году                                  | YEAR          | 2021-01-01 | 2021-12-31
            на 2021 год                                    | YEAR          | 2021-01-01 | 2021-12-31
            в текущем году                                 | YEAR          | 2020-01-01 | 2020-12-31
            в будущем году                                 | YEAR          | 2021-01-01 | 2021-12-31
            в течение года                                 | NO_LATER_THAN | 2020-12-18 | 2021-12-18
            в течение месяца                               | NO_LATER_THAN | 2020-12-18 | 2021-01-18
            в течение недели                               | NO_LATER_THAN | 2020-12-18 | 2020-12-25
            в течение двух недель                          | NO_LATER_THAN | 2020-12-18 | 2021-01-01
            в течение трёх месяцев                         | NO_LATER_THAN | 2020-12-18 | 2021-03-18
            в течение 10 (десяти) календарных дней         | NO_LATER_THAN | 2020-12-18 | 2020-12-28
            в течение 30 дней                              | NO_LATER_THAN | 2020-12-18 | 2021-01-17
            в течение двадцати пяти дней                   | NO_LATER_THAN | 2020-12-18 | 2021-01-12
            в течение 2 лет                                | NO_LATER_THAN | 2020-12-18 | 2022-12-18
            в месячный срок                                | NO_LATER_THAN | 2020-12-18 | 2021-01-18
            в десятидневный срок                           | NO_LATER_THAN | 2020-12-18 | 2020-12-28
            в 10-дневный срок                              | NO_LATER_THAN | 2020-12-18 | 2020-12-28
            в двухнедельный срок                           | NO_LATER_THAN | 2020-12-18 | 2021-01-01
            в трехмесячный срок                            | NO_LATER_THAN | 2020-12-18 | 2021-03-18
            в первом квартале 2021 г.                      | QUARTER       | 2021-01-01 | 2021-03-31
            в 1 квартале 2021 года                         | QUARTER       | 2021-01-01 | 2021-03-31
            в I квартале 2021 года                         | QUARTER       | 2021-01-01 | 2021-03-31
            в 1-м квартале 2021 г.                         | QUARTER       | 2021-01-01 | 2021-03-31
            во втором квартале 2021 года                   | QUARTER       | 2021-04-01 | 2021-06-30
            в III квартале 2021-го года                    | QUARTER       | 2021-07-01 | 2021-09-30
            в IV кв. 2021 г.                               | QUARTER       | 2021-10-01 | 2021-12-31
            в IV квартале                                  | QUARTER       | 2020-10-01 | 2020-12-31
            в первом квартале                              | QUARTER       | 2021-01-01 | 2021-03-31
            в первом квартале т.г.                         | QUARTER       | 2020-01-01 | 2020-03-31
            в I квартале текущего года                     | QUARTER       | 2020-01-01 | 2020-03-31
            в первом квартале следующего года              | QUARTER       | 2021-01-01 | 2021-03-31
            в четвёртом квартале                           | QUARTER       | 2020-10-01 | 2020-12-31
            в следующем квартале                           | QUARTER       | 2021-01-01 | 2021-03-31
            в течение первого квартала 2021 года           | QUARTER       | 2021-01-01 | 2021-03-31
            в первом полугодии 2021 года                   | HALF_YEAR     | 2021-01-01 | 2021-06-30
            в первом полугодии                             | HALF_YEAR     | 2021-01-01 | 2021-06-30
            во II полугодии                                | HALF_YEAR     | 2020-07-01 | 2020-12-31
            во втором полугодии 2021 г.                    | HALF_YEAR     | 2021-07-01 | 2021-12-31
            в течение 1 полугодия 2021 года                | HALF_YEAR     | 2021-01-01 | 2021-06-30
            в декабре 2020 года                            | MONTH         | 2020-12-01 | 2020-12-31
            в декабре                                      | MONTH         | 2020-12-01 | 2020-12-31
            в январе                                       | MONTH         | 2021-01-01 | 2021-01-31
            в феврале т.г.                                 | MONTH         | 2020-02-01 | 2020-02-29
            в течение декабря                              | MONTH         | 2020-12-01 | 2020-12-31
            в январе – марте 2021 г.                       | DAY_RANGE     | 2021-01-01 | 2021-03-31
            в ноябре-феврале                               | DAY_RANGE     | 2020-11-01 | 2021-02-28
            в 2024-2025 годах                              | YEAR_RANGE    | 2024-01-01 | 2025-12-31
            в 2024 — 2025 гг.                              | YEAR_RANGE    | 2024-01-01 | 2025-12-31
            на 2020 – 2025 годы                            | YEAR_RANGE    | 2020-01-01 | 2025-12-31
            в течение 2021-2022 годов                      | YEAR_RANGE    | 2021-01-01 | 2022-12-31
            29 декабря 2020 г.                             | EXACT_DAY     | 2020-12-29 | 2020-12-29
            29 декабря                                     | EXACT_DAY     | 2020-12-29 | 2020-12-29
            17 декабря                                     | EXACT_DAY     | 2021-12-17 | 2021-12-17
            29 февраля                                     | EXACT_DAY     | 2024-02-29 | 2024-02-29
            «18» декабря 2020 г.                           | EXACT_DAY     | 2020-12-18 | 2020-12-18
            16.06.2023 г.                                  | EXACT_DAY     | 2023-06-16 | 2023-06-16
            01.03.2021                                     | EXACT_DAY     | 2021-03-01 | 2021-03-01
            20-21 мая 2016 года                            | DAY_RANGE     | 2016-05-20 | 2016-05-21
            20–21 мая 2016 г.                              | DAY_RANGE     | 2016-05-20 | 2016-05-21
            30 апреля – 1 мая 2021 года                    | DAY_RANGE     | 2021-04-30 | 2021-05-01
            с 20 по 21 мая 2016 года                       | DAY_RANGE     | 2016-05-20 | 2016-05-21
            с 29 декабря 2006 года по 5 января 2007 года   | DAY_RANGE     | 2006-12-29 | 2007-01-05
            с 29 декабря по 5 января 2007 года             | DAY_RANGE     | 2006-12-29 | 2007-01-05
            с 25.04.2022 года по 16.10.2023 года           | DAY_RANGE     | 2022-04-25 | 2023-10-16
            в период с 1 по 15 марта 2021 года             | DAY_RANGE     | 2021-03-01 | 2021-03-15
            с 28 декабря по 3 января                       | DAY_RANGE     | 2020-12-28 | 2021-01-03
            постоянно                                      | ONGOING       | 2020-12-18 |
            в постоянном режиме                            | ONGOING       | 2020-12-18 |
            Продолжить работу                              | ONGOING       | 2020-12-18 |
            ежеквартально                                  | RECURRING     | 2020-12-18 |
            ежегодно                                       | RECURRING     | 2020-12-18 |
            по мере необходимости                          | AFTER_EVENT   |            |
            в установленные сроки                          | UNSPECIFIED   |            |
            срок не установлен                             | UNSPECIFIED   |            |
            I квартал 2021 года                            | QUARTER       | 2021-01-01 | 2021-03-31
            1 полугодие 2021 г.                            | HALF_YEAR     | 2021-01-01 | 2021-06-30
            декабрь 2020 года                              | MONTH         | 2020-12-01 | 2020-12-31
            2021 год                                       | YEAR          | 2021-01-01 | 2021-12-31
            2020-2025 годы                                 | YEAR_RANGE    | 2020-01-01 | 2025-12-31
            """)
    void readsEveryFormWithItsWindowAndLastDay(String phrase, DeadlineKind kind, LocalDate windowStart,
            LocalDate lastDay) {
        Deadline deadline = parse(phrase);

        assertThat(deadline.kind()).isEqualTo(kind);
        if (windowStart == null) {
            assertThat(deadline.window().isUnboundedStart()).isTrue();
        } else {
            assertThat(deadline.window().getStart()).isEqualTo(windowStart);
        }
        assertThat(deadline.lastDay()).isEqualTo(Optional.ofNullable(lastDay));
        if (lastDay != null) {
            assertThat(deadline.window().getEndInclusive()).isEqualTo(lastDay);
        }
        assertThat(deadline.phrase()).contains(phrase.trim().replaceAll("\\s+", " "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ежемесячно      | MONTHLY
            ежеквартально   | QUARTERLY
            раз в квартал   | QUARTERLY
            ежеполугодно    | HALF_YEARLY
            раз в полугодие | HALF_YEARLY
            каждое полугодие| HALF_YEARLY
            ежегодно        | YEARLY
            один раз в год  | YEARLY
            """)
    void readsRecurrences(String phrase, Recurrence recurrence) {
        Deadline deadline = parse(phrase);

        assertThat(deadline).isInstanceOf(RecurringDeadline.class);
        assertThat(((RecurringDeadline) deadline).recurrence()).isEqualTo(recurrence);
        assertThat(((RecurringDeadline) deadline).from()).isEqualTo(DOC);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "в четвертом квартале 2021 г.",
        "В ЧЕТВЁРТОМ КВАРТАЛЕ 2021 Г.",
        "в  четвёртом\n квартале\r\n2021\u00A0г.",
        "в\tчетве\u0308ртом квартале 2021 г.",
        "в чет\u00ADвертом квартале 2021г.",
        "в IV квартале 2021 года",
        "в ІV квартале 2021 года",
        "в 4-м квартале 2021 года",
        "в 4 кв 2021",
        "в четвертом квартале 2021 года.",
    })
    void ignoresCaseYoSpacingLineBreaksAndAbbreviations(String phrase) {
        assertThat(parse(phrase).window()).isEqualTo(Deadline.inQuarter(YearQuarter.of(2021, 4)).window());
    }

    @Test
    void keepsThePhraseAsWrittenWhitespaceNormalisedWithoutSentencePunctuation() {
        assertThat(parse(" В  течение\n2021 года. ")).isEqualTo(Deadline.inYear(Year.of(2021)).withPhrase("В течение 2021 года"));
        assertThat(parse("до 29 декабря 2020 г.").phrase()).contains("до 29 декабря 2020 г.");
    }

    @Test
    void readsUntilAsExclusiveByDefaultAndAsTheOptionsSay() {
        Deadline byDefault = parse("до 29 декабря 2020 г.");
        Deadline inclusive = RussianDeadlines.parse("до 29 декабря 2020 г.", DOC,
                DeadlineParseOptions.defaults().withUntilPolicy(UntilPolicy.INCLUSIVE));

        assertThat(((UntilDeadline) byDefault).policy()).isEqualTo(UntilPolicy.EXCLUSIVE);
        assertThat(byDefault.lastDay()).contains(LocalDate.of(2020, 12, 28));
        assertThat(((UntilDeadline) inclusive).policy()).isEqualTo(UntilPolicy.INCLUSIVE);
        assertThat(inclusive.lastDay()).contains(LocalDate.of(2020, 12, 29));
    }

    @Test
    void readsNoLaterThanAsInclusiveWhateverThePolicy() {
        Deadline deadline = RussianDeadlines.parse("не позднее 1 марта 2021 года", DOC,
                DeadlineParseOptions.defaults().withUntilPolicy(UntilPolicy.EXCLUSIVE));

        assertThat(deadline).isEqualTo(Deadline.noLaterThan(DOC, LocalDate.of(2021, 3, 1))
                .withPhrase("не позднее 1 марта 2021 года"));
    }

    @Test
    void resolvesYearlessDatesForwardFromTheDocumentDate() {
        LocalDate march = LocalDate.of(2021, 3, 1);

        assertThat(RussianDeadlines.parse("в январе", march).window().getStart()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(RussianDeadlines.parse("в марте", march).window().getStart()).isEqualTo(march);
        assertThat(RussianDeadlines.parse("1 марта", march).lastDay()).contains(march);
        assertThat(RussianDeadlines.parse("до 1 марта", march).lastDay()).contains(LocalDate.of(2022, 2, 28));
        assertThat(RussianDeadlines.parse("в первом полугодии", LocalDate.of(2021, 6, 30)).lastDay())
                .contains(LocalDate.of(2021, 6, 30));
        assertThat(RussianDeadlines.parse("в первом полугодии", LocalDate.of(2021, 7, 1)).lastDay())
                .contains(LocalDate.of(2022, 6, 30));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            завтра                              | UNKNOWN_PHRASE       | 0
            в пятом квартале                    | UNEXPECTED_TEXT      | 2
            в третьем полугодии                 | UNEXPECTED_TEXT      | 2
            до 1 тыс.                           | UNEXPECTED_TEXT      | 5
            в первом квартале 2021 года и далее | UNEXPECTED_TEXT      | 28
            в 2021 экземплярах                  | UNEXPECTED_TEXT      | 7
            в первом                            | INCOMPLETE           | 8
            не позднее                          | INCOMPLETE           | 10
            31 апреля 2021 г.                   | INVALID_DATE         | 0
            29.02.2021                          | INVALID_DATE         | 0
            01.13.2021                          | INVALID_DATE         | 0
            до 45 мая                           | INVALID_DATE         | 3
            до 1 марта 2020 года                | BEFORE_DOCUMENT_DATE | 0
            не позднее 17 декабря 2020 года     | BEFORE_DOCUMENT_DATE | 0
            до 18 декабря 2020 года             | BEFORE_DOCUMENT_DATE | 0
            в 2025-2024 годах                   | INVALID_RANGE        | 0
            с 21 по 20 мая 2016 года            | INVALID_RANGE        | 0
            в течение 5 рабочих дней            | NO_CALENDAR          | 0
            до 2025 года                        | UNSUPPORTED          | 3
            до 25 года                          | UNSUPPORTED          | 3
            в 21 году                           | UNSUPPORTED          | 2
            до 5 г.                             | UNSUPPORTED          | 3
            до конца 25 года                    | UNSUPPORTED          | 9
            """)
    void rejectsWhatItCannotReadWithTypeAndPosition(String phrase, ErrorType type, int index) {
        assertThatThrownBy(() -> parse(phrase))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.getMessage()).doesNotContain(phrase);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t\u00A0"})
    void rejectsEmptyPhrases(String phrase) {
        assertThatThrownBy(() -> parse(phrase))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> assertThat(e.errorType()).isEqualTo(ErrorType.EMPTY));
    }

    @Test
    void capsThePhraseLengthBeforeReading() {
        String longPhrase = "в первом квартале 2021 года" + " ".repeat(1_000);
        DeadlineParseOptions tight = DeadlineParseOptions.defaults().withMaxPhraseLength(10);

        assertThatThrownBy(() -> parse(longPhrase)).isInstanceOfSatisfying(DeadlineParseException.class,
                e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG));
        assertThatThrownBy(() -> RussianDeadlines.parse("в первом квартале", DOC, tight))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG);
                    assertThat(e.index()).isEqualTo(10);
                });
        assertThat(RussianDeadlines.parse("постоянно", DOC, tight).kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> RussianDeadlines.parse(null, DOC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianDeadlines.parse("постоянно", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianDeadlines.parse("постоянно", DOC, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianDeadlines.findAll(null, DOC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianDeadlines.findAll("", null)).isInstanceOf(NullPointerException.class);
    }

    @Nested
    class FindAll {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                3.1.1. В течение 2021 года проведение серии обучающих семинаров | В течение 2021 года
                3.1.2. До 29 декабря 2020 г. подведение промежуточных итогов | До 29 декабря 2020 г.
                3.1.5. Разработку системы обучения … «Профсоюзное образование» в первом квартале 2021 г. | в первом квартале 2021 г.
                …по переходу на централизованный бухгалтерский учет в первом полугодии 2021 года. | в первом полугодии 2021 года
                4.1.1.  Проведение в 2021 году обучения профсоюзного актива | в 2021 году
                4.1.3.  Участие в реализации федеральных проектов Профсоюза … в 2020-2025 годах. | в 2020-2025 годах
                """)
        void findsTheSeedClausesDeadlinesWithPositions(String clause, String phrase) {
            List<DeadlineMatch> matches = RussianDeadlines.findAll(clause, DOC);

            assertThat(matches).hasSize(1);
            DeadlineMatch match = matches.get(0);
            assertThat(match.phrase()).isEqualTo(phrase);
            assertThat(match.span().slice(clause)).isEqualTo(phrase);
            assertThat(match.start()).isEqualTo(clause.indexOf(phrase));
            assertThat(match.deadline()).isEqualTo(RussianDeadlines.parse(phrase, DOC));
        }

        @Test
        void findsEveryDeadlineTheGoldenFixtureTypesFromTheSeedClauses() {
            Resolution decree = SeedResolutions.astrakhan3of1();
            LocalDate date = decree.adopted().orElseThrow().getStart();
            List<Deadline> expected = new ArrayList<>();
            List<Deadline> found = new ArrayList<>();
            for (Clause clause : decree.allClauses()) {
                clause.assignment().map(a -> a.deadline()).filter(d -> d.phrase().isPresent())
                        .filter(d -> clause.text().contains(d.phrase().get()))
                        .ifPresent(expected::add);
                for (SizeBand band : clause.sizeBands()) {
                    expected.add(band.deadline());
                }
                if (clause.assignment().isPresent() || !clause.sizeBands().isEmpty()) {
                    for (DeadlineMatch match : RussianDeadlines.findAll(clause.text(), date)) {
                        found.add(match.deadline());
                    }
                    for (String item : clause.items()) {
                        RussianDeadlines.findAll(item, date).forEach(m -> found.add(m.deadline()));
                    }
                }
            }

            assertThat(expected).hasSize(9);
            assertThat(found).containsExactlyElementsOf(expected);
        }

        @Test
        void findsTheOngoingPhraseOfAGroupingClause() {
            Clause proceed = SeedResolutions.astrakhan3of1().clause(ClauseNumber.parse("3.3")).orElseThrow();

            assertThat(RussianDeadlines.findAll(proceed.text(), DOC))
                    .extracting(DeadlineMatch::deadline)
                    .containsExactly(Deadline.ongoing(DOC).withPhrase("Продолжить работу"));
        }

        @Test
        void skipsTheDatesOfReferencedDecreesAndMembershipBounds() {
            String text = "По реализации постановлений Исполнительного комитета Профсоюза № 5-4 от 20-21 мая 2016 "
                    + "года и Президиума № 27-5 от 18.12.2018 по переходу в первом полугодии 2021 года; "
                    + "с численностью до 1 тыс.членов Профсоюза";

            assertThat(RussianDeadlines.findAll(text, DOC)).extracting(DeadlineMatch::phrase)
                    .containsExactly("в первом полугодии 2021 года");
        }

        @Test
        void takesTheLongestPhraseAndNeverOverlaps() {
            String text = "в срок до 1 марта 2021 года включительно, затем ежеквартально и постоянно";

            assertThat(RussianDeadlines.findAll(text, DOC)).extracting(DeadlineMatch::phrase)
                    .containsExactly("в срок до 1 марта 2021 года включительно", "ежеквартально", "постоянно");
        }

        @Test
        void reportsRefusedPhrasesWhereTheyStandAndSkipsBareTableForms() {
            String text = "до 31 апреля 2021 г., до 1 марта 2020 г., 2021 год, I квартал, в первом квартале 2021 г.";

            List<DeadlineMatch> matches = RussianDeadlines.findAll(text, DOC);

            assertThat(matches).extracting(DeadlineMatch::phrase)
                    .containsExactly("до 31 апреля 2021 г.", "до 1 марта 2020 г.", "в первом квартале 2021 г.");
            assertThat(matches).extracting(DeadlineMatch::refusal).containsExactly(
                    Optional.of(Refusal.INVALID_DATE), Optional.of(Refusal.BEFORE_DOCUMENT_DATE), Optional.empty());
            assertThat(matches.get(0).start()).isZero();
            assertThat(matches.get(1).span().slice(text)).isEqualTo("до 1 марта 2020 г.");
            assertThat(matches.get(0).deadline().statusAsOf(DOC)).isEqualTo(DeadlineStatus.UNKNOWN);
        }

        @Test
        void reportsAmbiguousAndUncalendaredPhrasesAsLocatedRefusals() {
            String text = "Провести до 2025 года; отчитаться в течение 5 рабочих дней.";

            assertThat(RussianDeadlines.findAll(text, DOC)).extracting(DeadlineMatch::phrase, DeadlineMatch::refusal)
                    .containsExactly(tuple("до 2025 года", Optional.of(Refusal.UNSUPPORTED)),
                            tuple("в течение 5 рабочих дней", Optional.of(Refusal.NO_CALENDAR)));
        }

        @Test
        void skipsAPhraseTooLongToKeepInsteadOfFailing() {
            String padded = "в чет" + "\u00AD".repeat(2_000) + "вертом квартале 2021 г.";

            assertThat(RussianDeadlines.findAll(padded + ", ежегодно", DOC)).extracting(DeadlineMatch::phrase)
                    .containsExactly("ежегодно");
            assertThatThrownBy(() -> RussianDeadlines.parse(padded, DOC,
                    DeadlineParseOptions.defaults().withMaxPhraseLength(10_000)))
                    .isInstanceOfSatisfying(DeadlineParseException.class,
                            e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG));
        }

        @Test
        void returnsNothingForTextWithoutDeadlines() {
            assertThat(RussianDeadlines.findAll("", DOC)).isEmpty();
            assertThat(RussianDeadlines.findAll("Оказание практической помощи первичным организациям.", DOC)).isEmpty();
        }

        @Test
        void capsTheTextLength() {
            DeadlineParseOptions tight = DeadlineParseOptions.defaults().withMaxTextLength(5);

            assertThatThrownBy(() -> RussianDeadlines.findAll("постоянно", DOC, tight))
                    .isInstanceOfSatisfying(TextTooLongException.class, e -> {
                        assertThat(e.maxLength()).isEqualTo(5);
                        assertThat(e.index()).isEqualTo(5);
                        assertThat(e.column()).isEqualTo(6);
                    });
        }

        @Test
        void appliesTheUntilPolicyOfTheOptions() {
            DeadlineParseOptions inclusive = DeadlineParseOptions.defaults().withUntilPolicy(UntilPolicy.INCLUSIVE);

            assertThat(RussianDeadlines.findAll("Подвести итоги до 29 декабря 2020 г.", DOC, inclusive))
                    .extracting(m -> m.deadline().lastDay().orElseThrow())
                    .containsExactly(LocalDate.of(2020, 12, 29));
        }

        @Test
        void findsQuartersAndHalvesInTheSizeBandItems() {
            String items = "- в первом квартале 2021 года территориальным организациям Профсоюза с численностью до "
                    + "1 тыс.членов Профсоюза;\n- во втором квартале 2021 года – профсоюзные организации свыше 1 тыс.";

            assertThat(RussianDeadlines.findAll(items, DOC)).extracting(DeadlineMatch::deadline).containsExactly(
                    Deadline.inQuarter(YearQuarter.of(2021, 1)).withPhrase("в первом квартале 2021 года"),
                    Deadline.inQuarter(YearQuarter.of(2021, 2)).withPhrase("во втором квартале 2021 года"));
            assertThat(RussianDeadlines.findAll("5.1. В первом полугодии 2021 года ознакомить", DOC))
                    .extracting(DeadlineMatch::deadline)
                    .containsExactly(Deadline.inHalf(YearHalf.of(2021, 1)).withPhrase("В первом полугодии 2021 года"));
        }
    }
}
