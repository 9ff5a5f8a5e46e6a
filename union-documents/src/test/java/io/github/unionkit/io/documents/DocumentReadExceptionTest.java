package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import org.junit.jupiter.api.Test;

class DocumentReadExceptionTest {

    @Test
    void carriesTypeFormatAndLimit() {
        DocumentReadException e = new DocumentReadException(ErrorType.TOO_MANY_PAGES, DocumentFormat.PDF, 500);
        assertThat(e.errorType()).isEqualTo(ErrorType.TOO_MANY_PAGES);
        assertThat(e.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(e.limit()).isEqualTo(500);
        assertThat(e.getMessage()).isEqualTo("TOO_MANY_PAGES (PDF, limit 500): " + ErrorType.TOO_MANY_PAGES.description());
        assertThat(e.getCause()).isNull();
    }

    @Test
    void speaksRussianToRussianUsers() {
        DocumentReadException e = new DocumentReadException(ErrorType.TOO_MANY_PAGES, DocumentFormat.PDF, 1_500);

        assertThat(e).isInstanceOf(io.github.unionkit.model.error.UnionKitException.class);
        assertThat(e.message(java.util.Locale.forLanguageTag("ru")))
                .isEqualTo("в документе больше страниц, чем установленный предел (формат PDF, предел 1\u00A0500)");
        assertThat(new DocumentReadException(ErrorType.ENCRYPTED, DocumentFormat.DOCX, 0).getMessage())
                .isEqualTo("ENCRYPTED (DOCX): the document is encrypted");
    }

    @Test
    void everyTypeIsDescribedInBothLanguages() {
        for (ErrorType type : ErrorType.values()) {
            assertThat(type.description()).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(type.description(java.util.Locale.forLanguageTag("ru"))).containsPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new DocumentReadException(ErrorType.MALFORMED, DocumentFormat.DOCX, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
