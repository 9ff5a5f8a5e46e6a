package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.documents.DecreeDocuments;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.documents.WordFixtures;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class WordNumberingTest {

    private static List<String> lines(DocumentText text) {
        return List.of(text.text().split("\n"));
    }

    @Test
    void nestedLevelsFollowTheirPatternAndDeeperLevelsReset() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList("%1.", "%1.%2.", "%1.%2.%3."));
        word.item(list, 0, "a").item(list, 1, "b").item(list, 2, "c").item(list, 2, "d").item(list, 1, "e")
                .item(list, 0, "f").item(list, 1, "g");
        assertThat(lines(DecreeDocuments.extract(word.bytes())))
                .containsExactly("1. a", "1.1. b", "1.1.1. c", "1.1.2. d", "1.2. e", "2. f", "2.1. g");
    }

    @Test
    void aSecondInstanceOfTheSameListContinuesItsCounters() {
        WordFixtures word = new WordFixtures();
        BigInteger outline = word.abstractList("%1.");
        BigInteger first = word.list(outline);
        BigInteger second = word.list(outline);
        word.item(first, 0, "a").paragraph("text between").item(second, 0, "b");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("1. a", "text between", "2. b");
    }

    @Test
    void aStartOverrideRestartsTheList() {
        WordFixtures word = new WordFixtures();
        BigInteger outline = word.abstractList("%1)");
        BigInteger first = word.list(outline);
        BigInteger restarted = word.restartedList(outline, 1);
        word.item(first, 0, "a").item(first, 0, "b").item(restarted, 0, "c").item(restarted, 0, "d");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("1) a", "2) b", "1) c", "2) d");
    }

    @Test
    void lettersRomanAndBulletsAreWrittenAsWordShowsThem() {
        WordFixtures word = new WordFixtures();
        BigInteger russian = word.list(word.abstractList(STNumberFormat.RUSSIAN_LOWER, "%1)"));
        BigInteger roman = word.list(word.abstractList(STNumberFormat.UPPER_ROMAN, "%1."));
        BigInteger bullets = word.list(word.abstractList(STNumberFormat.BULLET, "•"));
        word.item(russian, 0, "a").item(russian, 0, "b").item(roman, 0, "c").item(roman, 0, "d")
                .item(bullets, 0, "e");
        assertThat(lines(DecreeDocuments.extract(word.bytes())))
                .containsExactly("а) a", "б) b", "I. c", "II. d", "– e");
    }

    @Test
    void anUnreadFormatLeavesTheNumberOutWithAWarning() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList(STNumberFormat.CHINESE_COUNTING, "%1."));
        word.item(list, 0, "a");
        DocumentText text = DecreeDocuments.extract(word.bytes());
        assertThat(lines(text)).containsExactly("a");
        assertThat(text.warnings()).extracting(DocumentWarning::code)
                .containsExactly(DocumentWarning.Code.UNSUPPORTED_NUMBER_FORMAT);
    }

    @Test
    void writesEveryReadFormat() {
        assertThat(WordNumbering.write(3, "decimal")).contains("3");
        assertThat(WordNumbering.write(3, "decimalZero")).contains("03");
        assertThat(WordNumbering.write(28, "lowerLetter")).contains("bb");
        assertThat(WordNumbering.write(2, "upperLetter")).contains("B");
        assertThat(WordNumbering.write(29, "russianLower")).contains("аа");
        assertThat(WordNumbering.write(3, "russianUpper")).contains("В");
        assertThat(WordNumbering.write(14, "lowerRoman")).contains("xiv");
        assertThat(WordNumbering.write(1999, "upperRoman")).contains("MCMXCIX");
        assertThat(WordNumbering.write(0, "upperRoman")).isEmpty();
        assertThat(WordNumbering.write(1, "ordinalText")).isEmpty();
    }
}
