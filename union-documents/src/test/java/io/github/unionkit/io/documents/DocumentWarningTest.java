package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.documents.internal.DocumentDetails;
import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.model.error.Detail;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DocumentWarningTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void everyCodeHasARussianAndAnEnglishDescription() {
        for (DocumentWarning.Code code : DocumentWarning.Code.values()) {
            String ru = code.description(RU);
            String en = code.description(Locale.ENGLISH);
            assertThat(ru).isNotBlank().isNotEqualTo(en).containsPattern("[а-я]");
            assertThat(en).isNotBlank();
        }
    }

    @Test
    void messageNamesTheUnitCountedFromOneAndTheDetail() {
        DocumentWarning w = new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, 2,
                DocumentDetails.furniture("runningFooter"));
        assertThat(w.message(Locale.ENGLISH))
                .isEqualTo("block 3: page headers, footers or page numbers removed (a running footer)");
        assertThat(w.message(RU)).isEqualTo("блок 3: удалены колонтитулы или номера страниц (нижний колонтитул)");
    }

    @Test
    void messageNamesTheLineWhenThereIsOne() {
        DocumentWarning w = new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, 1, OptionalInt.of(61),
                DocumentDetails.furniture("pageNumber"));
        assertThat(w.line()).hasValue(61);
        assertThat(w.message(Locale.ENGLISH))
                .isEqualTo("block 2, line 61: page headers, footers or page numbers removed (a page number)");
        assertThat(w.message(RU)).startsWith("блок 2, строка 61: удалены колонтитулы").endsWith("(номер страницы)");
        assertThat(new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, Detail.none()).line()).isEmpty();
    }

    @Test
    void everyDetailIsSaidInRussianAndEnglish() {
        for (Detail detail : List.of(DocumentDetails.furniture("pageNumber"), DocumentDetails.furniture("runningHeader"),
                DocumentDetails.furniture("runningFooter"), DocumentDetails.wordHeader(), DocumentDetails.wordFooter(),
                DocumentDetails.wordPageNumber(), DocumentDetails.numberFormat("chicago"),
                DocumentDetails.planRow("3", DeadlineParseException.ErrorType.UNKNOWN_PHRASE))) {
            DocumentWarning w = new DocumentWarning(DocumentWarning.Code.PLAN_DEADLINE_UNREAD, 0, detail);
            assertThat(w.detail(RU)).as(detail.toString()).isNotEqualTo(detail.toString()).containsPattern("[а-я]")
                    .doesNotContain("{");
            assertThat(w.detail(Locale.ENGLISH)).as(detail.toString()).isNotEqualTo(detail.toString())
                    .doesNotContainPattern("[А-Яа-я]");
        }
        assertThat(new DocumentWarning(DocumentWarning.Code.PLAN_DEADLINE_UNREAD, 0,
                DocumentDetails.planRow("", DeadlineParseException.ErrorType.INVALID_DATE)).detail(RU))
                .isEqualTo("строка —: такой даты нет");
    }

    @Test
    void aDetailThisVersionDoesNotKnowIsPrintedNotDropped() {
        DocumentWarning w = new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, Detail.of("fromLater", "1"));
        assertThat(w.detail(RU)).isEqualTo("fromLater|1");
        assertThat(new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, Detail.of(DocumentDetails.PLAN_ROW,
                "1", "NOT_A_TYPE")).detail(Locale.ENGLISH)).isEqualTo("planRow|1|NOT_A_TYPE");
    }

    @Test
    void aHostileFileCannotPutTextIntoADetail() {
        Detail detail = DocumentDetails.numberFormat("x|y\nИванов Иван Иванович, паспорт 1234 567890");
        assertThat(detail.arguments().get(0)).hasSizeLessThanOrEqualTo(24).doesNotContain("|", "\n", " ");
    }

    @Test
    void refusesALineBelowOne() {
        assertThatThrownBy(() -> new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, OptionalInt.of(0),
                Detail.none())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeUnit() {
        assertThatThrownBy(() -> new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, -1, Detail.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
