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

    @Test
    void aListStyleNumbersItsParagraphsAndSharesTheCountersWithDirectItems() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList("%1."));
        word.paragraphStyle("ListNumber", null, list, null)
                .styled("ListNumber", "a").styled("ListNumber", "b").item(list, 0, "c").styled("ListNumber", "d");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("1. a", "2. b", "3. c", "4. d");
    }

    @Test
    void aStyleBasedOnANumberedStyleIsNumberedToo() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList("%1)"));
        word.paragraphStyle("ListNumber", null, list, null).paragraphStyle("DecreeClause", "ListNumber", null, null)
                .paragraphStyle("Plain", null, null, null)
                .styled("DecreeClause", "a").styled("Plain", "between").styled("DecreeClause", "b");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("1) a", "between", "2) b");
    }

    @Test
    void headingStylesTakeTheirLevelFromTheStyleOrFromTheLevelLinkedToThem() {
        WordFixtures word = new WordFixtures();
        BigInteger outline = word.abstractList("%1.", "%1.%2.", "%1.%2.%3.");
        BigInteger list = word.list(outline);
        // Heading1 gives its level; Heading2 gives none: its level is the one whose pStyle names it.
        word.paragraphStyle("Heading1", null, list, 0).paragraphStyle("Heading2", "Heading1", list, null)
                .linkLevel(outline, 1, "Heading2")
                .styled("Heading1", "A").styled("Heading2", "B").styled("Heading2", "C").styled("Heading1", "D")
                .styled("Heading2", "E");
        assertThat(lines(DecreeDocuments.extract(word.bytes())))
                .containsExactly("1. A", "1.1. B", "1.2. C", "2. D", "2.1. E");
    }

    @Test
    void aLevelOnTheParagraphAndTheListFromItsStyle() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList("%1.", "%1.%2.", "%1.%2.%3."));
        word.paragraphStyle("ListNumber", null, list, null)
                .styled("ListNumber", "a").styled("ListNumber", null, 1, "b").styled("ListNumber", null, 2, "c")
                .styled("ListNumber", null, 1, "d").styled("ListNumber", "e");
        assertThat(lines(DecreeDocuments.extract(word.bytes())))
                .containsExactly("1. a", "1.1. b", "1.1.1. c", "1.2. d", "2. e");
    }

    @Test
    void numIdZeroSwitchesNumberingOffWithoutAdvancingTheList() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList("%1."));
        word.paragraphStyle("ListNumber", null, list, null).paragraphStyle("Unnumbered", "ListNumber", BigInteger.ZERO,
                null)
                .styled("ListNumber", "a").styled("ListNumber", BigInteger.ZERO, null, "off on the paragraph")
                .styled("Unnumbered", "off in the style").styled("ListNumber", "b");
        assertThat(lines(DecreeDocuments.extract(word.bytes())))
                .containsExactly("1. a", "off on the paragraph", "off in the style", "2. b");
    }

    @Test
    void aListDefinedThroughAListStyleTakesTheStylesLevels() {
        WordFixtures word = new WordFixtures();
        BigInteger definition = word.list(word.abstractList("%1.", "%1.%2."));
        word.listStyle("DecreeList", definition);
        BigInteger list = word.list(word.abstractListUsing("DecreeList"));
        word.item(list, 0, "a").item(list, 1, "b").item(list, 0, "c");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("1. a", "1.1. b", "2. c");
    }

    @Test
    void aCyclicStyleChainIsNoListAndNoHang() {
        WordFixtures word = new WordFixtures();
        word.paragraphStyle("A", "B", null, null).paragraphStyle("B", "A", null, null).styled("A", "text");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("text");
    }

    @Test
    void aParagraphWithoutAStyleTakesTheDefaultParagraphStyle() {
        WordFixtures word = new WordFixtures();
        BigInteger list = word.list(word.abstractList("%1)"));
        word.defaultParagraphStyle("Numbered", list).paragraphStyle("Plain", null, null, null)
                .paragraph("a").styled("Plain", "plain").paragraph("b");
        assertThat(lines(DecreeDocuments.extract(word.bytes()))).containsExactly("1) a", "plain", "2) b");
    }
}
