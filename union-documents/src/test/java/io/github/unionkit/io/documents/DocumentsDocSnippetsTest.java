package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippet of docs/documents.md is this class's code, character for character, and reads the
 * seed decree from Word (with automatic numbering) and from plain text alike.
 */
class DocumentsDocSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "documents.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "github", "unionkit", "io",
            "documents", "DocumentsDocSnippetsTest.java");

    @TempDir
    Path dir;

    @Test
    void thePageShowsExactlyTheSnippetThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("read-document");
        assertThat(DocSnippets.block(PAGE, "read-document")).isEqualTo(DocSnippets.region(THIS_SOURCE, "read-document"));
    }

    @Test
    void theSnippetReadsTheSeedDecreeFromWordAndFromText() throws IOException {
        String text = SeedResolutions.astrakhan3of1Text();
        Path docx = Files.write(dir.resolve("postanovlenie.docx"), WordFixtures.fromText(text).bytes());
        Path txt = Files.writeString(dir.resolve("postanovlenie.txt"), text, StandardCharsets.UTF_8);

        for (Path file : List.of(docx, txt)) {
            Resolution resolution = read(file);
            assertThat(resolution.number()).as(file.toString()).contains(DecreeNumber.parse("3-1"));
            assertThat(resolution.clause(ClauseNumber.parse("4.3"))).as(file.toString()).isPresent();
        }
    }

    // snippet-begin read-document
    Resolution read(Path file) throws IOException {                        // e.g. Path.of("postanovlenie.docx")
        byte[] bytes = Files.readAllBytes(file);                            // or .pdf, .html, .txt
        DocumentReadResult result = DecreeDocuments.read(bytes);           // format told by content
        Resolution resolution = result.decree().resolution();
        for (DecreeParseWarning w : result.decree().warnings()) {
            int paragraph = result.unitOf(w).orElse(-1);                    // where in the file
        }
        List<PlanTable> plans = result.plans();                             // «План мероприятий» tables
        return resolution;
    }
    // snippet-end read-document
}
