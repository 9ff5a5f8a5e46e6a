package io.github.unionkit.io.registry;

import io.github.unionkit.io.registry.internal.CsvColumns;
import io.github.unionkit.io.registry.internal.RecordWriters;
import io.github.unionkit.io.registry.internal.SyntheticNames;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generates synthetic, realistic registries for load tests and demonstrations: an organization tree
 * (national, regional, territorial and primary organizations with Russian names) and members with
 * Russian names, birth, admission and exit dates, categories and card numbers, optionally with a
 * share of deliberately invalid records.
 *
 * <p>Everything is derived from the seed with {@link SplittableRandom}: the same settings give the
 * same tree and byte-identical files. Members are generated lazily, so memory grows with the number
 * of organizations only; five million members stream to a file in constant memory. Generated people
 * are invented; no record comes from a real registry.
 *
 * <pre>{@code
 * RegistryGenerator generator = RegistryGenerator.builder().members(5_000_000).build();
 * generator.write(Path.of("/tmp/registry.jsonl"), RegistryFormat.JSON_LINES);
 * OrganizationTree tree = generator.organizations();
 * }</pre>
 * Instances are immutable and thread-safe.
 */
public final class RegistryGenerator {

    private static final LocalDate FOUNDED = LocalDate.of(1990, 9, 27);

    private final long seed;
    private final long memberCount;
    private final LocalDate asOf;
    private final boolean personalData;
    private final double invalidShare;
    private final OrganizationTree tree;
    private final List<Organization> primaries;
    private final int[] sizes;
    /** Shared names while the tree is built; null afterwards. */
    private java.util.Map<String, OrganizationName> names = new java.util.HashMap<>();

    private RegistryGenerator(Builder b) {
        this.seed = b.seed;
        this.memberCount = b.members;
        this.asOf = b.asOf;
        this.personalData = b.personalData;
        this.invalidShare = b.invalidShare;
        SplittableRandom random = new SplittableRandom(seed);
        List<Organization> organizations = new ArrayList<>();
        this.primaries = new ArrayList<>();
        buildTree(b, random, organizations);
        this.tree = OrganizationTree.of(organizations);
        names = null;
        this.sizes = distribute(random);
    }

    /**
     * Returns a builder with the defaults of a national registry: seed 2021, 5,000,000 members, 85
     * regions with on average 20 territorial organizations of 49 primary organizations each and 5
     * primary organizations directly under each region (about 85,000 organizations), as of
     * 2021-01-01, with personal data, no invalid records.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the organization tree the members belong to.
     *
     * @return the tree
     */
    public OrganizationTree organizations() {
        return tree;
    }

    /**
     * Returns the number of member records (valid ones; invalid records come on top of these).
     *
     * @return the member count
     */
    public long memberCount() {
        return memberCount;
    }

    /**
     * Returns the date the registry describes: every admission is before it.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the valid members, generated lazily in organization order.
     *
     * @return a new iterator over {@link #memberCount()} members
     */
    public Iterator<Member> members() {
        return new Iterator<>() {
            private int primary = -1;
            private int left;
            private long next;
            private SplittableRandom random;

            @Override
            public boolean hasNext() {
                return next < memberCount;
            }

            @Override
            public Member next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                while (left == 0) {
                    primary++;
                    left = sizes[primary];
                    // seeds a multiple of the golden gamma apart start the same sequence shifted (found by the
                    // duplicate-card check: organizations repeated each other's card numbers): mixed instead
                    random = new SplittableRandom(mixSeed(seed, primary));
                }
                left--;
                return member(next++, primaries.get(primary), random);
            }
        };
    }

    /**
     * Returns the valid members as a sequential stream.
     *
     * @return a new stream of {@link #memberCount()} members
     */
    public Stream<Member> stream() {
        return StreamSupport.stream(Spliterators.spliterator(members(), memberCount,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
    }

    /**
     * Writes the registry to a file, replacing it.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @return the number of records written, valid and invalid
     * @throws UncheckedIOException if writing fails
     */
    public long write(Path file, RegistryFormat format) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the registry to a stream, which is flushed but not closed.
     *
     * @param output the output, not null
     * @param format the format, not null
     * @return the number of records written, valid and invalid
     * @throws UncheckedIOException if writing fails
     */
    public long write(OutputStream output, RegistryFormat format) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        OutputStream unclosed = new BufferedOutputStream(new java.io.FilterOutputStream(output) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, 64 * 1024);
        RecordWriters.RecordSink sink = format == RegistryFormat.CSV
                ? RecordWriters.csv(unclosed) : RecordWriters.jsonLines(unclosed);
        SplittableRandom invalid = new SplittableRandom(~seed);
        long written = 0;
        Iterator<Member> members = members();
        while (members.hasNext()) {
            Member member = members.next();
            sink.write(member);
            written++;
            if (invalidShare > 0 && invalid.nextDouble() < invalidShare) {
                writeInvalid(sink, member, invalid);
                written++;
            }
        }
        sink.close();
        return written;
    }

    private void writeInvalid(RecordWriters.RecordSink sink, Member model, RandomGenerator random) {
        String[] cells = new String[CsvColumns.NAMES.size()];
        RecordWriters.fill(model, cells);
        String id = model.id().value() + "x";
        cells[0] = id;
        String json;
        switch (random.nextInt(4)) {
            case 0:
                cells[3] = "2021-13-45";
                json = "{\"id\":\"" + id + "\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\""
                        + model.primaryOrganization() + "\",\"admissionDate\":\"2021-13-45\"}";
                break;
            case 1:
                cells[1] = "MEMBER";
                json = "{\"id\":\"" + id + "\",\"category\":\"EMPLOYEE\",\"primaryOrg";
                break;
            case 2:
                cells[2] = "zz-unknown";
                json = "{\"id\":\"" + id + "\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"zz-unknown\","
                        + "\"admissionDate\":\"2010-09-01\"}";
                break;
            default:
                // the record just written, once more: a duplicate member id
                sink.write(model);
                return;
        }
        sink.writeRaw(json, cells);
    }

    private Member member(long index, Organization organization, SplittableRandom random) {
        boolean students = organization.kind().admitsStudents();
        MemberCategory category;
        LocalDate birth;
        int roll = random.nextInt(100);
        if (students && roll < 45) {
            category = MemberCategory.STUDENT;
            birth = day(random, LocalDate.of(1998, 1, 1), asOf.minusYears(16));
        } else if (roll >= 90) {
            category = MemberCategory.NON_WORKING_PENSIONER;
            birth = day(random, LocalDate.of(1935, 1, 1), LocalDate.of(1962, 12, 31));
        } else {
            category = MemberCategory.EMPLOYEE;
            birth = day(random, LocalDate.of(1955, 1, 1), asOf.minusYears(20));
        }
        LocalDate earliest = birth.plusYears(category == MemberCategory.STUDENT ? 15 : 18);
        LocalDate admission = day(random, earliest.isAfter(FOUNDED) ? earliest : FOUNDED, asOf.minusDays(1));
        Member.Builder builder = Member.builder()
                .id(MemberId.of(memberId(index)))
                .category(category)
                .primaryOrganization(organization.id())
                .admissionDate(admission);
        if (random.nextInt(100) < 6) {
            LocalDate exit = day(random, admission.plusDays(1), asOf.plusYears(1));
            builder.exit(MembershipExit.of(exit, ExitReason.values()[random.nextInt(ExitReason.values().length)]));
        }
        if (personalData) {
            builder.name(SyntheticNames.person(random)).birthDate(birth);
            if (random.nextInt(100) < 70) {
                builder.card(CardNumber.of(cardNumber(random)));
            }
        }
        return builder.build();
    }

    private static String memberId(long index) {
        String digits = Long.toString(index + 1);
        StringBuilder id = new StringBuilder(10).append('m');
        for (int i = digits.length(); i < 8; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    /** An independent seed for each primary organization: the murmur3 finalizer of seed and index. */
    private static long mixSeed(long seed, int primary) {
        long h = seed * 0x9E3779B97F4A7C15L + primary;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static String cardNumber(RandomGenerator random) {
        char[] digits = new char[16];
        digits[0] = (char) ('1' + random.nextInt(9));
        for (int i = 1; i < digits.length; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }

    private static LocalDate day(RandomGenerator random, LocalDate first, LocalDate last) {
        if (!last.isAfter(first)) {
            return first;
        }
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    private void buildTree(Builder b, SplittableRandom random, List<Organization> out) {
        LocalDate validFrom = LocalDate.of(1990, 9, 27);
        OrganizationId national = OrganizationId.of("ru");
        out.add(organization(national, OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null,
                "Общероссийский Профсоюз образования", validFrom));
        for (int r = 0; r < b.regions; r++) {
            OrganizationId region = OrganizationId.of(String.format("r%02d", r + 1));
            out.add(organization(region, OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, national,
                    SyntheticNames.region(r), validFrom));
            int territorials = spread(random, b.territorialPerRegion);
            for (int t = 0; t < territorials; t++) {
                OrganizationId district = OrganizationId.of(region.value() + String.format("-t%03d", t + 1));
                out.add(organization(district, OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, region,
                        SyntheticNames.district(t), validFrom));
                int schools = spread(random, b.primariesPerTerritorial);
                for (int p = 0; p < schools; p++) {
                    OrganizationKind kind = random.nextInt(100) < 70 ? OrganizationKind.SCHOOL
                            : random.nextInt(100) < 80 ? OrganizationKind.PRESCHOOL : OrganizationKind.SUPPLEMENTARY;
                    // "ППО" (первичная профсоюзная организация) as registries abbreviate it
                    String name = "ППО " + (kind == OrganizationKind.SCHOOL ? "МБОУ «СОШ № " + (p + 1) + "»"
                            : kind == OrganizationKind.PRESCHOOL ? "МБДОУ «Детский сад № " + (p + 1) + "»"
                            : "МБУ ДО «ДДТ № " + (p + 1) + "»");
                    primary(out, OrganizationId.of(district.value() + String.format("-p%03d", p + 1)), kind, district,
                            name, validFrom);
                }
            }
            for (int u = 0; u < b.directPrimariesPerRegion; u++) {
                OrganizationKind kind = u % 2 == 0 ? OrganizationKind.HIGHER_EDUCATION : OrganizationKind.VOCATIONAL;
                String name = "ППО " + (kind == OrganizationKind.HIGHER_EDUCATION
                        ? "университета № " + (u + 1) : "колледжа № " + (u + 1));
                primary(out, OrganizationId.of(region.value() + String.format("-u%02d", u + 1)), kind, region, name,
                        validFrom);
            }
        }
    }

    private void primary(List<Organization> out, OrganizationId id, OrganizationKind kind, OrganizationId parent,
            String name, LocalDate validFrom) {
        Organization organization = organization(id, OrganizationLevel.PRIMARY, kind, parent, name, validFrom);
        out.add(organization);
        primaries.add(organization);
    }

    private Organization organization(OrganizationId id, OrganizationLevel level, OrganizationKind kind,
            OrganizationId parent, String name, LocalDate validFrom) {
        // Schools are numbered within each district, so names repeat across districts (as in real
        // registries); one shared name object per distinct name keeps the tree small.
        OrganizationName shared = names.computeIfAbsent(name, text -> OrganizationName.of(text, validFrom));
        Organization.Builder builder = Organization.builder()
                .id(id)
                .level(level)
                .kind(kind)
                .addNames(shared);
        if (parent != null) {
            builder.parent(parent);
        }
        return builder.build();
    }

    /** Uniform in [1, 2 * mean - 1], so the mean is {@code mean}. */
    private static int spread(RandomGenerator random, int mean) {
        return mean <= 1 ? mean : 1 + random.nextInt(2 * mean - 1);
    }

    /** Splits the members over the primary organizations, in proportion to random weights. */
    private int[] distribute(SplittableRandom random) {
        int n = primaries.size();
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            boolean large = primaries.get(i).kind().admitsStudents();
            weights[i] = (large ? 8 : 1) * (0.2 + random.nextDouble());
            sum += weights[i];
        }
        int[] counts = new int[n];
        double cumulative = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            cumulative += weights[i];
            long upTo = i == n - 1 ? memberCount : Math.round(memberCount * (cumulative / sum));
            counts[i] = Math.toIntExact(upTo - previous);
            previous = upTo;
        }
        return counts;
    }

    /**
     * Builds {@link RegistryGenerator}s. Not thread-safe.
     */
    public static final class Builder {

        private long seed = 2021;
        private long members = 5_000_000;
        private int regions = 85;
        private int territorialPerRegion = 20;
        private int primariesPerTerritorial = 49;
        private int directPrimariesPerRegion = 5;
        private LocalDate asOf = LocalDate.of(2021, 1, 1);
        private boolean personalData = true;
        private double invalidShare;

        private Builder() {
        }

        /**
         * Sets the seed.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the number of valid members.
         *
         * @param count at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder members(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("members must be >= 0: " + count);
            }
            this.members = count;
            return this;
        }

        /**
         * Sets the size of the tree.
         *
         * @param regionCount regional organizations, 1 to 99
         * @param territorialMean mean territorial organizations per region, at least 1
         * @param primaryMean mean primary organizations per territorial one, at least 1
         * @param directPrimaries primary organizations directly under each region, 0 to 99
         * @return this builder
         * @throws IllegalArgumentException if a value is out of range
         */
        public Builder organizations(int regionCount, int territorialMean, int primaryMean, int directPrimaries) {
            if (regionCount < 1 || regionCount > 99 || territorialMean < 1 || territorialMean > 500
                    || primaryMean < 1 || primaryMean > 500 || directPrimaries < 0 || directPrimaries > 99) {
                throw new IllegalArgumentException("organization counts out of range");
            }
            this.regions = regionCount;
            this.territorialPerRegion = territorialMean;
            this.primariesPerTerritorial = primaryMean;
            this.directPrimariesPerRegion = directPrimaries;
            return this;
        }

        /**
         * Sets the date the registry describes; admissions are before it.
         *
         * @param date the date, after 2010-01-01
         * @return this builder
         * @throws IllegalArgumentException if the date is not after 2010-01-01
         */
        public Builder asOf(LocalDate date) {
            if (!Objects.requireNonNull(date, "date").isAfter(LocalDate.of(2010, 1, 1))) {
                throw new IllegalArgumentException("asOf must be after 2010-01-01: " + date);
            }
            this.asOf = date;
            return this;
        }

        /**
         * Sets whether members carry names, birth dates and card numbers.
         *
         * @param enabled true to generate personal data
         * @return this builder
         */
        public Builder personalData(boolean enabled) {
            this.personalData = enabled;
            return this;
        }

        /**
         * Sets the share of deliberately invalid records written after valid ones: bad dates,
         * truncated JSON or an unknown category, unknown organizations, a second copy of the record before
         * (a duplicate member id).
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder invalidShare(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("share must be in [0, 1]: " + share);
            }
            this.invalidShare = share;
            return this;
        }

        /**
         * Builds the generator (and its organization tree).
         *
         * @return the generator
         */
        public RegistryGenerator build() {
            return new RegistryGenerator(this);
        }
    }
}
