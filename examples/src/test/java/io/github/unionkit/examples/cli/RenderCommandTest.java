package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import org.junit.jupiter.api.Test;

class RenderCommandTest {

    @Test
    void writesTheSampleAsDecreeText() {
        CliRun run = CliRun.run("render");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("«18» декабря 2020 г.", "№ 3-1", "Об итогах работы VIII съезда",
                "3.1.2. До 29 декабря 2020 г.", "в первом квартале 2021 года территориальным организациям");
    }

    @Test
    void appendsTheDeadlinesRenderedInInflectedRussian() {
        CliRun run = CliRun.run("render", "--deadline-table");

        assertThat(run.out).contains("Сроки исполнения:", "3.1.2 — до 29 декабря 2020 года",
                "3.3.1 — в первом полугодии 2021 года", "4.1.3 — в 2020–2025 годах");
    }

    @Test
    void writesTextThatReadsBackIntoTheSameDecreeButForTheIssuersIdThatNoTextCarries() throws Exception {
        java.nio.file.Path text = java.nio.file.Files.createTempFile("decree", ".txt");
        try {
            java.nio.file.Files.writeString(text, CliRun.run("render").out);

            CliRun run = CliRun.run("render", text.toString(), "--format", "json");

            Resolution read = UnionJson.read(UnionJson.mapper(), run.out, Resolution.class);
            Resolution seed = SeedResolutions.astrakhan3of1();
            // What the printed text carries comes back (decision 0017); the issuer's id is in no text.
            assertThat(read.number()).isEqualTo(seed.number());
            assertThat(read.adopted()).isEqualTo(seed.adopted());
            assertThat(read.headerLines()).isEqualTo(seed.headerLines());
            assertThat(read.title()).isEqualTo(seed.title());
            assertThat(read.preamble()).isEqualTo(seed.preamble());
            assertThat(read.operativeFormula()).isEqualTo(seed.operativeFormula());
            assertThat(read.allClauses()).extracting(c -> c.number() + " " + c.text() + c.items())
                    .isEqualTo(seed.allClauses().stream().map(c -> c.number() + " " + c.text() + c.items()).toList());
            assertThat(read.signatory()).isEqualTo(seed.signatory());
            assertThat(read.issuerKind()).isEqualTo(seed.issuerKind());
            assertThat(read.issuerOrganization()).isEmpty();
        } finally {
            java.nio.file.Files.delete(text);
        }
    }

    @Test
    void writesTheDecreeAsJsonThatReadsBackEqual() {
        CliRun run = CliRun.run("render", "--format", "json");

        Resolution read = UnionJson.read(UnionJson.mapper(), run.out, Resolution.class);
        assertThat(read).isEqualTo(SeedResolutions.astrakhan3of1());
    }

    @Test
    void writesAWordFileThatReadsBackIntoTheSameDecreeAsItsText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path docx = dir.resolve("decree.bin");
        CliRun written = CliRun.run("render", "--format", "docx", "--output", docx.toString());
        assertThat(written.exitCode).isZero();

        // Read back by content (the name says nothing), as any decree file.
        CliRun fromWord = CliRun.run("render", docx.toString(), "--format", "json");
        java.nio.file.Path text = dir.resolve("decree.txt");
        java.nio.file.Files.writeString(text, CliRun.run("render").out);
        CliRun fromText = CliRun.run("render", text.toString(), "--format", "json");
        assertThat(fromWord.exitCode).isZero();
        assertThat(fromWord.out).isEqualTo(fromText.out);
    }

    @Test
    void aWordFileNeedsAnOutputFile() {
        CliRun run = CliRun.run("render", "--format", "docx");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--output");
    }

    @Test
    void aLegacyWordFileIsRefusedWithItsReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path doc = dir.resolve("decree.doc");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(bytes);
        }
        java.nio.file.Files.write(doc, bytes.toByteArray());

        CliRun run = CliRun.run("check", doc.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains(".docx");
    }
}
