package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DocumentWarningTest {

    @Test
    void everyCodeHasARussianAndAnEnglishDescription() {
        for (DocumentWarning.Code code : DocumentWarning.Code.values()) {
            String ru = code.description(Locale.forLanguageTag("ru"));
            String en = code.description(Locale.ENGLISH);
            assertThat(ru).isNotBlank().isNotEqualTo(en).containsPattern("[а-я]");
            assertThat(en).isNotBlank();
        }
    }

    @Test
    void messageNamesTheUnitAndDetail() {
        DocumentWarning w = new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, 2, "3 lines");
        assertThat(w.message(Locale.ENGLISH)).isEqualTo("block 2: page headers, footers or page numbers removed (3 lines)");
        assertThat(w.message(Locale.forLanguageTag("ru"))).startsWith("блок 2: удалены колонтитулы");
    }

    @Test
    void messageNamesTheLineWhenThereIsOne() {
        DocumentWarning w = new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, 1, OptionalInt.of(61),
                "page number");
        assertThat(w.line()).hasValue(61);
        assertThat(w.message(Locale.ENGLISH))
                .isEqualTo("block 1, line 61: page headers, footers or page numbers removed (page number)");
        assertThat(w.message(Locale.forLanguageTag("ru"))).startsWith("блок 1, строка 61: удалены колонтитулы");
        assertThat(new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, "").line()).isEmpty();
    }

    @Test
    void refusesALineBelowOne() {
        assertThatThrownBy(() -> new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, OptionalInt.of(0), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeUnit() {
        assertThatThrownBy(() -> new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, -1, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
