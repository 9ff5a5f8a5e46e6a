package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class ArgumentTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void datesAreRussianInRussianAndIsoInEnglish() {
        assertThat(ArgumentTexts.localize("asOf", "2020-12-18", RU)).isEqualTo("18.12.2020");
        assertThat(ArgumentTexts.localize("asOf", "2020-12-18", Locale.ENGLISH)).isEqualTo("2020-12-18");
        assertThat(ArgumentTexts.localize("asOf", "2020-02-30", RU)).isEqualTo("2020-02-30");
    }

    @Test
    void rangesOfDaysAreWrittenWithTheirLastDay() {
        assertThat(ArgumentTexts.localize("date", "2016-05-20/2016-05-22", RU)).isEqualTo("20.05.2016 – 21.05.2016");
        assertThat(ArgumentTexts.localize("date", "2020-12-18/2020-12-19", RU)).isEqualTo("18.12.2020");
        assertThat(ArgumentTexts.localize("term", "2020-12-18/2025-12-18", Locale.ENGLISH))
                .isEqualTo("2020-12-18 – 2025-12-17");
        assertThat(ArgumentTexts.localize("date", "2020-12-18/2020-12-18", RU)).isEqualTo("2020-12-18/2020-12-18");
    }

    @Test
    void countsAreGroupedButYearsAndIdsAreNot() {
        assertThat(ArgumentTexts.localize("members", "2400", RU)).isEqualTo("2\u00a0400");
        assertThat(ArgumentTexts.localize("members", "2400", Locale.ENGLISH)).isEqualTo("2,400");
        assertThat(ArgumentTexts.localize("number", "2021", RU)).isEqualTo("2021");
        assertThat(ArgumentTexts.localize("organization", "1000", RU)).isEqualTo("1000");
    }

    @Test
    void bandsAreWrittenAsDecreesWriteThem() {
        assertThat(ArgumentTexts.localize("band", "0..1000", RU)).isEqualTo("до 1\u00a0000 членов");
        assertThat(ArgumentTexts.localize("expected", "1001..", Locale.ENGLISH)).isEqualTo("over 1,000 members");
        assertThat(ArgumentTexts.localize("bands", "[0..999, 1001..]", RU))
                .isEqualTo("до 999 членов; свыше 1\u00a0000 членов");
        assertThat(ArgumentTexts.localize("bands", "[0..999, x]", RU)).isEqualTo("[0..999, x]");
        assertThat(ArgumentTexts.localize("band", "99999999999..", RU)).isEqualTo("99999999999..");
    }

    @Test
    void periodsAreWrittenInWordsWithTheirPluralForms() {
        assertThat(ArgumentTexts.localize("interval", "P3M", RU)).isEqualTo("3 месяца");
        assertThat(ArgumentTexts.localize("term", "P5Y", RU)).isEqualTo("5 лет");
        assertThat(ArgumentTexts.localize("term", "P1Y6M", RU)).isEqualTo("1 год 6 месяцев");
        assertThat(ArgumentTexts.localize("interval", "P1M", Locale.ENGLISH)).isEqualTo("1 month");
        assertThat(ArgumentTexts.localize("interval", "P21D", RU)).isEqualTo("21 день");
        assertThat(ArgumentTexts.localize("interval", "P", RU)).isEqualTo("P");
    }

    @Test
    void constantsAreNamedByTheirNames() {
        assertThat(ArgumentTexts.localize("body", "PRESIDIUM", RU)).isEqualTo("президиум");
        assertThat(ArgumentTexts.localize("body", "NOT_A_BODY", RU)).isEqualTo("NOT_A_BODY");
        assertThat(ArgumentTexts.localize("level", "TERRITORIAL", RU)).isEqualTo("территориальная");
        assertThat(ArgumentTexts.localize("parentLevel", "PRIMARY", Locale.ENGLISH)).isEqualTo("primary");
        assertThat(ArgumentTexts.localize("category", "STUDENT", RU)).isEqualTo("обучающийся");
    }

    @Test
    void aValueOfNoKnownShapeIsKeptAsGiven() {
        QuickTheory.qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 20)).checkAssert(value -> {
            if (!value.matches(".*\\d.*") && !value.startsWith("P")) {
                assertThat(ArgumentTexts.localize("organization", value, RU)).isEqualTo(value);
            }
        });
    }
}
