package io.github.unionkit.io.registry;

import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.registry.internal.CountAccumulator;
import io.github.unionkit.io.registry.internal.CountTable;
import io.github.unionkit.io.registry.internal.JsonLinesSource;
import io.github.unionkit.io.registry.internal.LineBatch;
import io.github.unionkit.io.registry.internal.OrganizationIndex;
import io.github.unionkit.io.registry.internal.ParallelLines;
import io.github.unionkit.io.registry.internal.RecordParser;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.IOException;
import tools.jackson.core.json.JsonFactory;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry import pipeline: parse each record, validate it with union-rules, aggregate the active
 * members per organization and per level by category as of a date, and route territorial
 * organizations through a size-tier schedule.
 *
 * <pre>{@code
 * ImportReport report = RegistryImport.builder(LocalDate.of(2021, 1, 1))
 *         .organizations(tree)
 *         .schedule(SizeTiers.seedClause43())
 *         .build()
 *         .run(Path.of("registry.jsonl"));
 * }</pre>
 *
 * <p>Every record read is either accepted or rejected ({@code read = accepted + rejected}); each
 * rejection goes to the listener with its line number and reason, and the first ones are kept in the
 * report. Memory grows with the number of organizations, not members: records are not kept (so
 * duplicate member ids across the file, which need memory per member, are not detected here; use
 * {@code Catalogue.members()} on a {@code MembershipRegistry} for that). An import is immutable and
 * may be run many times, also concurrently.
 */
public final class RegistryImport {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryImport.class);

    private final LocalDate asOf;
    private final OrganizationTree organizations;
    private final OrganizationIndex index;
    private final RuleSet<Member> rules;
    private final RuleContext context;
    private final List<Rule<? super Member>> activeRules;
    private final Severity rejectAt;
    private final BadRowPolicy policy;
    private final SizeTiers schedule;
    private final Consumer<Rejection> listener;
    private final int retained;
    private final RegistryReadOptions options;
    private final int parallelism;

    private RegistryImport(Builder builder) {
        this.asOf = builder.asOf;
        this.organizations = builder.organizations;
        this.index = organizations == null ? null : new OrganizationIndex(organizations);
        this.rules = builder.rules;
        this.context = builder.context != null ? builder.context : defaultContext(builder);
        List<Rule<? super Member>> enabled = new ArrayList<>();
        for (Rule<? super Member> rule : rules.rules()) {
            if (context.isEnabled(rule.code())) {
                enabled.add(rule);
            }
        }
        this.activeRules = List.copyOf(enabled);
        this.rejectAt = builder.rejectAt;
        this.policy = builder.policy;
        this.schedule = builder.schedule;
        this.listener = builder.listener;
        this.retained = builder.retained;
        this.options = builder.options;
        this.parallelism = builder.parallelism;
    }

    /**
     * Returns a builder for an import whose counts are as of {@code asOf}.
     *
     * @param asOf the date of the counts, not null
     * @return a new builder
     */
    public static Builder builder(LocalDate asOf) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Imports a file in the format its extension names. JSON Lines files are parsed and validated on
     * {@link Builder#parallelism(int)} threads (records are still reported in file order); CSV files
     * and the {@link BadRowPolicy#STOP_AT_FIRST} policy are processed on the calling thread.
     *
     * @param file the registry file, not null
     * @return the report
     * @throws java.io.UncheckedIOException if the file cannot be opened
     */
    public ImportReport run(Path file) {
        RegistryFormat format = RegistryFormat.of(file);
        boolean parallel = format == RegistryFormat.JSON_LINES && parallelism > 1
                && policy == BadRowPolicy.REPORT_AND_CONTINUE;
        // Counts only: a registry's rows are personal data and never reach a log line.
        LOG.debug("Importing a {} registry as of {} on {} thread(s)", format, asOf, parallel ? parallelism : 1);
        long started = System.nanoTime();
        ImportReport report = parallel ? runParallel(file) : runSequential(file, format);
        LOG.debug("Registry import as of {}: read {} = accepted {} + rejected {} in {} ms", asOf, report.read(),
                report.accepted(), report.rejected(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private ImportReport runParallel(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return runParallel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport runSequential(Path file, RegistryFormat format) {
        try (RegistryReader reader = RegistryReader.open(Files.newInputStream(file), format, options, known())) {
            return run(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the remaining rows of a reader (which the caller closes), on the calling thread.
     *
     * @param reader the reader, not null
     * @return the report
     */
    public ImportReport run(RegistryReader reader) {
        Objects.requireNonNull(reader, "reader");
        Run run = new Run();
        Optional<RegistryRow> next;
        while ((next = reader.next()).isPresent()) {
            if (!run.process(next.get())) {
                break;
            }
        }
        return run.report(run.stopped || reader.stoppedEarly());
    }

    private ImportReport runParallel(InputStream in) {
        Run run = new Run();
        JsonFactory shared = RecordParser.factory(options.limits());
        ParallelLines.End end = ParallelLines.run(in, options.maxLineLength(), parallelism,
                batch -> judge(batch, new RecordParser(shared, options, known())), run::merge);
        boolean stopped = false;
        if (end.failure() != null) {
            run.read++;
            run.count(JsonLinesSource.unreadable(Math.max(1, end.lastLine()), end.failure()));
            stopped = true;
        }
        return run.report(stopped);
    }

    private KnownOrganizations known() {
        return index == null ? KnownOrganizations.NONE : index;
    }

    private static RuleContext defaultContext(Builder builder) {
        RuleContext.Builder context = RuleContext.builder(builder.asOf);
        if (builder.organizations != null) {
            context.organizations(builder.organizations);
        }
        return context.build();
    }

    /** Parses and judges a batch of lines on a worker thread. */
    private BatchTally judge(LineBatch batch, RecordParser parser) {
        BatchTally tally = new BatchTally(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            RegistryRow row = batch.tooLong(i) ? parser.tooLong(batch.line(i))
                    : parser.parse(batch.line(i), batch.data(), batch.start(i), batch.length(i));
            Rejection rejection = judge(row, tally);
            tally.read++;
            if (rejection != null) {
                tally.rejections.add(rejection);
            }
        }
        return tally;
    }

    /**
     * Accepts or rejects one row. An accepted member is passed to the tally; thread-safe.
     *
     * @return the rejection, or null if the row is accepted
     */
    private Rejection judge(RegistryRow row, Tally tally) {
        Rejection rejection = row.rejection().orElse(null);
        if (rejection != null) {
            return rejection;
        }
        Member member = row.member().orElseThrow();
        int position = -1;
        if (index != null) {
            position = index.positionOf(member.primaryOrganization());
            if (position < 0) {
                return new Rejection(row.line(), Rejection.Reason.UNKNOWN_ORGANIZATION, "primaryOrganization",
                        "the organization is not in the organization tree of the import", Optional.of(member.id()));
            }
        }
        // The same as rules.check(member, context), without building a report for every member.
        Violation blocking = null;
        int belowThreshold = 0;
        for (Rule<? super Member> rule : activeRules) {
            for (Violation violation : rule.check(member, context)) {
                if (!violation.severity().isAtLeast(rejectAt)) {
                    belowThreshold++;
                } else if (blocking == null) {
                    blocking = violation;
                }
            }
        }
        if (blocking != null) {
            return new Rejection(row.line(), Rejection.Reason.RULE_VIOLATION, blocking.path().toString(),
                    blocking.code() + ": " + blocking.messageEn(), Optional.of(member.id()));
        }
        tally.accepted(member, position, member.isActiveOn(asOf), belowThreshold);
        return null;
    }

    /** Receives accepted members. */
    private interface Tally {
        void accepted(Member member, int position, boolean active, int warnings);
    }

    /** What a worker found in one batch: counters, the members to count, and the rejections in order. */
    private static final class BatchTally implements Tally {

        private final List<Rejection> rejections = new ArrayList<>();
        private final int[] slots;
        private final List<OrganizationId> organizations = new ArrayList<>();
        private final List<MemberCategory> categories = new ArrayList<>();
        private int counted;
        private long read;
        private long accepted;
        private long warnings;

        BatchTally(int size) {
            this.slots = new int[size];
        }

        @Override
        public void accepted(Member member, int position, boolean active, int found) {
            accepted++;
            warnings += found;
            if (active) {
                if (position >= 0) {
                    slots[counted] = position * MemberCategory.values().length + member.category().ordinal();
                } else {
                    organizations.add(member.primaryOrganization());
                    categories.add(member.category());
                }
                counted++;
            }
        }
    }

    /** The state of one run, confined to the calling thread. */
    private final class Run implements Tally {

        private final CountAccumulator counts = index == null ? new CountAccumulator() : null;
        private final CountTable table = index == null ? null : new CountTable(index, asOf);
        private final List<Rejection> kept = new ArrayList<>();
        private final EnumMap<Rejection.Reason, Long> byReason = new EnumMap<>(Rejection.Reason.class);
        private long read;
        private long accepted;
        private long rejected;
        private long counted;
        private long warnings;
        private boolean stopped;

        /** Processes one row; returns false to stop. */
        boolean process(RegistryRow row) {
            read++;
            Rejection rejection = judge(row, this);
            if (rejection == null) {
                return true;
            }
            count(rejection);
            if (policy == BadRowPolicy.STOP_AT_FIRST) {
                stopped = true;
                return false;
            }
            return true;
        }

        @Override
        public void accepted(Member member, int position, boolean active, int found) {
            accepted++;
            warnings += found;
            if (active) {
                if (table != null) {
                    table.add(position, member.category());
                } else {
                    counts.add(member.primaryOrganization(), member.category());
                }
                counted++;
            }
        }

        /** Takes over a worker's batch, in file order. */
        void merge(BatchTally batch) {
            read += batch.read;
            accepted += batch.accepted;
            warnings += batch.warnings;
            counted += batch.counted;
            if (table != null) {
                for (int i = 0; i < batch.counted; i++) {
                    table.addSlot(batch.slots[i]);
                }
            } else {
                for (int i = 0; i < batch.organizations.size(); i++) {
                    counts.add(batch.organizations.get(i), batch.categories.get(i));
                }
            }
            for (Rejection rejection : batch.rejections) {
                count(rejection);
            }
        }

        /** Counts a rejection of a record already counted as read. */
        void count(Rejection rejection) {
            rejected++;
            byReason.merge(rejection.reason(), 1L, Long::sum);
            if (kept.size() < retained) {
                kept.add(rejection);
            }
            listener.accept(rejection);
        }

        ImportReport report(boolean stoppedEarly) {
            if (table == null) {
                return new ImportReport(asOf, read, accepted, rejected, counted, warnings, stoppedEarly, kept, byReason,
                        counts.toCounts(asOf), Map.of(), new EnumMap<>(OrganizationLevel.class), Map.of());
            }
            table.freeze();
            Map<SizeTier, List<OrganizationId>> routing = schedule == null ? Map.of() : route();
            return new ImportReport(asOf, read, accepted, rejected, counted, warnings, stoppedEarly, kept, byReason,
                    table.directCounts(), table.subtreeCounts(), table.levelCounts(), routing);
        }

        private Map<SizeTier, List<OrganizationId>> route() {
            Map<SizeTier, List<OrganizationId>> routing = new LinkedHashMap<>();
            for (SizeTier tier : schedule.tiers()) {
                routing.put(tier, new ArrayList<>());
            }
            for (int i = 0; i < index.size(); i++) {
                if (index.levelAt(i) == OrganizationLevel.TERRITORIAL) {
                    routing.get(schedule.tierFor(table.subtreeTotal(i))).add(index.idAt(i));
                }
            }
            Map<SizeTier, List<OrganizationId>> sorted = new LinkedHashMap<>();
            for (Map.Entry<SizeTier, List<OrganizationId>> entry : routing.entrySet()) {
                List<OrganizationId> ids = new ArrayList<>(entry.getValue());
                Collections.sort(ids);
                sorted.put(entry.getKey(), List.copyOf(ids));
            }
            return sorted;
        }
    }

    /**
     * Builds {@link RegistryImport}s. Not thread-safe.
     */
    public static final class Builder {

        private final LocalDate asOf;
        private OrganizationTree organizations;
        private RuleSet<Member> rules = Catalogue.member();
        private RuleContext context;
        private Severity rejectAt = Severity.ERROR;
        private BadRowPolicy policy = BadRowPolicy.REPORT_AND_CONTINUE;
        private SizeTiers schedule;
        private Consumer<Rejection> listener = rejection -> { };
        private int retained = 1_000;
        private RegistryReadOptions options = RegistryReadOptions.defaults();
        private int parallelism = defaultParallelism();

        private Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        /*
         * Worker threads double the allocation rate; in a small heap the collector then costs more
         * than the second thread gains (measured: 5 million records in 64 MiB run slower on two
         * threads than on one), so small heaps default to one thread.
         */
        private static int defaultParallelism() {
            boolean smallHeap = Runtime.getRuntime().maxMemory() < 256L * 1024 * 1024;
            return smallHeap ? 1 : Math.min(4, Runtime.getRuntime().availableProcessors());
        }

        /**
         * Sets the organization tree: members of organizations outside it are rejected
         * ({@link Rejection.Reason#UNKNOWN_ORGANIZATION}), and subtree and level counts and routing
         * become available.
         *
         * @param tree the tree, not null
         * @return this builder
         */
        public Builder organizations(OrganizationTree tree) {
            this.organizations = Objects.requireNonNull(tree, "tree");
            return this;
        }

        /**
         * Sets the rules each member is checked against; default {@code Catalogue.member()}.
         *
         * @param memberRules the rules, not null
         * @return this builder
         */
        public Builder rules(RuleSet<Member> memberRules) {
            this.rules = Objects.requireNonNull(memberRules, "memberRules");
            return this;
        }

        /**
         * Sets the rule context; default: as of the import date, with the organization tree if set.
         *
         * @param ruleContext the context, not null
         * @return this builder
         */
        public Builder ruleContext(RuleContext ruleContext) {
            this.context = Objects.requireNonNull(ruleContext, "ruleContext");
            return this;
        }

        /**
         * Sets the lowest severity that rejects a record; lower ones are counted as warnings. Default
         * {@link Severity#ERROR}.
         *
         * @param severity the severity, not null
         * @return this builder
         */
        public Builder rejectAt(Severity severity) {
            this.rejectAt = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Sets what to do with a rejected record; default {@link BadRowPolicy#REPORT_AND_CONTINUE}.
         *
         * @param badRowPolicy the policy, not null
         * @return this builder
         */
        public Builder policy(BadRowPolicy badRowPolicy) {
            this.policy = Objects.requireNonNull(badRowPolicy, "badRowPolicy");
            return this;
        }

        /**
         * Sets the size-tier schedule territorial organizations are routed through (needs the tree).
         *
         * @param tiers the schedule, for example {@code SizeTiers.seedClause43()}, not null
         * @return this builder
         */
        public Builder schedule(SizeTiers tiers) {
            this.schedule = Objects.requireNonNull(tiers, "tiers");
            return this;
        }

        /**
         * Sets the listener that receives every rejection as it happens, in file order.
         *
         * @param onRejection the listener, not null
         * @return this builder
         */
        public Builder onRejection(Consumer<Rejection> onRejection) {
            this.listener = Objects.requireNonNull(onRejection, "onRejection");
            return this;
        }

        /**
         * Sets how many rejections the report keeps (all are counted and passed to the listener);
         * default 1,000.
         *
         * @param count the number kept, at least 0
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Builder retainRejections(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0: " + count);
            }
            this.retained = count;
            return this;
        }

        /**
         * Sets how files are read by {@link RegistryImport#run(Path)}.
         *
         * @param readOptions the options, not null
         * @return this builder
         */
        public Builder readOptions(RegistryReadOptions readOptions) {
            this.options = Objects.requireNonNull(readOptions, "readOptions");
            return this;
        }

        /**
         * Sets how many threads parse and validate JSON Lines files in {@link RegistryImport#run(Path)};
         * default: the available processors (at most 4), or 1 when the heap is under 256&nbsp;MiB.
         * Results do not depend on it: counts are the same and rejections are reported in file order.
         *
         * @param threads the number of threads, at least 1 (1 reads on the calling thread only)
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Builds the import.
         *
         * @return the import
         */
        public RegistryImport build() {
            return new RegistryImport(this);
        }
    }
}
