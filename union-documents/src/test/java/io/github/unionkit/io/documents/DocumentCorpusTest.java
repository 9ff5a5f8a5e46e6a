package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.corpus.CorpusScorer;
import io.github.unionkit.io.text.corpus.CorpusScorer.DecreeScore;
import io.github.unionkit.io.text.corpus.CorpusScorer.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs union-text's decree corpus (from its test-jar, not a copy) through Word, PDF and HTML: each
 * decree's text is written in the format with the same libraries, read back with
 * {@link DecreeDocuments#read}, and scored against the same expected facts. Writes
 * {@code target/documents-corpus-report.txt} and holds each format to the ratchet in
 * {@code documents-corpus-baseline.properties}.
 */
class DocumentCorpusTest {

    private record Totals(long facts, long right, long warned, long silent, java.util.List<String> wrong) {
        String line(String format) {
            return format + ": facts right " + right + " of " + facts + ", warned " + warned + ", silently wrong "
                    + silent + (wrong.isEmpty() ? "" : " " + wrong);
        }
    }

    private static Totals run(Function<String, byte[]> writer) {
        long facts = 0;
        long right = 0;
        long warned = 0;
        long silent = 0;
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String name : CorpusScorer.decrees()) {
            DecreeScore s = CorpusScorer.score(name, text -> writer == null ? DecreeTextParser.parse(text)
                    : DecreeDocuments.read(writer.apply(text)).decree());
            facts += s.facts().size();
            right += s.count(Verdict.RIGHT);
            warned += s.count(Verdict.WARNED);
            silent += s.count(Verdict.SILENTLY_WRONG);
            s.facts().stream().filter(f -> f.verdict() == Verdict.SILENTLY_WRONG)
                    .forEach(f -> wrong.add(name + ": " + f.fact().key() + " got " + f.actual()));
        }
        return new Totals(facts, right, warned, silent, wrong);
    }

    private static Properties baseline() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocumentCorpusTest.class.getResourceAsStream("documents-corpus-baseline.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void corpusReadsAsWellFromEveryFormatAsTheBaselineSays() throws IOException {
        Totals text = run(null);
        Totals docx = run(t -> WordFixtures.fromText(t).bytes());
        Totals pdf = run(PdfFixtures::fromText);
        Totals html = run(HtmlFixtures::fromText);
        long automatic = 0;
        for (String name : CorpusScorer.decrees()) {
            automatic += WordFixtures.fromText(CorpusScorer.text(name)).automatic();
        }
        long wrapped = 0;
        long rejoined = 0;
        java.util.List<String> split = new java.util.ArrayList<>();
        long sourceLines = 0;
        long asWritten = 0;
        java.util.List<String> changed = new java.util.ArrayList<>();
        for (String name : CorpusScorer.decrees()) {
            String source = CorpusScorer.text(name);
            String read = DecreeDocuments.extract(PdfFixtures.fromText(source)).text();
            java.util.Set<String> readLines = new java.util.HashSet<>();
            read.lines().forEach(l -> readLines.add(String.join(" ", l.strip().split("[ \t]+"))));
            for (String line : source.split("\r\n|\n")) {
                if (!line.isBlank()) {
                    // A real break joined by mistake, or a wrapped line left split, loses the line as written.
                    sourceLines++;
                    boolean kept = readLines.contains(String.join(" ", line.strip().split("[ \t]+")));
                    asWritten += kept ? 1 : 0;
                    if (!kept) {
                        changed.add(name + ": " + line.strip().substring(0, Math.min(30, line.strip().length())) + "…");
                    }
                }
                if (PdfFixtures.wrap(line, PdfFixtures.COLUMN).size() > 1) {
                    wrapped++;
                    // Read back whole: the same words, in one line of the text read.
                    String words = String.join(" ", line.strip().split("[ \t]+"));
                    boolean whole = read.lines().map(l -> String.join(" ", l.strip().split("[ \t]+")))
                            .anyMatch(words::equals);
                    rejoined += whole ? 1 : 0;
                    if (!whole) {
                        split.add(name + ": " + words.substring(0, Math.min(40, words.length())) + "…");
                    }
                }
            }
        }
        String report = String.join(System.lineSeparator(), text.line("text"), docx.line("docx"), pdf.line("pdf"),
                html.line("html"), "docx clause lines numbered automatically by Word: " + automatic,
                "pdf lines wrapped by the column's width: " + wrapped + ", read back as one line: " + rejoined
                        + (split.isEmpty() ? "" : " " + split),
                "pdf lines read back as written: " + asWritten + " of " + sourceLines + (changed.isEmpty() ? "" : " " + changed),
                "(" + CorpusScorer.decrees().size() + " decrees)") + System.lineSeparator();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "documents-corpus-report.txt"), report, StandardCharsets.UTF_8);

        Properties b = baseline();
        assertThat(wrapped).as("lines the PDF fixture wraps").isGreaterThanOrEqualTo(Long.parseLong(b.getProperty("pdf.wrapped")));
        assertThat(asWritten).as(report).isGreaterThanOrEqualTo(Long.parseLong(b.getProperty("pdf.min.asWritten")));
        assertThat(rejoined).as(report).isGreaterThanOrEqualTo(Long.parseLong(b.getProperty("pdf.min.rejoined")));
        assertThat(automatic).as("automatic numbering used").isGreaterThanOrEqualTo(Long.parseLong(b.getProperty("docx.automatic")));
        for (String format : new String[] {"docx", "pdf", "html"}) {
            Totals t = format.equals("docx") ? docx : format.equals("pdf") ? pdf : html;
            assertThat(t.facts()).as(report).isEqualTo(text.facts());
            assertThat(t.right()).as(report).isGreaterThanOrEqualTo(Long.parseLong(b.getProperty(format + ".min.right")));
            assertThat(t.silent()).as(report)
                    .isLessThanOrEqualTo(Long.parseLong(b.getProperty(format + ".max.silentlyWrong")));
        }
    }
}
