package io.github.unionkit.io.registry;

import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.registry.internal.CountAccumulator;
import io.github.unionkit.io.registry.internal.CountTable;
import io.github.unionkit.io.registry.internal.CsvSource;
import io.github.unionkit.io.registry.internal.JsonLinesSource;
import io.github.unionkit.io.registry.internal.KeyLineSet;
import io.github.unionkit.io.registry.internal.LineBatch;
import io.github.unionkit.io.registry.internal.MemberKeys;
import io.github.unionkit.io.registry.internal.OrganizationIndex;
import io.github.unionkit.io.registry.internal.ParallelLines;
import io.github.unionkit.io.registry.internal.RecordParser;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.rules.catalogue.Codes;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.IOException;
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
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.json.JsonFactory;

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
    private final boolean detectDuplicates;

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
        this.detectDuplicates = builder.detectDuplicates;
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
     * Imports a file in the format its extension names. Records are parsed and validated on
     * {@link Builder#parallelism(int)} threads (and still reported in file order; a CSV record with
     * quotes is read on the calling thread, which alone can tell where it ends); with the
     * {@link BadRowPolicy#STOP_AT_FIRST} policy everything happens on the calling thread.
     *
     * @param file the registry file, not null
     * @return the report
     * @throws java.io.UncheckedIOException if the file cannot be opened
     */
    public ImportReport run(Path file) {
        return run(file, UnaryOperator.identity());
    }

    /**
     * Imports a registry file like {@link #run(Path)}, reading it through {@code decorator}: a stream
     * that counts the bytes read, say, to draw a progress bar. The import runs as {@link #run(Path)}
     * does (in parallel where that applies); the decorator must pass every byte through unchanged and
     * be safe to call from the reading thread.
     *
     * @param file the registry file, not null; its extension names the format
     * @param decorator wraps the file's input stream, not null; must not return null
     * @return the report
     * @throws IllegalArgumentException if the extension names no registry format
     * @throws UncheckedIOException if the file cannot be read
     */
    public ImportReport run(Path file, UnaryOperator<InputStream> decorator) {
        Objects.requireNonNull(decorator, "decorator");
        RegistryFormat format = RegistryFormat.of(file);
        boolean parallel = parallelism > 1 && policy == BadRowPolicy.REPORT_AND_CONTINUE;
        // Counts only: a registry's rows are personal data and never reach a log line.
        LOG.debug("Importing a {} registry as of {} on {} thread(s)", format, asOf, parallel ? parallelism : 1);
        long started = System.nanoTime();
        ImportReport report = !parallel ? runSequential(file, format, decorator)
                : format == RegistryFormat.CSV ? runParallelCsv(file, decorator) : runParallel(file, decorator);
        LOG.debug("Registry import as of {}: read {} = accepted {} + rejected {} in {} ms", asOf, report.read(),
                report.accepted(), report.rejected(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private ImportReport runParallel(Path file, UnaryOperator<InputStream> decorator) {
        try (InputStream in = open(file, decorator)) {
            return runParallel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport runParallelCsv(Path file, UnaryOperator<InputStream> decorator) {
        try (CsvSource source = new CsvSource(open(file, decorator), options, known())) {
            Run run = new Run("");
            // the source reports its own read failures as rows, so the read never ends with one here
            ParallelLines.run(source::addNext, options.maxLineLength(), parallelism,
                    batch -> judge(source.rows(batch)), run::merge);
            return run.report(source.stoppedEarly());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport runSequential(Path file, RegistryFormat format, UnaryOperator<InputStream> decorator) {
        try (RegistryReader reader = RegistryReader.open(open(file, decorator), format, options, known())) {
            return run(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path file, UnaryOperator<InputStream> decorator) throws IOException {
        InputStream in = Files.newInputStream(file);
        return Objects.requireNonNull(decorator.apply(in), "the decorator returned null");
    }

    /**
     * Opens a reader for this import: like {@link RegistryReader#open(InputStream, RegistryFormat,
     * RegistryReadOptions)} with the import's read options, but organization ids that are in the
     * import's tree are taken from it instead of being parsed and checked again on every record, and
     * the import finds them without comparing their text.
     *
     * @param input the input, not null; closed with the reader
     * @param format its format, not null
     * @return the reader, for {@link #run(RegistryReader)}
     */
    public RegistryReader reader(InputStream input, RegistryFormat format) {
        return RegistryReader.open(input, format, options, known());
    }

    /**
     * Imports the remaining rows of a reader (which the caller closes), on the calling thread.
     *
     * @param reader the reader, not null
     * @return the report
     */
    public ImportReport run(RegistryReader reader) {
        Objects.requireNonNull(reader, "reader");
        Run run = new Run(reader.format() == RegistryFormat.JSON_LINES ? "/" : "");
        Optional<RegistryRow> next;
        while ((next = reader.next()).isPresent()) {
            if (!run.process(next.get())) {
                break;
            }
        }
        return run.report(run.stopped || reader.stoppedEarly());
    }

    private ImportReport runParallel(InputStream in) {
        Run run = new Run("/");
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
        RuleContext.Builder context = RuleContext.builder(builder.recordedOn == null ? builder.asOf : builder.recordedOn);
        if (builder.organizations != null) {
            context.organizations(builder.organizations);
        }
        if (builder.recordedOn == null) {
            // Counting as of a past date is no reason to reject the members admitted since: they are
            // simply not counted. Without the registry's own date, no admission is "in the future".
            context.disable(Codes.MEMBER_ADMISSION_FUTURE);
        }
        return context.build();
    }

    /** Parses and judges a batch of lines on a worker thread; duplicates are found when it is merged. */
    private BatchTally judge(LineBatch batch, RecordParser parser) {
        BatchTally tally = new BatchTally(batch.size(), index == null);
        for (int i = 0; i < batch.size(); i++) {
            RegistryRow row = batch.tooLong(i) ? parser.tooLong(batch.line(i))
                    : parser.parse(batch.line(i), batch.data(), batch.start(i), batch.length(i));
            Rejection rejection = judge(row, tally);
            tally.read++;
            if (rejection != null) {
                tally.reject(rejection);
            }
        }
        return tally;
    }

    /** Judges the rows of a batch read on a worker thread; duplicates are found when it is merged. */
    private BatchTally judge(RegistryRow[] rows) {
        BatchTally tally = new BatchTally(rows.length, index == null);
        for (RegistryRow row : rows) {
            Rejection rejection = judge(row, tally);
            tally.read++;
            if (rejection != null) {
                tally.reject(rejection);
            }
        }
        return tally;
    }

    /**
     * Accepts or rejects one row for what is in the row itself. An accepted member is passed to the
     * tally, which checks it against the records before it; thread-safe.
     *
     * @return the rejection, or null if the row goes to the tally
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
            for (int i = 0; i < member.transfers().size(); i++) {
                int to = index.positionOf(member.transfers().get(i).to());
                if (to < 0) {
                    return new Rejection(row.line(), Rejection.Reason.UNKNOWN_ORGANIZATION, "transfers",
                            "the organization is not in the organization tree of the import", Optional.of(member.id()));
                }
                if (!member.transfers().get(i).date().isAfter(asOf)) {
                    position = to;
                }
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
        // counted in the organization (position) and the category of the as-of date
        return tally.accepted(row.line(), member, position, member.isActiveOn(asOf), belowThreshold);
    }

    /** Receives members that are valid in themselves. */
    private interface Tally {
        /** Returns the rejection of a duplicate, or null once the member is counted. */
        Rejection accepted(long line, Member member, int position, boolean active, int warnings);
    }

    /**
     * What a worker found in one batch, in file order: the members valid in themselves (their keys,
     * lines and count slots) and, between them, the rejections.
     */
    private final class BatchTally implements Tally {

        private final boolean byId;
        private final long[] idKeys;
        private final long[] cardKeys;
        /** The keys' hashes, mixed here on the worker instead of on the merging thread. */
        private final long[] idHashes;
        private final long[] cardHashes;
        private final long[] lines;
        private final int[] slots;
        private final int[] warnings;
        private final MemberId[] memberIds;
        private final OrganizationId[] organizations;
        private final MemberCategory[] categories;
        private final List<Rejection> rejections = new ArrayList<>();
        /** For each rejection, how many members come before it in the batch. */
        private int[] rejectedAt = new int[8];
        private int members;
        private long read;

        BatchTally(int size, boolean byId) {
            this.byId = byId;
            idKeys = new long[size];
            cardKeys = new long[size];
            idHashes = new long[size];
            cardHashes = new long[size];
            lines = new long[size];
            slots = new int[size];
            warnings = new int[size];
            memberIds = new MemberId[size];
            organizations = byId ? new OrganizationId[size] : null;
            categories = byId ? new MemberCategory[size] : null;
        }

        @Override
        public Rejection accepted(long line, Member member, int position, boolean active, int found) {
            int i = members++;
            memberIds[i] = member.id();
            idKeys[i] = !detectDuplicates ? 0 : MemberKeys.ofId(member.id().value());
            cardKeys[i] = !detectDuplicates || member.card().isEmpty() ? NO_CARD
                    : MemberKeys.ofCard(member.card().get().value());
            idHashes[i] = MemberKeys.hash(idKeys[i]);
            cardHashes[i] = MemberKeys.hash(cardKeys[i]);
            lines[i] = line;
            warnings[i] = found;
            MemberCategory category = member.categoryOn(asOf);
            slots[i] = !active ? -1 : position >= 0 ? position * CATEGORIES + category.ordinal() : 0;
            if (byId && active) {
                organizations[i] = member.organizationOn(asOf);
                categories[i] = category;
            }
            return null;
        }

        void reject(Rejection rejection) {
            if (rejections.size() == rejectedAt.length) {
                rejectedAt = java.util.Arrays.copyOf(rejectedAt, rejectedAt.length * 2);
            }
            rejectedAt[rejections.size()] = members;
            rejections.add(rejection);
        }
    }

    private static final int CATEGORIES = MemberCategory.values().length;
    private static final long NO_CARD = -1;

    /** The state of one run, confined to the calling thread. */
    private final class Run implements Tally {

        private final CountAccumulator counts = index == null ? new CountAccumulator() : null;
        private final CountTable table = index == null ? null : new CountTable(index, asOf);
        private final List<Rejection> kept = new ArrayList<>();
        private final EnumMap<Rejection.Reason, Long> byReason = new EnumMap<>(Rejection.Reason.class);
        private final KeyLineSet ids = !detectDuplicates ? null : new KeyLineSet();
        private final KeyLineSet cards = !detectDuplicates ? null : new KeyLineSet();
        /** {@code "/"} for JSON Pointers (JSON Lines), {@code ""} for CSV column names. */
        private final String fieldPrefix;
        private long read;
        private long accepted;
        private long rejected;
        private long counted;
        private long warnings;
        private boolean stopped;
        /** Keeps the cache-warming reads of {@link #merge} from being left out; its value means nothing. */
        private int touched;

        Run(String fieldPrefix) {
            this.fieldPrefix = fieldPrefix;
        }

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
        public Rejection accepted(long line, Member member, int position, boolean active, int found) {
            if (ids != null) {
                long cardKey = member.card().isEmpty() ? NO_CARD : MemberKeys.ofCard(member.card().get().value());
                long idKey = MemberKeys.ofId(member.id().value());
                Rejection duplicate = duplicate(line, member.id(), idKey, MemberKeys.hash(idKey), cardKey,
                        MemberKeys.hash(cardKey));
                if (duplicate != null) {
                    return duplicate;
                }
            }
            accepted++;
            warnings += found;
            if (active) {
                if (table != null) {
                    table.add(position, member.categoryOn(asOf));
                } else {
                    counts.add(member.organizationOn(asOf), member.categoryOn(asOf));
                }
                counted++;
            }
            return null;
        }

        /**
         * Checks a member valid in itself against the records before it; remembers its keys if it is
         * new.
         *
         * @return the rejection of a duplicate, or null
         */
        private Rejection duplicate(long line, MemberId id, long idKey, long idHash, long cardKey, long cardHash) {
            // the card is looked up first and added last, so a rejected record leaves no key behind;
            // the common case costs one search per key
            // card: the line of an earlier record with the card (>= 0), or where to add it (< 0)
            long card = cardKey == NO_CARD ? -1 : cards.find(cardKey, cardHash);
            long first = card >= 0 ? ids.lineOf(idKey, idHash) : ids.addIfAbsent(idKey, idHash, line);
            if (first >= 0) {
                return new Rejection(line, Rejection.Reason.DUPLICATE_MEMBER_ID, fieldPrefix + "id",
                        "the member id is already on line " + first, Optional.of(id), OptionalLong.of(first));
            }
            if (card >= 0) {
                return new Rejection(line, Rejection.Reason.DUPLICATE_CARD, fieldPrefix + "card",
                        "the card number is already on line " + card, Optional.of(id), OptionalLong.of(card));
            }
            if (cardKey != NO_CARD) {
                cards.addAt(cardKey, cardHash, card, line); // the search of the card's lookup, not a second one
            }
            return null;
        }

        /** Takes over a worker's batch, in file order. */
        void merge(BatchTally batch) {
            read += batch.read;
            if (ids != null) {
                // the batch's table reads go out together, then the searches below find them cached
                int touched = 0;
                for (int i = 0; i < batch.members; i++) {
                    touched += ids.touch(batch.idHashes[i]);
                    if (batch.cardKeys[i] != NO_CARD) {
                        touched += cards.touch(batch.cardHashes[i]);
                    }
                }
                this.touched += touched;
            }
            int nextRejection = 0;
            for (int i = 0; i < batch.members; i++) {
                while (nextRejection < batch.rejections.size() && batch.rejectedAt[nextRejection] == i) {
                    count(batch.rejections.get(nextRejection++));
                }
                if (ids != null) {
                    Rejection duplicate = duplicate(batch.lines[i], batch.memberIds[i], batch.idKeys[i],
                            batch.idHashes[i], batch.cardKeys[i], batch.cardHashes[i]);
                    if (duplicate != null) {
                        count(duplicate);
                        continue;
                    }
                }
                accepted++;
                warnings += batch.warnings[i];
                if (batch.slots[i] >= 0) {
                    counted++;
                    if (table != null) {
                        table.addSlot(batch.slots[i]);
                    } else {
                        counts.add(batch.organizations[i], batch.categories[i]);
                    }
                }
            }
            while (nextRejection < batch.rejections.size()) {
                count(batch.rejections.get(nextRejection++));
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
            if (ids != null) {
                LOG.debug("Duplicate detection held {} member ids and {} cards in about {} KiB", ids.size(),
                        cards.size(), (ids.retainedBytes() + cards.retainedBytes()) / 1024);
            }
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
        private LocalDate recordedOn;
        private boolean detectDuplicates = true;

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
         * Sets how files are read by {@link RegistryImport#run(Path)} and by the readers of
         * {@link RegistryImport#reader(InputStream, RegistryFormat)}.
         *
         * @param readOptions the options, not null
         * @return this builder
         */
        public Builder readOptions(RegistryReadOptions readOptions) {
            this.options = Objects.requireNonNull(readOptions, "readOptions");
            return this;
        }

        /**
         * Sets how many threads parse and validate files in {@link RegistryImport#run(Path)};
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
         * Sets the date the registry describes (the day it was extracted from the АИС). A member
         * admitted after it is wrong in the record itself and rejected ({@code UK-MEMBER-001}).
         * Without it no admission is checked against a date, and members admitted after the as-of
         * date are simply not counted (as those who left before it), never rejected. Not used when
         * {@link #ruleContext(RuleContext)} is given: that context applies as it is.
         *
         * @param date the registry's date, not null
         * @return this builder
         */
        public Builder recordedOn(LocalDate date) {
            this.recordedOn = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets whether a record is rejected when an earlier record has the same member id
         * ({@link Rejection.Reason#DUPLICATE_MEMBER_ID}) or card number
         * ({@link Rejection.Reason#DUPLICATE_CARD}); default true. Detection keeps about 14 to 19 bytes
         * per member and per card in primitive arrays (5 million members in about 90 MiB): turn it off
         * only for a registry known to be free of duplicates and a heap too small for it.
         *
         * @param detect whether to detect duplicates
         * @return this builder
         */
        public Builder detectDuplicates(boolean detect) {
            this.detectDuplicates = detect;
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
