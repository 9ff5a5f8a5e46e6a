package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.EligibilityIndex;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.MemberId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Builds the eligibility index of a whole national registry (5,000,000 members, each given a card) from
 * the registry file, saves and loads it, and prints bytes per member, the time to build, and single-thread
 * questions per second, beside a {@code HashMap<String, long>} of the same answers built in the same run
 * (skipped when the heap is too small for it). Run it in a fresh JVM with the heap the index must fit:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.unionkit.benchmarks.registry.EligibilityRun
 * </pre>
 * Argument: the member count (default 5,000,000). The registry file is generated into
 * {@code java.io.tmpdir} on the first run and reused.
 */
public final class EligibilityRun {

    private static final int QUESTIONS = 5_000_000;

    private EligibilityRun() {
    }

    /**
     * Runs the measurement.
     *
     * @param args optional member count
     * @throws Exception if a file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        long members = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
        String name = "unionkit-registry-" + members + ".jsonl";
        Path file = RegistryFiles.file(RegistryFiles.national(members), RegistryFormat.JSON_LINES, name);
        LocalDate on = LocalDate.of(2020, 6, 1);

        long start = System.nanoTime();
        EligibilityIndex.Builder builder = EligibilityIndex.builder();
        long added = 0;
        try (RegistryReader reader = RegistryReader.open(file, RegistryFormat.JSON_LINES, RegistryReadOptions.defaults())) {
            Optional<RegistryRow> row;
            while ((row = reader.next()).isPresent()) {
                // every member gets a card, the worst case for the index's size
                builder.add(row.get().member().orElseThrow().toBuilder()
                        .card(CardNumber.of(String.format("%016d", 1_000_000_000_000L + added++))).build());
            }
        }
        EligibilityIndex built = builder.build();
        builder = null;
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        Path saved = Files.createTempFile("unionkit-eligibility", ".ukei");
        start = System.nanoTime();
        built.save(saved);
        double saveSeconds = (System.nanoTime() - start) / 1e9;
        built = null; // one index in the heap at a time
        start = System.nanoTime();
        EligibilityIndex index = EligibilityIndex.load(saved);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long fileBytes = Files.size(saved);
        Files.delete(saved);

        long n = added;
        SplittableRandom random = new SplittableRandom(3);
        MemberId[] ids = new MemberId[1 << 16];
        CardNumber[] cards = new CardNumber[ids.length];
        for (int i = 0; i < ids.length; i++) {
            long k = random.nextLong(n);
            ids[i] = MemberId.of(String.format("m%08d", k + 1));
            cards[i] = CardNumber.of(String.format("%016d", 1_000_000_000_000L + k));
        }
        double byMember = rate(() -> {
            long eligible = 0;
            for (int q = 0; q < QUESTIONS; q++) {
                eligible += index(index, ids[q & (ids.length - 1)], on);
            }
            return eligible;
        });
        double byCard = rate(() -> {
            long eligible = 0;
            for (int q = 0; q < QUESTIONS; q++) {
                eligible += index.byCard(cards[q & (cards.length - 1)], on).eligible() ? 1 : 0;
            }
            return eligible;
        });
        System.out.printf(Locale.ROOT, "members:        %,d (each with a card)%n", index.size());
        System.out.printf(Locale.ROOT, "index:          %,d bytes = %.1f bytes per member; file %,d bytes%n",
                index.retainedBytes(), index.retainedBytes() / (double) index.size(), fileBytes);
        System.out.printf(Locale.ROOT, "build:          %.1f s from the registry file; save %.2f s, load %.2f s%n",
                buildSeconds, saveSeconds, loadSeconds);
        System.out.printf(Locale.ROOT, "questions:      %,.0f/s by member id, %,.0f/s by card (one thread)%n", byMember,
                byCard);
        System.out.printf(Locale.ROOT, "heap:           max %.0f MiB, used %.1f MiB after the index is built%n",
                Runtime.getRuntime().maxMemory() / 1048576.0, used() / 1048576.0);
        if (Runtime.getRuntime().maxMemory() - used() > 160L * index.size()) {
            Map<MemberId, Long> baseline = new HashMap<>();
            for (long k = 0; k < n; k++) {
                MemberId id = MemberId.of(String.format("m%08d", k + 1));
                baseline.put(id, index.byMember(id, on).since().map(LocalDate::toEpochDay).orElse(-1L));
            }
            double hashMap = rate(() -> {
                long eligible = 0;
                for (int q = 0; q < QUESTIONS; q++) {
                    eligible += baseline.get(ids[q & (ids.length - 1)]) >= 0 ? 1 : 0;
                }
                return eligible;
            });
            System.out.printf(Locale.ROOT, "baseline:       HashMap<MemberId, Long> %,.0f/s; index by id = %.2f of it;"
                    + " heap used with the map %.1f MiB%n", hashMap, byMember / hashMap, used() / 1048576.0);
        } else {
            System.out.println("baseline:       skipped, the heap has no room for a HashMap of every member");
        }
    }

    private static int index(EligibilityIndex index, MemberId id, LocalDate on) {
        return index.byMember(id, on).eligible() ? 1 : 0;
    }

    private static double rate(java.util.function.LongSupplier run) {
        run.getAsLong(); // warm-up
        long start = System.nanoTime();
        long sink = run.getAsLong();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return QUESTIONS / seconds;
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
