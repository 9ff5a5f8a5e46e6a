package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.unionkit.io.documents.internal.DocumentDetails;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word page headers and footers are not read into the decree text, and never dropped silently: each one
 * that holds text is one warning, without its text.
 */
class WordHeadersFootersTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String NAME = "Иванова Ирина Ивановна";
    private static final String FOOTER = "Исп. Петров П.П., тел. 22-33-44";

    private static WordFixtures decree() {
        return new WordFixtures().paragraph("ПРЕЗИДИУМ").paragraph("ПОСТАНОВЛЕНИЕ").paragraph("18 декабря 2020 г.")
                .paragraph("№ 3-1").paragraph("Об итогах работы")
                .paragraph("Президиум областной организации Профсоюза постановляет:")
                .paragraph("1. Информацию принять к сведению.");
    }

    private static List<DocumentWarning> furniture(DocumentText text) {
        return text.warnings().stream().filter(w -> w.code() == DocumentWarning.Code.PAGE_FURNITURE_REMOVED).toList();
    }

    @Test
    void aHeaderWithANameAndAFooterWithTextAreTwoWarningsWithoutTheirText() {
        byte[] word = decree().header(HeaderFooterType.DEFAULT, NAME).footer(HeaderFooterType.DEFAULT, FOOTER).bytes();

        DocumentReadResult result = DecreeDocuments.read(word);

        assertThat(result.document().text()).doesNotContain("Иванова", "Петров", "22-33-44")
                .startsWith("ПРЕЗИДИУМ\n");
        assertThat(result.warnings()).extracting(DocumentWarning::detail)
                .containsExactly(DocumentDetails.wordHeader(), DocumentDetails.wordFooter());
        for (DocumentWarning w : result.warnings()) {
            assertThat(w.code()).isEqualTo(DocumentWarning.Code.PAGE_FURNITURE_REMOVED);
            // The header stands above the first paragraph; it is not one line of it.
            assertThat(w.source()).isZero();
            assertThat(w.line()).isEmpty();
            for (String message : List.of(w.message(RU), w.message(Locale.ENGLISH), w.detail().toString())) {
                assertThat(message).doesNotContain("Иванова", "Ирина", "Петров", "22-33-44");
            }
        }
        assertThat(result.warnings().get(0).message(RU))
                .isEqualTo("блок 1: удалены колонтитулы или номера страниц (верхний колонтитул Word)");
        assertThat(result.warnings().get(1).message(Locale.ENGLISH))
                .isEqualTo("block 1: page headers, footers or page numbers removed (a Word page footer)");
        // The decree itself is read as without the header and footer.
        assertThat(result.decree().resolution().number()).map(Object::toString).hasValue("3-1");
    }

    @Test
    void firstPageAndEvenPageVariantsWarnToo() {
        byte[] word = decree().header(HeaderFooterType.EVEN, "Чётная страница").header(HeaderFooterType.FIRST, NAME)
                .header(HeaderFooterType.DEFAULT, "Бланк организации").footer(HeaderFooterType.FIRST, FOOTER).bytes();

        DocumentText text = DecreeDocuments.extract(word);

        assertThat(text.text()).doesNotContain("Чётная", "Иванова", "Бланк", "Петров");
        assertThat(furniture(text)).extracting(DocumentWarning::detail).containsExactly(DocumentDetails.wordHeader(),
                DocumentDetails.wordHeader(), DocumentDetails.wordHeader(), DocumentDetails.wordFooter());
    }

    @Test
    void anEmptyHeaderIsNoWarning() {
        byte[] word = decree().header(HeaderFooterType.DEFAULT, " \t ").footer(HeaderFooterType.DEFAULT, "").bytes();

        assertThat(DecreeDocuments.extract(word).warnings()).isEmpty();
    }

    @Test
    void aFooterWithOnlyAPageNumberFieldIsAPageNumberWarning() {
        for (boolean simple : new boolean[] {false, true}) {
            DocumentText text = DecreeDocuments.extract(decree().pageNumberFooter(simple).bytes());

            assertThat(text.warnings()).as(simple ? "simple field" : "complex field").singleElement()
                    .satisfies(w -> {
                        assertThat(w.code()).isEqualTo(DocumentWarning.Code.PAGE_FURNITURE_REMOVED);
                        assertThat(w.detail()).isEqualTo(DocumentDetails.wordPageNumber());
                        assertThat(w.detail(RU)).isEqualTo("номер страницы в колонтитуле Word");
                        assertThat(w.line()).isEmpty();
                    });
        }
    }

    @Test
    void aTypedWordBesideThePageNumberIsFooterText() {
        WordFixtures word = decree().pageNumberFooter(false).footer(HeaderFooterType.DEFAULT, "Страница");

        assertThat(DecreeDocuments.extract(word.bytes()).warnings()).extracting(DocumentWarning::detail)
                .containsExactly(DocumentDetails.wordFooter());
    }

    @Test
    void textInAContentControlOfAHeaderCountsToo() {
        DocumentText text = DecreeDocuments.extract(decree().headerInContentControl(NAME).bytes());

        assertThat(text.text()).doesNotContain("Иванова");
        assertThat(text.warnings()).extracting(DocumentWarning::detail).containsExactly(DocumentDetails.wordHeader());
    }

    @Test
    void warningsStayInDocumentOrderBesideTheBodysOwn() {
        WordFixtures word = new WordFixtures().paragraph("ПРЕЗИДИУМ").sectionBreak();
        BigInteger list = word.list(word.abstractList(STNumberFormat.CHINESE_COUNTING, "%1."));
        word.item(list, 0, "Информацию принять к сведению.").paragraph("Приложение").sectionBreak()
                .paragraph("Председатель").footer(HeaderFooterType.DEFAULT, FOOTER);

        DocumentText text = DecreeDocuments.extract(word.bytes());

        // The list number of paragraph 1, then the footer of the last section, which begins at paragraph 3.
        assertThat(text.warnings()).extracting(DocumentWarning::code, DocumentWarning::source).containsExactly(
                tuple(DocumentWarning.Code.UNSUPPORTED_NUMBER_FORMAT, 1),
                tuple(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, 3));
    }

    @Test
    void aHeaderOfALaterSectionPointsAtThatSectionsFirstParagraph() {
        // The first section (two paragraphs) has no header of its own; the last one's begins at paragraph 2.
        byte[] word = new WordFixtures().paragraph("ПРЕЗИДИУМ").paragraph("ПОСТАНОВЛЕНИЕ").sectionBreak()
                .paragraph("Приложение").header(HeaderFooterType.DEFAULT, NAME).bytes();

        DocumentText text = DecreeDocuments.extract(word);

        assertThat(text.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo(2);
            assertThat(w.detail()).isEqualTo(DocumentDetails.wordHeader());
        });
        assertThat(text.text()).isEqualTo("ПРЕЗИДИУМ\nПОСТАНОВЛЕНИЕ\nПриложение\n");
    }
}
