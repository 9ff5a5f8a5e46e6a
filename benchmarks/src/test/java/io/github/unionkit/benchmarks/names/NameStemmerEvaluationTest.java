package io.github.unionkit.benchmarks.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.org.internal.NameForms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The measurement behind decision 0042: the hand-written ending list of {@code NameForms} against
 * Lucene's Russian stemmers (lucene-analysis-common 9.12.3) on every organization-name form of the
 * seeds and tests ({@code corpus-name-forms.tsv}), a table of six case forms of 52 names
 * ({@code name-forms.tsv}) and near-miss pairs ({@code near-misses.tsv}), all in union-model's test
 * resources. The figures go to {@code target/name-stemmer-evaluation.txt}; the test fails if the
 * chosen matcher stops being at least as good as every candidate.
 */
class NameStemmerEvaluationTest {

    private static final Path RESOURCES = Path.of("..", "union-model", "src", "test", "resources", "io", "github",
            "unionkit", "model", "org");

    /** One candidate: how it turns a name into a key; equal non-empty keys match. */
    private record Candidate(String name, Function<String, String> key) {
    }

    /** Agreement of one candidate. */
    private record Score(int formsMatched, int forms, int falseMatches, int nearMisses, List<String> misses) {
        @Override
        public String toString() {
            return String.format("true positives %d/%d (%.1f %%), false positives %d/%d%s", formsMatched, forms,
                    100.0 * formsMatched / forms, falseMatches, nearMisses,
                    misses.isEmpty() ? "" : "; e.g. " + String.join("; ", misses.subList(0, Math.min(3, misses.size()))));
        }
    }

    private static List<String[]> rows(String file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String light(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, new RussianLightStemmer().stem(chars, chars.length));
    }

    private static String snowball(String word) {
        RussianStemmer stemmer = new RussianStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The whole RussianAnalyzer (tokenizer, lower case, stop words, Snowball), as a user would take it. */
    private static String analyzed(Analyzer analyzer, String name) {
        StringBuilder key = new StringBuilder();
        try (TokenStream tokens = analyzer.tokenStream("name", name.replace('ё', 'е').replace('Ё', 'Е'))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                key.append(key.length() == 0 ? "" : " ").append(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key.toString();
    }

    private static Function<String, String> within(UnaryOperator<String> stemmer) {
        return name -> String.join(" ", NameForms.stems(name, stemmer));
    }

    private static boolean same(Candidate candidate, String a, String b) {
        String key = candidate.key().apply(a);
        return !key.isEmpty() && key.equals(candidate.key().apply(b));
    }

    private static Score score(Candidate candidate) {
        int matched = 0;
        int forms = 0;
        List<String> misses = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        List<String[]> table = rows("name-forms.tsv");
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                pairs.add(new String[] {row[i], row[0]});
            }
        }
        pairs.addAll(rows("corpus-name-forms.tsv"));
        for (String[] pair : pairs) {
            forms++;
            if (same(candidate, pair[0], pair[1])) {
                matched++;
            } else {
                misses.add("missed «" + pair[0] + "»");
            }
        }
        int falseMatches = 0;
        int nearMisses = 0;
        for (String[] pair : rows("near-misses.tsv")) {
            nearMisses++;
            if (same(candidate, pair[0], pair[1])) {
                falseMatches++;
                misses.add("matched «" + pair[0] + "» with «" + pair[1] + "»");
            }
        }
        // Different names of the table: every form of a later row against the nominative of an earlier one.
        for (int a = 0; a < table.size(); a++) {
            for (int b = a + 1; b < table.size(); b++) {
                for (String form : table.get(b)) {
                    nearMisses++;
                    falseMatches += same(candidate, form, table.get(a)[0]) ? 1 : 0;
                }
            }
        }
        return new Score(matched, forms, falseMatches, nearMisses, misses);
    }

    private static long jarBytes(Class<?> type) {
        try {
            return Files.size(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot size the jar of " + type, e);
        }
    }

    @Test
    void theHandWrittenEndingListAgreesAtLeastAsWellAsLucenesStemmersAndWeighsNothing() throws IOException {
        RussianAnalyzer analyzer = new RussianAnalyzer();
        List<Candidate> candidates = List.of(
                new Candidate("hand-written ending list (NameForms)", within(NameForms::stem)),
                new Candidate("Lucene RussianLightStemmer in the same pipeline", within(
                        NameStemmerEvaluationTest::light)),
                new Candidate("Lucene Snowball RussianStemmer in the same pipeline", within(
                        NameStemmerEvaluationTest::snowball)),
                new Candidate("Lucene RussianAnalyzer alone", name -> analyzed(analyzer, name)),
                new Candidate("no stemming (exact words)", within(UnaryOperator.identity())));
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            scores.put(candidate.name(), score(candidate));
        }
        StringBuilder report = new StringBuilder("Organization-name matching: candidates (decision 0042)\n");
        scores.forEach((name, score) -> report.append(String.format("%-52s %s%n", name, score)));
        long nameForms = Files.size(Path.of("..", "union-model", "target", "classes", "io", "github", "unionkit",
                "model", "org", "internal", "NameForms.class"));
        report.append(String.format("weight: NameForms.class %d bytes; lucene-analysis-common %d bytes + "
                + "lucene-core %d bytes%n", nameForms, jarBytes(RussianAnalyzer.class), jarBytes(Analyzer.class)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "name-stemmer-evaluation.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);

        Score chosen = scores.get(candidates.get(0).name());
        assertThat(chosen.falseMatches()).isZero();
        assertThat(chosen.formsMatched()).isEqualTo(chosen.forms());
        for (Score other : scores.values()) {
            assertThat(chosen.formsMatched() - chosen.falseMatches())
                    .isGreaterThanOrEqualTo(other.formsMatched() - other.falseMatches());
        }
    }
}
