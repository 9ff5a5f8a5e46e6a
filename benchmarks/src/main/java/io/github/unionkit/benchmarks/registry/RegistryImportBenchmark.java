package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryGenerator;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Registry import through the full pipeline (parse with limits and line numbers, validate with the
 * union-rules member catalogue against the organization tree, aggregate per organization, subtree and
 * level, route territorial organizations by size) against the baseline: a hand-written Jackson
 * streaming loop reading the same file into plain records without validation. Scores are records per
 * second; the target is a pipeline score of at least 0.6 of the baseline's. {@code pipeline} uses the
 * import's default parallelism, {@code pipelineOneThread} a single thread like the baseline, and
 * {@code pipelineOneThreadWithoutDuplicates} also leaves out the duplicate id and card check.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RegistryImportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@OperationsPerInvocation(RegistryImportBenchmark.RECORDS)
public class RegistryImportBenchmark {

    /** Records in the benchmark file. */
    public static final int RECORDS = 200_000;

    private Path file;
    private RegistryImport pipeline;
    private RegistryImport pipelineOneThread;
    private RegistryImport withoutDuplicates;

    /** Generates (or reuses) the file and builds the import. */
    @Setup
    public void setUp() {
        RegistryGenerator generator = RegistryFiles.national(RECORDS);
        file = RegistryFiles.file(generator, RegistryFormat.JSON_LINES, "unionkit-bench-200k.jsonl");
        pipeline = RegistryImport.builder(generator.asOf())
                .organizations(generator.organizations())
                .schedule(SizeTiers.seedClause43())
                .build();
        pipelineOneThread = RegistryImport.builder(generator.asOf())
                .organizations(generator.organizations())
                .schedule(SizeTiers.seedClause43())
                .parallelism(1)
                .build();
        withoutDuplicates = RegistryImport.builder(generator.asOf())
                .organizations(generator.organizations())
                .schedule(SizeTiers.seedClause43())
                .parallelism(1)
                .detectDuplicates(false)
                .build();
    }

    /**
     * The full pipeline with its default parallelism (the available processors, at most 4).
     *
     * @return the report
     */
    @Benchmark
    public ImportReport pipeline() {
        return checked(pipeline.run(file));
    }

    /**
     * The full pipeline on one thread, like the baseline.
     *
     * @return the report
     */
    @Benchmark
    public ImportReport pipelineOneThread() {
        return checked(pipelineOneThread.run(file));
    }

    /**
     * The full pipeline on one thread without duplicate detection: what detection costs.
     *
     * @return the report
     */
    @Benchmark
    public ImportReport pipelineOneThreadWithoutDuplicates() {
        return checked(withoutDuplicates.run(file));
    }

    private static ImportReport checked(ImportReport report) {
        if (report.accepted() != RECORDS) {
            throw new IllegalStateException("unexpected report: " + report);
        }
        return report;
    }

    /**
     * The baseline: a hand-written streaming loop, no validation.
     *
     * @param blackhole consumes the records
     * @return the record count
     */
    @Benchmark
    public long baselineStreamingLoop(Blackhole blackhole) {
        return BaselineRecordLoop.read(file, blackhole::consume);
    }
}
