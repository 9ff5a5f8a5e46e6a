package io.github.unionkit.benchmarks.text;

import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.RussianRenderer;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-decree parsing throughput of {@link DecreeTextParser#parse(String, DecreeParseOptions)}, against
 * a baseline in the same run over the same text: splitting it into lines and {@link String#strip()}ping
 * each, the least any line-based reader must do. Divide the input size (printed at setup, in MB of
 * UTF-8) by the time per operation for MB/s; the ratio of the two times is what reading a decree costs
 * over merely walking its lines.
 *
 * <p>Two inputs: {@code seed}, decree № 3-1 itself (10.9 KB), and {@code large}, about a megabyte: the
 * seed's header and formula followed by its clauses 1–5 repeated with their top-level numbers shifted
 * (a decree of several hundred clauses, every one of them read for assignments, deadlines, size bands
 * and references). {@link #render()} measures {@link RussianRenderer} on the seed resolution.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DecreeParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecreeParserBenchmark {

    private static final int LARGE_CHARS = 1_000_000;
    private static final int SEED_CLAUSES = 5;

    /** Which decree to read. */
    @Param({"seed", "large"})
    public String input;

    private String text;
    private DecreeParseOptions options;
    private Resolution seed;

    /** Builds the input and prints its size. */
    @Setup(Level.Trial)
    public void setUp() {
        String seedText = SeedResolutions.astrakhan3of1Text();
        text = "seed".equals(input) ? seedText : large(seedText);
        options = DecreeParseOptions.defaults().withIssuer(SeedResolutions.ASTRAKHAN);
        seed = SeedResolutions.astrakhan3of1();
        int clauses = DecreeTextParser.parse(text, options).resolution().allClauses().size();
        System.out.printf("%ninput %s: %d chars, %.4f MB UTF-8, %d clauses%n", input, text.length(), megabytes(),
                clauses);
    }

    /** The seed's header, then its clauses 1–5 again and again with shifted numbers, then clause 6. */
    static String large(String seedText) {
        int formula = seedText.indexOf("постановляет:");
        int operative = seedText.indexOf('\n', formula) + 1;
        int control = seedText.indexOf("6.Контроль");
        String head = seedText.substring(0, operative);
        String[] body = seedText.substring(operative, control).split("\n", -1);
        StringBuilder out = new StringBuilder(LARGE_CHARS + seedText.length()).append(head);
        int shift = 0;
        while (out.length() < LARGE_CHARS) {
            for (String line : body) {
                out.append(shifted(line, shift)).append('\n');
            }
            shift += SEED_CLAUSES;
        }
        return out.append(shift + 1).append(seedText.substring(control + 1)).toString();
    }

    private static String shifted(String line, int shift) {
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == line.length() || line.charAt(digits) != '.') {
            return line;
        }
        return (Integer.parseInt(line.substring(0, digits)) + shift) + line.substring(digits);
    }

    /**
     * Returns the input's size in UTF-8 megabytes.
     *
     * @return the size in MB (10^6 bytes)
     */
    public double megabytes() {
        return text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    }

    /**
     * Parses the whole decree.
     *
     * @return the result
     */
    @Benchmark
    public Object parse() {
        return DecreeTextParser.parse(text, options);
    }

    /**
     * The baseline: splits the same text into lines and strips each.
     *
     * @param sink consumes the lines
     */
    @Benchmark
    public void baselineSplitStrip(Blackhole sink) {
        text.lines().forEach(line -> sink.consume(line.strip()));
    }

    /**
     * Renders the seed resolution (the same for both inputs).
     *
     * @return the text
     */
    @Benchmark
    public Object render() {
        return RussianRenderer.render(seed);
    }
}
