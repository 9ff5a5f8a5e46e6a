package io.github.unionkit.io.text.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.corpus.CorpusScorer.DecreeScore;
import io.github.unionkit.io.text.corpus.CorpusScorer.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Runs every decree of the corpus, prints a table per decree and the totals, and holds the parser to
 * the ratchet in {@code corpus-baseline.properties}: never fewer facts right, never more silently wrong.
 * Raise {@code min.right} and lower {@code max.silentlyWrong} whenever the parser gets better.
 */
class DecreeCorpusTest {

    @Test
    void corpusIsNoWorseThanTheBaseline() throws IOException {
        List<String> names = CorpusScorer.decrees();
        long total = 0;
        long right = 0;
        long warned = 0;
        long silent = 0;
        StringBuilder report = new StringBuilder();
        List<String> silentList = new ArrayList<>();
        for (String name : names) {
            DecreeScore s = CorpusScorer.score(name);
            report.append(CorpusScorer.table(s));
            total += s.facts().size();
            right += s.count(Verdict.RIGHT);
            warned += s.count(Verdict.WARNED);
            silent += s.count(Verdict.SILENTLY_WRONG);
            s.facts().stream().filter(f -> f.verdict() == Verdict.SILENTLY_WRONG)
                    .forEach(f -> silentList.add(name + ": " + f.fact().key()));
        }
        String totals = "facts right " + right + " of " + total + ", warned " + warned + ", silently wrong " + silent
                + " (" + names.size() + " decrees)";
        report.append(System.lineSeparator()).append(totals).append(System.lineSeparator());
        System.out.println(report);
        Files.createDirectories(java.nio.file.Path.of(System.getProperty("uk.corpus.report.dir", "target")));
        Files.writeString(java.nio.file.Path.of(System.getProperty("uk.corpus.report.dir", "target"),
                "decree-corpus-report.txt"), report, StandardCharsets.UTF_8);

        Properties baseline = new Properties();
        try (Reader in = Files.newBufferedReader(CorpusScorer.CORPUS.resolve("corpus-baseline.properties"),
                StandardCharsets.UTF_8)) {
            baseline.load(in);
        }
        long minRight = Long.parseLong(baseline.getProperty("min.right"));
        long maxSilent = Long.parseLong(baseline.getProperty("max.silentlyWrong"));
        assertThat(names).as("corpus size").hasSizeGreaterThanOrEqualTo(40);
        assertThat(right).as("facts right (%s); ratchet min.right", totals).isGreaterThanOrEqualTo(minRight);
        assertThat(silent).as("facts silently wrong (%s); ratchet max.silentlyWrong; silently wrong: %s", totals,
                silentList).isLessThanOrEqualTo(maxSilent);
    }

    @Test
    void everyDecreeHasFactsAndTheFactsFileParses() {
        for (String name : CorpusScorer.decrees()) {
            assertThat(CorpusScorer.facts(name)).as(name).isNotEmpty();
        }
    }
}
