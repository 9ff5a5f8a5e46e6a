package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.PdfFixtures;
import java.util.List;
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
}
