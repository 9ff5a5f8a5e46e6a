package io.github.unionkit.benchmarks.text;

import io.github.unionkit.io.text.DecreeReferences;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scanning throughput over a whole decree: the seed decree's text repeated to about 1 MB, scanned by
 * {@link RussianDeadlines#findAll} and {@link DecreeReferences#findAll}, against a baseline in the same
 * run: {@link TextNormalizer#normalize}, one plain linear pass over the same characters. Divide the
 * text size ({@link #megabytes()}, printed at setup) by the time per operation for MB/s.
 *
 * <p>Hook for the decree parser: a {@code decreeTextParser()} benchmark over the same {@link #text}
 * belongs here, so the three scanners and the parser share one input and one baseline.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TextScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextScanBenchmark {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2020, 12, 18);
    private static final int TARGET_CHARS = 1_000_000;

    /** The seed decree's text repeated to about a million characters. */
    String text;

    /** Builds the input. */
    @Setup
    public void setUp() {
        String seed = SeedResolutions.astrakhan3of1Text();
        StringBuilder builder = new StringBuilder(TARGET_CHARS + seed.length());
        while (builder.length() < TARGET_CHARS) {
            builder.append(seed).append('\n');
        }
        text = builder.toString();
        System.out.printf("%ninput: %d chars, %.2f MB UTF-8%n", text.length(), megabytes());
    }

    /**
     * Returns the input's size in UTF-8 megabytes.
     *
     * @return the size in MB (10^6 bytes)
     */
    public double megabytes() {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
    }

    /**
     * Finds every deadline phrase.
     *
     * @return the matches
     */
    @Benchmark
    public Object findDeadlines() {
        return RussianDeadlines.findAll(text, DOCUMENT_DATE);
    }

    /**
     * Finds every decree reference.
     *
     * @return the references
     */
    @Benchmark
    public Object findReferences() {
        return DecreeReferences.findAll(text, DOCUMENT_DATE);
    }

    /**
     * The baseline: one linear normalising pass over the same text.
     *
     * @return the normalised text
     */
    @Benchmark
    public Object baselineNormalize() {
        return TextNormalizer.normalize(text);
    }
}
