package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.PdfFixtures;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.documents.PdfFixtures.Placed;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

    @Test
    void aWordHyphenatedAcrossAPageBreakIsRejoinedAndTheFooterDropped() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("1. Провести проверку органи-"), List.of("заций района.")), null,
                "Страница %d из %n");
        DocumentText text = PdfExtractor.extract(pdf, DocumentReadOptions.defaults());
        assertThat(text.text()).isEqualTo("1. Провести проверку организаций района.\n");
        assertThat(text.unitCount()).isEqualTo(2);
    }

    @Test
    void aRealDashAtALineEndStays() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("в I-", "II кварталах 2021 года")), null, null);
        assertThat(PdfExtractor.extract(pdf, DocumentReadOptions.defaults()).text())
                .isEqualTo("в I-\nII кварталах 2021 года\n");
    }

    @Test
    void linesMapToTheirPages() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("первая"), List.of("вторая"), List.of("третья")), null, null);
        DocumentText text = PdfExtractor.extract(pdf, DocumentReadOptions.defaults());
        assertThat(text.unitAt(text.text().indexOf("третья")).getAsInt()).isEqualTo(2);
    }

    /** A line as wide as the text column, not ending a sentence. */
    private static final String FULL = "Поручить председателям территориальных и первичных организаций Профсоюза провести "
            + "в первом квартале 2021 года совместно с органами управления образованием муниципальных районов "
            + "проверку соблюдения трудового законодательства в";

    private static String read(byte[] pdf) {
        return PdfExtractor.extract(pdf, DocumentReadOptions.defaults()).text();
    }

    @ParameterizedTest(name = "spaces drawn as glyphs: {0}")
    @ValueSource(booleans = {true, false})
    void aParagraphWrappedByTheColumnsWidthReadsAsOneLine(boolean spaceGlyphs) {
        String clause = "3. Поручить председателям территориальных организаций Профсоюза до 1 марта 2021 г. "
                + "представить в областную организацию Профсоюза сведения о численности членов Профсоюза, "
                + "во исполнение постановления Президиума № 27-5 от 18.12.2018, и обеспечить их достоверность; "
                + "организовать в первом квартале 2021 года обучение профсоюзного актива первичных организаций, "
                + "уделив особое внимание вопросам охраны труда, правовой защиты и информационной работы, "
                + "и представить отчёты о проведённой работе в срок до 1 июня 2021 года.";
        List<String> wrapped = PdfFixtures.wrap(clause, 700);
        assertThat(wrapped).as("the fixture wraps the clause").hasSizeGreaterThan(2);
        byte[] pdf = PdfFixtures.wrapped(List.of("ПОСТАНОВЛЕНИЕ", clause, "4. Контроль оставляю за собой."), 700,
                spaceGlyphs);
        assertThat(read(pdf)).isEqualTo("ПОСТАНОВЛЕНИЕ\n" + clause + "\n4. Контроль оставляю за собой.\n");
    }

    @ParameterizedTest(name = "spaces drawn as glyphs: {0}")
    @ValueSource(booleans = {true, false})
    void aShortLineBeforeAWideOneKeepsItsBreak(boolean spaceGlyphs) {
        // The wide line would not fit after the short one, but its first word would: the writer broke it.
        byte[] pdf = PdfFixtures.placed(List.of(new Placed("Об итогах смотра-конкурса", 20),
                new Placed("Президиум " + FULL, 20)), spaceGlyphs);
        assertThat(read(pdf)).isEqualTo("Об итогах смотра-конкурса\nПрезидиум " + FULL + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2. Провести проверку", "3.1. Подпункт", "1) первое", "а) первое", "– пункт списка",
        "ПОСТАНОВЛЯЕТ:", "Председатель районной организации"})
    void aLineStartingAnItemAHeadingOrTheSignatureKeepsTheBreakAfterAFullLine(String next) {
        byte[] pdf = PdfFixtures.placed(List.of(new Placed(FULL, 20), new Placed(next, 20)), true);
        assertThat(read(pdf)).isEqualTo(FULL + "\n" + next + "\n");
    }

    @Test
    void aContinuationAfterAFullLineJoinsAndAnIndentedLineDoesNot() {
        byte[] joined = PdfFixtures.placed(List.of(new Placed(FULL, 20), new Placed("образовательных организациях.", 20)),
                true);
        assertThat(read(joined)).isEqualTo(FULL + " образовательных организациях.\n");
        byte[] indented = PdfFixtures.placed(List.of(new Placed(FULL, 20), new Placed("Образовательных организаций.", 55)),
                true);
        assertThat(read(indented)).isEqualTo(FULL + "\nОбразовательных организаций.\n");
    }

    @Test
    void aSentenceEndingShortOfTheColumnKeepsItsBreak() {
        String ending = FULL.substring(0, FULL.lastIndexOf(' ')) + ".";
        String next = "Соответствующим организациям обеспечить явку.";
        float room = PdfFixtures.width(FULL) - PdfFixtures.width(ending);
        assertThat(room).as("the next line's first word would not fit").isLessThan(PdfFixtures.width("Соответствующим"));
        // The full line sets the column's edge; the heading after it keeps it apart from the rest.
        byte[] pdf = PdfFixtures.placed(List.of(new Placed(FULL, 20), new Placed("ПОСТАНОВЛЯЕТ:", 20),
                new Placed(ending, 20), new Placed(next, 20)), true);
        assertThat(read(pdf)).isEqualTo(FULL + "\nПОСТАНОВЛЯЕТ:\n" + ending + "\n" + next + "\n");
        byte[] lower = PdfFixtures.placed(List.of(new Placed(FULL, 20), new Placed("ПОСТАНОВЛЯЕТ:", 20),
                new Placed(ending, 20), new Placed("соответствующим организациям", 20)), true);
        assertThat(read(lower)).endsWith(ending + " соответствующим организациям\n");
    }

    @ParameterizedTest(name = "spaces drawn as glyphs: {0}")
    @ValueSource(booleans = {true, false})
    void aListItemWithAHangingIndentReadsAsOneLine(boolean spaceGlyphs) {
        float hanging = 20 + PdfFixtures.HANGING;
        byte[] pdf = PdfFixtures.placed(List.of(new Placed("1.\t" + FULL, 20), new Placed("образовательных организациях;", hanging),
                new Placed("2.\tПровести проверку.", 20), new Placed("Образовательным организациям", hanging + 30)),
                spaceGlyphs);
        // PDFBox itself marks the outdent back to «2.» as a paragraph start: a blank line, and the break kept.
        assertThat(read(pdf)).isEqualTo("1. " + FULL + " образовательных организациях;\n\n2. Провести проверку.\n"
                + "Образовательным организациям\n");
    }

    @Test
    void aSentenceWrappedAcrossAPageBreakIsRejoined() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("1. Принять к сведению.", FULL), List.of("школах района.")), null,
                null);
        DocumentText text = PdfExtractor.extract(pdf, DocumentReadOptions.defaults());
        assertThat(text.text()).isEqualTo("1. Принять к сведению.\n" + FULL + " школах района.\n");
        assertThat(text.unitCount()).isEqualTo(2);
    }

    @Test
    void aLastPageOfShortLinesIsJudgedByTheColumnOfTheFullPages() {
        // On page 2 alone the shorter line would look full; against page 1's column it is short of the edge.
        String shorter = FULL.substring(0, FULL.lastIndexOf(' ', FULL.lastIndexOf(' ') - 1));
        byte[] pdf = PdfFixtures.pages(List.of(List.of(FULL + ".", "Провести собрание."),
                List.of(shorter, "проверки и трудового")), null, null);
        assertThat(PdfFixtures.width(FULL) - PdfFixtures.width(shorter))
                .as("room left on the shorter line").isGreaterThan(PdfFixtures.width("проверки ") + 1);
        assertThat(read(pdf)).endsWith(shorter + "\nпроверки и трудового\n");
    }

    @Test
    void everyRemovedHeaderFooterAndPageNumberIsAWarningWithItsLine() {
        byte[] pdf = PdfFixtures.pages(List.of(List.of("1. Первый пункт.", "2. Второй пункт."),
                List.of("3. Третий пункт.", "4. Четвёртый пункт.")), "Постановление № 3-1", "Страница %d из %n");
        DocumentText text = PdfExtractor.extract(pdf, DocumentReadOptions.defaults());
        assertThat(text.text()).isEqualTo("1. Первый пункт.\n2. Второй пункт.\n3. Третий пункт.\n4. Четвёртый пункт.\n");
        assertThat(text.warnings()).containsExactly(
                furniture(0, 1, "runningHeader"), furniture(0, 4, "pageNumber"),
                furniture(1, 1, "runningHeader"), furniture(1, 4, "pageNumber"));
    }

    private static DocumentWarning furniture(int page, int line, String kind) {
        return new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, page, OptionalInt.of(line),
                DocumentDetails.furniture(kind));
    }
}
