package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.RussianRenderer;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecreeWordWriterTest {

    private static final int EXAMPLES = 150;

    @Test
    void readingTheWordFileGivesWhatReadingTheRenderedTextGives() {
        SplittableRandom random = new SplittableRandom(13L);
        for (int i = 0; i < EXAMPLES; i++) {
            Resolution generated = ResolutionGenerators.resolutions().generate(random);
            String text = RussianRenderer.render(generated);

            Resolution fromText = DecreeTextParser.parse(text).resolution();
            Resolution fromWord = DecreeDocuments.read(DecreeWordWriter.write(generated)).decree().resolution();

            assertThat(fromWord).as("example %d:%n%s", i, text).isEqualTo(fromText);
        }
    }

    @Test
    void theSeedDecreeReadsBackFromWordAsFromText() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        byte[] word = DecreeWordWriter.write(seed);
        assertThat(DecreeDocuments.detect(word)).isEqualTo(DocumentFormat.DOCX);
        assertThat(DecreeDocuments.read(word).decree().resolution())
                .isEqualTo(DecreeTextParser.parse(RussianRenderer.render(seed)).resolution());
    }

    @Test
    void clausesAreAWordListNotTypedNumbers() {
        byte[] word = DecreeWordWriter.write(SeedResolutions.astrakhan3of1());
        String documentXml = DocxXml.part(word, "word/document.xml");
        assertThat(documentXml).contains("<w:numPr>").doesNotContain(">3.1.1. ");
        assertThat(DocxXml.part(word, "word/numbering.xml")).contains("%1.%2.%3.");
        assertThat(DecreeDocuments.extract(word).text()).contains("\n3.1.1. ");
    }
}
