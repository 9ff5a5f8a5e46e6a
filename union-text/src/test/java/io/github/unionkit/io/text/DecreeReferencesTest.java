package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;

class DecreeReferencesTest {

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);

    private static final String SEED_3_3_1 = "3.3.1. По реализации постановлений Исполнительного комитета Профсоюза "
            + "№ 5-4 от 20-21 мая 2016 года и Президиума Астраханской областной организации Профсоюза образования  "
            + "№ 27-5 от 18.12.2018 по переходу на централизованный бухгалтерский учет в Астраханской областной "
            + "организации Профсоюза образования в первом полугодии 2021 года.";

    private static LocalDateRange day(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return LocalDateRange.ofClosed(date, date);
    }

    @Test
    void findsBothReferencesOfTheSeedClauseAsTheGoldenFixtureHasThem() {
        Resolution decree = SeedResolutions.astrakhan3of1();
        String clauseText = decree.clause(ClauseNumber.parse("3.3.1")).orElseThrow().text();

        assertThat(DecreeReferences.findAll(clauseText, DOC)).isEqualTo(decree.references());
        assertThat(DecreeReferences.findAll(SEED_3_3_1, DOC)).containsExactly(
                DecreeReference.of("Исполнительного комитета Профсоюза", BodyKind.EXECUTIVE_COMMITTEE,
                        DecreeNumber.parse("5-4"),
                        LocalDateRange.ofClosed(LocalDate.of(2016, 5, 20), LocalDate.of(2016, 5, 21)),
                        "Исполнительного комитета Профсоюза № 5-4 от 20-21 мая 2016 года"),
                DecreeReference.of("Президиума Астраханской областной организации Профсоюза образования",
                        BodyKind.PRESIDIUM, DecreeNumber.parse("27-5"), day(2018, 12, 18),
                        "Президиума Астраханской областной организации Профсоюза образования № 27-5 от 18.12.2018"));
    }

    @Test
    void findsOnlyTheReferencesInTheWholeSeedDecreeNotItsOwnNumber() {
        Resolution decree = SeedResolutions.astrakhan3of1();

        assertThat(DecreeReferences.findAll(SeedResolutions.astrakhan3of1Text(), DOC))
                .isEqualTo(decree.references());
    }

    @Test
    void locatesTheReferenceAndItsParts() {
        List<DecreeReferenceMatch> matches = DecreeReferences.findAllLocated(SEED_3_3_1, DOC);

        assertThat(matches).hasSize(2);
        DecreeReferenceMatch first = matches.get(0);
        assertThat(first.span().slice(SEED_3_3_1)).isEqualTo("Исполнительного комитета Профсоюза № 5-4 от 20-21 мая 2016 года");
        assertThat(first.issuerSpan().map(s -> s.slice(SEED_3_3_1))).contains("Исполнительного комитета Профсоюза");
        assertThat(first.numberSpan().slice(SEED_3_3_1)).isEqualTo("5-4");
        assertThat(first.datesSpan().slice(SEED_3_3_1)).isEqualTo("20-21 мая 2016 года");
        DecreeReferenceMatch second = matches.get(1);
        assertThat(second.span().slice(SEED_3_3_1))
                .isEqualTo("Президиума Астраханской областной организации Профсоюза образования  № 27-5 от 18.12.2018");
        assertThat(second.numberSpan().slice(SEED_3_3_1)).isEqualTo("27-5");
        assertThat(second.datesSpan().slice(SEED_3_3_1)).isEqualTo("18.12.2018");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                        | issuer                 | kind                | number | first      | last       | as written
            постановлением Президиума от 18.12.2018 № 27-5 утверждено      | Президиума             | PRESIDIUM           | 27-5   | 2018-12-18 | 2018-12-18 | Президиума от 18.12.2018 № 27-5
            решение Комитета N 3-1 от «18» декабря 2020 г.                 | Комитета               | COMMITTEE           | 3-1    | 2020-12-18 | 2020-12-18 | Комитета N 3-1 от «18» декабря 2020 г.
            постановление VIII Съезда Профсоюза № 1 от 8 октября 2020 г.   | VIII Съезда Профсоюза  | CONGRESS            | 1      | 2020-10-08 | 2020-10-08 | VIII Съезда Профсоюза № 1 от 8 октября 2020 г.
            постановлением Президиума 27-5 от 18.12.2018                   | Президиума             | PRESIDIUM           | 27-5   | 2018-12-18 | 2018-12-18 | Президиума 27-5 от 18.12.2018
            решением Исполкома Профсоюза No. 12.3 от 01.02.2019            | Исполкома Профсоюза    | EXECUTIVE_COMMITTEE | 12.3   | 2019-02-01 | 2019-02-01 | Исполкома Профсоюза No. 12.3 от 01.02.2019
            постановление Центрального Совета Профсоюза № 5-1.1 от 30 апреля – 1 мая 2019 г. | Центрального Совета Профсоюза | CENTRAL_COUNCIL | 5-1.1 | 2019-04-30 | 2019-05-01 | Центрального Совета Профсоюза № 5-1.1 от 30 апреля – 1 мая 2019 г.
            решение общего собрания № 07 от 02.03.2019                     | общего собрания        | GENERAL_MEETING     | 07     | 2019-03-02 | 2019-03-02 | общего собрания № 07 от 02.03.2019
            постановление Пленума комитета № 4-2 от 27 апреля 2021 г.      | Пленума комитета       | COMMITTEE           | 4-2    | 2021-04-27 | 2021-04-27 | Пленума комитета № 4-2 от 27 апреля 2021 г.
            решение контрольно-ревизионной комиссии № 2 от 10.01.2020      | контрольно-ревизионной комиссии | AUDIT_COMMISSION | 2 | 2020-01-10 | 2020-01-10 | контрольно-ревизионной комиссии № 2 от 10.01.2020
            постановлением конференции № 1/7 от 15 марта                   | конференции            | CONFERENCE          | 1/7    | 2020-03-15 | 2020-03-15 | конференции № 1/7 от 15 марта
            """)
    void readsIssuerNumberAndDatesInEitherOrder(String text, String issuer, BodyKind kind, String number,
            LocalDate first, LocalDate last, String asWritten) {
        assertThat(DecreeReferences.findAll(text, DOC)).containsExactly(new DecreeReference(Optional.of(issuer),
                Optional.of(kind), DecreeNumber.parse(number), LocalDateRange.ofClosed(first, last), asWritten));
    }

    @Test
    void readsReferencesWithoutAnIssuer() {
        String text = "по постановлению № 12/3-1 от 01.03.2019 и от 2 марта 2019 года № 3- 1";

        assertThat(DecreeReferences.findAll(text, DOC)).containsExactly(
                new DecreeReference(Optional.empty(), Optional.empty(), DecreeNumber.parse("12/3-1"),
                        day(2019, 3, 1), "№ 12/3-1 от 01.03.2019"),
                new DecreeReference(Optional.empty(), Optional.empty(), DecreeNumber.parse("3-1"),
                        day(2019, 3, 2), "от 2 марта 2019 года № 3- 1"));
    }

    @Test
    void resolvesYearlessDatesBackwardFromTheDocumentDate() {
        assertThat(DecreeReferences.findAll("№ 5-4 от 20 мая", DOC)).extracting(DecreeReference::dates)
                .containsExactly(day(2020, 5, 20));
        assertThat(DecreeReferences.findAll("№ 5-4 от 20 декабря", DOC)).extracting(DecreeReference::dates)
                .containsExactly(day(2019, 12, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "№ 3- 1\n\nОб итогах работы",
        "№ 5-4 от 31.02.2020",
        "№ 0-4 от 18.12.2018",
        "№ 5-4 от 1 тыс. членов",
        "до 1 тыс. от 18.12.2018",
        "Комитетом по образованию и депутатским корпусом",
        "в 2020-2025 годах от 18.12.2018",
        "",
    })
    void findsNoReferenceWhereNumberOrDateIsMissingOrInvalid(String text) {
        assertThat(DecreeReferences.findAll(text, DOC)).isEmpty();
    }

    @Test
    void capsTheTextLength() {
        assertThatThrownBy(() -> DecreeReferences.findAllLocated("№ 5-4 от 20 мая", DOC, DecreeReferenceOptions.defaults().withMaxTextLength(5)))
                .isInstanceOfSatisfying(TextTooLongException.class, e -> {
                    assertThat(e.length()).isEqualTo(15);
                    assertThat(e.maxLength()).isEqualTo(5);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(6);
                    assertThat(e.excerpt()).isEmpty();
                });
        assertThatThrownBy(() -> new DecreeReferenceOptions(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> DecreeReferences.findAll(null, DOC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DecreeReferences.findAll("", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void numbersOfProtocolsLettersAndOrdersAreNotDecrees() {
        String text = "Во исполнение решения (протокол № 4 от 12.03.2021) и постановления Президиума от 10.02.2021 "
                + "№ 5-3, письма № 12 от 01.02.2021 и приказа от 03.02.2021 № 7.";

        List<DecreeReference> found = DecreeReferences.findAll(text, java.time.LocalDate.of(2021, 4, 1));

        assertThat(found).extracting(r -> r.number().toString()).containsExactly("5-3");
    }

    @Test
    void aProtocolOrLetterIsNotADecreeEvenWithWordsBeforeItsNumber() {
        String text = "Согласно протоколу заседания президиума № 7 от 01.02.2021, письму Минпросвещения России "
                + "от 10.02.2021 № 5 и постановлению президиума от 12.03.2021 № 8-2.";

        List<DecreeReference> found = DecreeReferences.findAll(text, java.time.LocalDate.of(2021, 4, 1));

        assertThat(found).extracting(r -> r.number().toString()).containsExactly("8-2");
    }

    @Test
    void aDecisionNounBetweenAnotherDocumentAndTheNumberKeepsTheReference() {
        String text = "Приложение к постановлению № 5-4 от 20.05.2016; протокол и решение № 6 от 21.05.2016.";

        List<DecreeReference> found = DecreeReferences.findAll(text, java.time.LocalDate.of(2021, 4, 1));

        assertThat(found).extracting(r -> r.number().toString()).containsExactly("5-4", "6");
    }
}
