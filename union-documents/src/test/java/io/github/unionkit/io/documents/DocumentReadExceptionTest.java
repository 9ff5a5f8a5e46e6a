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
    void everyTypeIsDescribed() {
        for (ErrorType type : ErrorType.values()) {
            assertThat(type.description()).isNotBlank();
        }
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new DocumentReadException(ErrorType.MALFORMED, DocumentFormat.DOCX, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
