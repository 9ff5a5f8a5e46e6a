package io.github.unionkit.benchmarks.text;

import io.github.unionkit.io.text.RussianDeadlines;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Deadline phrases read per second by {@link RussianDeadlines#parse}, against a baseline measured in
 * the same run: {@link LocalDate#parse} over as many ISO dates. The ratio of the two scores says what
 * reading Russian costs over reading the simplest machine date format.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DeadlinePhraseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlinePhraseBenchmark {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2020, 12, 18);

    // The seed's phrases and the other common forms, one of each.
    private static final String[] PHRASES = {
        "В течение 2021 года",
        "До 29 декабря 2020 г.",
        "в первом квартале 2021 г.",
        "в первом полугодии 2021 года",
        "в 2021 году",
        "в 2020-2025 годах",
        "во втором квартале 2021 года",
        "Продолжить работу",
        "не позднее 1 марта 2021 года",
        "до конца года",
        "в IV квартале т.г.",
        "в декабре 2020 года",
        "с 29 декабря 2020 года по 5 января 2021 года",
        "20-21 мая 2016 года",
        "16.06.2023 г.",
        "ежеквартально",
    };

    private static final String[] ISO_DATES = {
        "2021-12-31", "2020-12-28", "2021-03-31", "2021-06-30", "2021-12-31", "2025-12-31", "2021-06-30",
        "2020-12-18", "2021-03-01", "2020-12-31", "2020-12-31", "2020-12-31", "2021-01-05", "2016-05-21",
        "2023-06-16", "2020-12-18",
    };

    /**
     * Reads every phrase once; the score is phrases per second.
     *
     * @param sink consumes the results
     */
    @Benchmark
    @OperationsPerInvocation(16)
    public void russianPhrases(Blackhole sink) {
        for (String phrase : PHRASES) {
            sink.consume(RussianDeadlines.parse(phrase, DOCUMENT_DATE));
        }
    }

    /**
     * The baseline: parses as many ISO dates; the score is dates per second.
     *
     * @param sink consumes the results
     */
    @Benchmark
    @OperationsPerInvocation(16)
    public void baselineIsoDates(Blackhole sink) {
        for (String date : ISO_DATES) {
            sink.consume(LocalDate.parse(date));
        }
    }
}
