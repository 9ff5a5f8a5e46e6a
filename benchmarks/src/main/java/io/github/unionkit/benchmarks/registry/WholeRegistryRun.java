package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryGenerator;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Imports a whole national registry (5,000,000 members in about 85,000 organizations) through the full
 * pipeline and the documented API, the organization tree included: the tree is read from its JSON file
 * with {@code UnionJson.read} (streamed), the registry with {@code RegistryImport.run}. Prints the time,
 * records per second and peak heap. Run it in a fresh JVM with a small heap:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.unionkit.benchmarks.registry.WholeRegistryRun 5000000 jsonl 1 nodup
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.unionkit.benchmarks.registry.WholeRegistryRun 5000000 jsonl 1 dup
 * </pre>
 * Arguments: the member count (default 5,000,000), the format ({@code jsonl} or {@code csv}), the
 * number of import threads (default: the import's own default, which is one thread in a heap under
 * 256 MiB) and {@code dup} (default: duplicate member ids and cards detected, about 14 bytes per member)
 * or {@code nodup}. The registry and tree files are generated into {@code java.io.tmpdir} on the first
 * run and reused afterwards.
 */
public final class WholeRegistryRun {

    private WholeRegistryRun() {
    }

    /**
     * Runs the import.
     *
     * @param args optional member count and format
     * @throws Exception if the file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
        RegistryFormat format = args.length > 1 && args[1].equalsIgnoreCase("csv") ? RegistryFormat.CSV
                : RegistryFormat.JSON_LINES;
        String name = "unionkit-registry-" + members + (format == RegistryFormat.CSV ? ".csv" : ".jsonl");

        Path file = Path.of(System.getProperty("java.io.tmpdir"), name);
        Path treeFile = Path.of(System.getProperty("java.io.tmpdir"), "unionkit-national.organizations.json");
        if (!Files.exists(file) || !Files.exists(treeFile)) {
            long start = System.nanoTime();
            RegistryGenerator generator = RegistryFiles.national(members);
            RegistryFiles.file(generator, format, name);
            try (OutputStream out = Files.newOutputStream(treeFile)) {
                UnionJson.writeDocument(generator.organizations(), out);
            }
            System.out.printf(Locale.ROOT, "generated %s (%,d bytes) and its tree in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - start) / 1e9);
        }
        LocalDate asOf = LocalDate.of(2021, 1, 1); // the generator's default date, as RegistryFiles.national uses it
        OrganizationTree tree;
        try (InputStream in = Files.newInputStream(treeFile)) {
            tree = UnionJson.read(UnionJson.mapper(), in, OrganizationTree.class);
        }
        RegistryImport.Builder builder = RegistryImport.builder(asOf)
                .organizations(tree)
                .schedule(SizeTiers.seedClause43());
        if (args.length > 2) {
            builder.parallelism(Integer.parseInt(args[2]));
        }
        boolean duplicates = args.length <= 3 || !args[3].equalsIgnoreCase("nodup");
        builder.detectDuplicates(duplicates);
        RegistryImport pipeline = builder.build();
        HeapPeak peak = HeapPeak.start();
        long gcBefore = gcCount();
        long start = System.nanoTime();
        ImportReport report = pipeline.run(file);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "file:          %s (%,d bytes)%n", file, Files.size(file));
        System.out.printf(Locale.ROOT, "organizations: %,d (read from %s, %,d bytes)%n", tree.size(), treeFile,
                Files.size(treeFile));
        System.out.printf(Locale.ROOT, "duplicates:    %s%n", duplicates ? "detected" : "not looked for");
        System.out.printf(Locale.ROOT, "read:          %,d = accepted %,d + rejected %,d%n", report.read(),
                report.accepted(), report.rejected());
        System.out.printf(Locale.ROOT, "counted:       %,d active on %s (%s)%n", report.counted(), report.asOf(),
                report.countsByLevel().get(OrganizationLevel.NATIONAL));
        report.routing().forEach((tier, ids) -> System.out.printf(Locale.ROOT, "tier %-10s %,d territorial%n",
                tier.range(), ids.size()));
        System.out.printf(Locale.ROOT, "time:          %.2f s%n", seconds);
        System.out.printf(Locale.ROOT, "throughput:    %,.0f records/s%n", report.read() / seconds);
        System.out.printf(Locale.ROOT, "peak heap:     %.1f MiB used before a GC, %.1f MiB after (max %.0f MiB), "
                + "%d GCs%n", peak.beforeGc() / 1048576.0, peak.afterGc() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, gcCount() - gcBefore);
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }
}
