package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryGenerator;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The count comparison of issue 12 (decision 0044), in one run on one file: UnionKit's import as the
 * documented API runs it (its default parallelism, and one thread), the hand-written Jackson streaming
 * loop doing the same counts ({@link JacksonCountLoop}, one thread), and DuckDB through JDBC
 * ({@link DuckDbCounts}, its default threads, and one). Engines take turns, each run is timed from the
 * file to the engine-neutral {@link EngineCounts}, the best of the repetitions is kept, every result must
 * equal UnionKit's, and the figures are printed as ratios to the baselines of the same run.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.unionkit.benchmarks.registry.CountPipelineRun 5000000 jsonl,csv 3
 * </pre>
 * Arguments: the member count (default 5,000,000), the formats (default {@code jsonl,csv}) and the
 * repetitions (default 3). Files are generated into {@code java.io.tmpdir} on the first run and reused
 * (the same files as {@link WholeRegistryRun}'s). The organization tree is read once, outside the timing:
 * every engine gets it parsed.
 */
public final class CountPipelineRun {

    private CountPipelineRun() {
    }

    /** One engine of the comparison. */
    private record Engine(String name, Supplier<EngineCounts> run) {
    }

    /**
     * Runs the comparison.
     *
     * @param args optional member count, formats and repetitions
     * @throws Exception if a file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
        String[] formats = (args.length > 1 ? args[1] : "jsonl,csv").split(",");
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean agreed = true;
        for (String name : formats) {
            agreed &= compare(members, name.equalsIgnoreCase("csv") ? RegistryFormat.CSV : RegistryFormat.JSON_LINES,
                    repetitions);
        }
        if (!agreed) {
            System.exit(1);
        }
    }

    private static boolean compare(long members, RegistryFormat format, int repetitions) throws Exception {
        RegistryGenerator generator = RegistryFiles.national(members);
        String name = "unionkit-registry-" + members + (format == RegistryFormat.CSV ? ".csv" : ".jsonl");
        Path file = RegistryFiles.file(generator, format, name);
        Path treeFile = Path.of(System.getProperty("java.io.tmpdir"), "unionkit-national.organizations.json");
        if (!Files.exists(treeFile)) {
            try (OutputStream out = Files.newOutputStream(treeFile)) {
                UnionJson.writeDocument(generator.organizations(), out);
            }
        }
        OrganizationTree tree;
        try (InputStream in = Files.newInputStream(treeFile)) {
            tree = UnionJson.read(UnionJson.mapper(), in, OrganizationTree.class);
        }
        LocalDate asOf = generator.asOf();
        SizeTiers schedule = SizeTiers.seedClause43();
        List<Engine> engines = List.of(
                new Engine("UnionKit, defaults", () -> EngineCounts.of(RegistryImport.builder(asOf)
                        .organizations(tree).schedule(schedule).build().run(file))),
                new Engine("UnionKit, 1 thread", () -> EngineCounts.of(RegistryImport.builder(asOf)
                        .organizations(tree).schedule(schedule).parallelism(1).build().run(file))),
                new Engine("Jackson loop, 1 thread", () -> format == RegistryFormat.CSV
                        ? JacksonCountLoop.csv(file, asOf, tree, schedule)
                        : JacksonCountLoop.jsonLines(file, asOf, tree, schedule)),
                new Engine("DuckDB, defaults", () -> DuckDbCounts.count(file, format, asOf, tree, schedule, 0)),
                new Engine("DuckDB, 1 thread", () -> DuckDbCounts.count(file, format, asOf, tree, schedule, 1)));

        System.out.printf(Locale.ROOT, "%s: %,d members, %,d bytes, %,d organizations, as of %s, %d processors, "
                + "max heap %d MiB, best of %d%n", file, members, Files.size(file), tree.size(), asOf,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, repetitions);
        double[] best = new double[engines.size()];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        EngineCounts reference = null;
        List<String> disagreeing = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            for (int e = 0; e < engines.size(); e++) {
                System.gc();
                long start = System.nanoTime();
                EngineCounts counts = engines.get(e).run().get();
                double seconds = (System.nanoTime() - start) / 1e9;
                best[e] = Math.min(best[e], seconds);
                System.out.printf(Locale.ROOT, "  run %d %-24s %6.2f s%n", r + 1, engines.get(e).name(), seconds);
                if (reference == null) {
                    reference = counts;
                } else if (!reference.equals(counts) && !disagreeing.contains(engines.get(e).name())) {
                    disagreeing.add(engines.get(e).name());
                }
            }
        }
        System.out.printf(Locale.ROOT, "  counted %,d active members in %,d organizations; bands %s%n",
                reference.counted(), reference.direct().size(), bandSizes(reference));
        for (int e = 0; e < engines.size(); e++) {
            System.out.printf(Locale.ROOT, "  %-24s best %6.2f s  %,10.0f records/s%n", engines.get(e).name(),
                    best[e], members / best[e]);
        }
        double jackson = best[2];
        System.out.printf(Locale.ROOT, "  throughput vs the Jackson loop (>= 0.8): defaults %.2fx, 1 thread %.2fx%n",
                jackson / best[0], jackson / best[1]);
        System.out.printf(Locale.ROOT, "  time vs DuckDB (<= 1.5): defaults %.2fx of DuckDB's defaults, "
                + "1 thread %.2fx of DuckDB's 1 thread%n", best[0] / best[3], best[1] / best[4]);
        System.out.println(disagreeing.isEmpty() ? "  counts: identical in every engine and run"
                : "  counts DIFFER from UnionKit's: " + disagreeing);
        return disagreeing.isEmpty();
    }

    private static String bandSizes(EngineCounts counts) {
        StringBuilder text = new StringBuilder();
        counts.bands().forEach((band, ids) -> text.append(text.length() == 0 ? "" : ", ").append(band).append(": ")
                .append(ids.size()));
        return text.toString();
    }
}
