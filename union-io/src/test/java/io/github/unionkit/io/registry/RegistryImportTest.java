package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryImportTest {

    private static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

    private static RegistryReader reader(byte[] bytes, RegistryFormat format) {
        return RegistryReader.open(new ByteArrayInputStream(bytes), format, RegistryReadOptions.defaults());
    }

    private static byte[] generatedFile(RegistryGenerator generator, RegistryFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(out, format);
        return out.toByteArray();
    }

    private static ImportReport run(RegistryImport registryImport, byte[] bytes, RegistryFormat format) {
        try (RegistryReader reader = reader(bytes, format)) {
            return registryImport.run(reader);
        }
    }

    @Test
    void everyRecordIsAcceptedOrRejectedAndCountsMatchABruteForceCount() {
        for (RegistryFormat format : RegistryFormat.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                RegistryGenerator generator = RegistryGenerator.builder().seed(seed).members(3_000)
                        .organizations(2, 3, 5, 2).invalidShare(0.03).build();
                byte[] file = generatedFile(generator, format);
                ImportReport report = run(RegistryImport.builder(AS_OF).organizations(generator.organizations()).build(),
                        file, format);

                long lines = new String(file, StandardCharsets.UTF_8).lines().count() - (format == RegistryFormat.CSV ? 1 : 0);
                assertThat(report.read()).isEqualTo(lines).isEqualTo(report.accepted() + report.rejected());
                assertThat(report.accepted()).isEqualTo(3_000);
                assertThat(report.rejectedByReason()).containsKey(Reason.DUPLICATE_MEMBER_ID);
                assertThat(report.rejectedByReason().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(report.rejected());
                assertThat(report.countsByOrganization()).isEqualTo(bruteForce(generator));
                assertThat(report.countsByLevel().get(OrganizationLevel.NATIONAL)).isEqualTo(report.total());
                assertThat(report.total().total()).isEqualTo((int) report.counted());
            }
        }
    }

    private static Map<OrganizationId, MembershipCount> bruteForce(RegistryGenerator generator) {
        Map<OrganizationId, MembershipCount> counts = new HashMap<>();
        for (Iterator<Member> it = generator.members(); it.hasNext();) {
            Member member = it.next();
            if (member.isActiveOn(AS_OF)) {
                counts.merge(member.primaryOrganization(), MembershipCount.of(AS_OF, member.category()),
                        MembershipCount::plus);
            }
        }
        return counts;
    }

    @Test
    void aFileReadThroughADecoratorGivesTheSameReportAndEveryByteToTheDecorator(@TempDir Path dir) throws Exception {
        for (RegistryFormat format : RegistryFormat.values()) {
            RegistryGenerator generator = RegistryGenerator.builder().seed(7).members(2_000).organizations(2, 3, 5, 2)
                    .invalidShare(0.02).build();
            Path file = dir.resolve(format == RegistryFormat.CSV ? "r.csv" : "r.jsonl");
            generator.write(file, format);
            for (int threads : new int[] {1, 2}) {
                RegistryImport registryImport = RegistryImport.builder(AS_OF).organizations(generator.organizations())
                        .parallelism(threads).build();
                java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
                ImportReport decorated = registryImport.run(file, in -> new java.io.FilterInputStream(in) {
                    @Override
                    public int read() throws java.io.IOException {
                        int b = super.read();
                        bytes.addAndGet(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                        int n = super.read(buffer, offset, length);
                        bytes.addAndGet(Math.max(n, 0));
                        return n;
                    }
                });
                ImportReport plain = registryImport.run(file);
                assertThat(bytes.get()).as("%s on %d thread(s)", format, threads).isEqualTo(java.nio.file.Files.size(file));
                assertThat(decorated.countsByOrganization()).isEqualTo(plain.countsByOrganization());
                assertThat(decorated.rejections()).isEqualTo(plain.rejections());
            }
        }
    }

    @Test
    void membersAdmittedAfterTheAsOfDateOrGoneBeforeItAreNotCountedAndNotRejected() {
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01") + line("m2", "p1", "EMPLOYEE", "2022-09-01")
                + "{\"id\":\"m3\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
                + "\"admissionDate\":\"2010-09-01\",\"exit\":{\"date\":\"2020-06-30\",\"reason\":\"VOLUNTARY\"}}\n";
        ImportReport report = run(RegistryImport.builder(AS_OF).organizations(smallTree()).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.rejected()).isZero();
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.counted()).isEqualTo(1);
        ImportReport later = run(RegistryImport.builder(LocalDate.of(2022, 9, 1)).organizations(smallTree()).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(later.counted()).isEqualTo(2);
        assertThat(later.rejected()).isZero();
    }

    @Test
    void anAdmissionAfterTheRegistrysOwnDateIsWrongInTheRecord() {
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01") + line("m2", "p1", "EMPLOYEE", "2022-09-01");
        ImportReport report = run(RegistryImport.builder(LocalDate.of(2019, 1, 1)).recordedOn(AS_OF).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.detail()).startsWith("UK-MEMBER-001");
        });
        assertThat(report.counted()).isEqualTo(1);
    }

    @Test
    void aDuplicateMemberIdIsRejectedNamingBothLinesAndIsNotCounted() {
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01") + "\n" + line("m2", "p1", "EMPLOYEE", "2015-09-01")
                + line("m1", "p1", "STUDENT", "2016-09-01");
        for (int threads : new int[] {1, 2}) {
            for (RegistryFormat format : RegistryFormat.values()) {
                byte[] bytes = format == RegistryFormat.CSV
                        ? ("id,category,primaryOrganization,admissionDate\nm1,EMPLOYEE,p1,2015-09-01\n\n"
                                + "m2,EMPLOYEE,p1,2015-09-01\nm1,STUDENT,p1,2016-09-01\n").getBytes(StandardCharsets.UTF_8)
                        : text.getBytes(StandardCharsets.UTF_8);
                ImportReport report = threads == 1 ? run(RegistryImport.builder(AS_OF).build(), bytes, format)
                        : runFile(RegistryImport.builder(AS_OF).parallelism(threads).build(), bytes, format);
                String field = format == RegistryFormat.CSV ? "id" : "/id";
                long line = format == RegistryFormat.CSV ? 5 : 4;
                long first = format == RegistryFormat.CSV ? 2 : 1;
                assertThat(report.rejections()).as("%s on %d threads", format, threads).singleElement()
                        .isEqualTo(new Rejection(line, Reason.DUPLICATE_MEMBER_ID, field,
                                "the member id is already on line " + first, java.util.Optional.of(MemberId.of("m1")),
                                java.util.OptionalLong.of(first)));
                assertThat(report.accepted()).isEqualTo(2);
                assertThat(report.total().count(MemberCategory.STUDENT)).isZero();
                assertThat(report.total().total()).isEqualTo(2);
            }
        }
    }

    @Test
    void aDuplicateCardIsRejectedNamingBothLinesWithoutTheNumber() {
        String card = ",\"card\":\"7712345678\"}";
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01").replace("}\n", card + "\n")
                + line("m2", "p1", "EMPLOYEE", "2015-09-01").replace("}\n", card + "\n")
                + line("m2", "p1", "EMPLOYEE", "2015-09-01");
        ImportReport report = run(RegistryImport.builder(AS_OF).build(), text.getBytes(StandardCharsets.UTF_8),
                RegistryFormat.JSON_LINES);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Reason.DUPLICATE_CARD);
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.earlierLine()).hasValue(1);
            assertThat(r.field()).isEqualTo("/card");
            assertThat(r.toString()).doesNotContain("7712345678", "5678").contains("first on line 1");
        });
        // the rejected record's id was not taken: the third record is m2's first valid one
        assertThat(report.accepted()).isEqualTo(2);
    }

    @Test
    void duplicatesAreNotLookedForWhenDetectionIsOff() {
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01") + line("m1", "p1", "EMPLOYEE", "2015-09-01");
        ImportReport report = run(RegistryImport.builder(AS_OF).detectDuplicates(false).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.accepted()).isEqualTo(2);
    }

    private static ImportReport runFile(RegistryImport registryImport, byte[] bytes, RegistryFormat format) {
        try {
            Path file = java.nio.file.Files.createTempFile("registry", format == RegistryFormat.CSV ? ".csv" : ".jsonl");
            try {
                java.nio.file.Files.write(file, bytes);
                return registryImport.run(file);
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void stopAtFirstEndsTheImportAtTheFirstBadRecord() {
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01") + line("m2", "p1", "EMPLOYEE", "2015-13-01")
                + line("m3", "p1", "EMPLOYEE", "2015-09-01");
        ImportReport report = run(RegistryImport.builder(AS_OF).policy(BadRowPolicy.STOP_AT_FIRST).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.stoppedEarly()).isTrue();
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejections()).singleElement().extracting(Rejection::line).isEqualTo(2L);
    }

    @Test
    void ruleViolationsAndUnknownOrganizationsAreRejectedWithTheMemberId() {
        String text = line("m1", "p1", "STUDENT", "2015-09-01") + line("m2", "nowhere", "EMPLOYEE", "2015-09-01")
                + line("m3", "p1", "EMPLOYEE", "2022-09-01") + line("m4", "p1", "EMPLOYEE", "2015-09-01");
        List<Rejection> heard = new ArrayList<>();
        ImportReport report = run(RegistryImport.builder(AS_OF).recordedOn(AS_OF).organizations(smallTree())
                .onRejection(heard::add).build(), text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.rejections()).isEqualTo(heard);
        assertThat(heard).extracting(Rejection::reason)
                .containsExactly(Reason.RULE_VIOLATION, Reason.UNKNOWN_ORGANIZATION, Reason.RULE_VIOLATION);
        assertThat(heard.get(0).detail()).startsWith("UK-MEMBER-003");
        assertThat(heard.get(2).detail()).startsWith("UK-MEMBER-001");
        assertThat(heard).extracting(r -> r.memberId().orElseThrow().value()).containsExactly("m1", "m2", "m3");
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void violationsBelowTheRejectingSeverityAreCountedAsWarnings() {
        Rule<Member> shortIds = Rule.of(RuleCode.of("UK-TEST-001"), Severity.WARNING, (rule, member, context) ->
                member.id().value().length() < 3 ? List.of(rule.violation(PropertyPath.of("id"))) : List.of());
        String text = line("m1", "p1", "EMPLOYEE", "2015-09-01") + line("m100", "p1", "EMPLOYEE", "2015-09-01");
        ImportReport report = run(RegistryImport.builder(AS_OF).rules(Catalogue.member().with(shortIds)).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.warnings()).isEqualTo(1);
        ImportReport strict = run(RegistryImport.builder(AS_OF).rules(Catalogue.member().with(shortIds))
                .rejectAt(Severity.WARNING).build(), text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(strict.rejected()).isEqualTo(1);
    }

    @Test
    void retentionLimitsTheKeptRejectionsButNotTheCount() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("{broken\n");
        }
        ImportReport report = run(RegistryImport.builder(AS_OF).retainRejections(10).build(),
                text.toString().getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(report.rejected()).isEqualTo(50);
        assertThat(report.rejections()).hasSize(10);
    }

    @Test
    void territorialOrganizationsAreRoutedBySizeWithThousandInTheFirstQuarter() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RegistryWriter writer = RegistryWriter.open(out, RegistryFormat.CSV)) {
            for (int i = 0; i < 2_001; i++) {
                writer.write(Member.builder().id(MemberId.of("m" + i)).category(MemberCategory.EMPLOYEE)
                        .primaryOrganization(OrganizationId.of(i < 1_000 ? "p1" : "p2"))
                        .admissionDate(LocalDate.of(2010, 9, 1)).build());
            }
        }
        ImportReport report = run(RegistryImport.builder(AS_OF).organizations(smallTree())
                .schedule(SizeTiers.seedClause43()).build(), out.toByteArray(), RegistryFormat.CSV);

        List<SizeTier> tiers = SizeTiers.seedClause43().tiers();
        assertThat(report.routing().get(tiers.get(0))).containsExactly(OrganizationId.of("t1"));
        assertThat(report.routing().get(tiers.get(1))).containsExactly(OrganizationId.of("t2"));
        assertThat(report.subtreeCounts().get(OrganizationId.of("t2")).total()).isEqualTo(1_001);
        assertThat(report.countsByLevel().get(OrganizationLevel.TERRITORIAL).employees()).isEqualTo(2_001);
        assertThat(report.countsByLevel().get(OrganizationLevel.GROUP).total()).isZero();
    }

    @Test
    void withoutATreeOnlyDirectCountsAreGiven() {
        String text = line("m1", "x1", "EMPLOYEE", "2015-09-01") + line("m2", "x1", "NON_WORKING_PENSIONER", "2015-09-01");
        ImportReport report = run(RegistryImport.builder(AS_OF).build(), text.getBytes(StandardCharsets.UTF_8),
                RegistryFormat.JSON_LINES);
        assertThat(report.countsByOrganization()).containsExactly(Map.entry(OrganizationId.of("x1"),
                MembershipCount.of(AS_OF, 1, 1, 0)));
        assertThat(report.subtreeCounts()).isEmpty();
        assertThat(report.countsByLevel()).isEmpty();
        assertThat(report.routing()).isEmpty();
    }

    @Test
    void membersWhoLeftOrAreNotYetAdmittedAreAcceptedButNotCounted() {
        String left = "{\"id\":\"m2\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"x1\","
                + "\"admissionDate\":\"2015-09-01\",\"exit\":{\"date\":\"2020-01-01\",\"reason\":\"VOLUNTARY\"}}\n";
        String text = line("m1", "x1", "EMPLOYEE", "2015-09-01") + left;
        ImportReport report = run(RegistryImport.builder(AS_OF).build(), text.getBytes(StandardCharsets.UTF_8),
                RegistryFormat.JSON_LINES);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.counted()).isEqualTo(1);
        assertThat(report.toString()).doesNotContain("m1", "m2");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(RegistryFormat.class)
    void parallelImportOfAFileGivesTheSameReportAsTheSequentialOne(RegistryFormat format, @TempDir Path dir)
            throws java.io.IOException {
        RegistryGenerator generator = RegistryGenerator.builder().seed(12).members(20_000).organizations(2, 3, 5, 2)
                .invalidShare(0.02).build();
        Path file = dir.resolve(format == RegistryFormat.CSV ? "registry.csv" : "registry.jsonl");
        generator.write(file, format);
        if (format == RegistryFormat.CSV) {
            // records only the reading thread can delimit, between lines the workers read: quoted cells,
            // a line break inside quotes, duplicates of both kinds, text after a quote, a quote never closed
            String member = generator.organizations().atLevel(io.github.unionkit.model.org.OrganizationLevel.PRIMARY)
                    .get(0).id().value();
            StringBuilder tail = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                String org = member;
                tail.append(i % 3 == 0 ? "\"q" + i + "\",EMPLOYEE,\"" + org + "\",2015-09-01,,,,\"Иванова\nПетрова\",Анна,,,,,,,\n"
                        : i % 3 == 1 ? "q" + (i - 1) + ",STUDENT," + org + ",2016-09-01,,,,,,,,,,,,\n"
                        : "\"q" + i + "\"x,EMPLOYEE," + org + ",2015-09-01,,,,,,,,,,,,\n");
            }
            tail.append("\"open,EMPLOYEE,").append(member).append(",2015-09-01,,,,,,,,,,,,\n")
                    .append("after-open,EMPLOYEE,").append(member).append(",2015-09-01,,,,,,,,,,,,\n");
            java.nio.file.Files.writeString(file, tail, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
        List<Rejection> parallelHeard = new ArrayList<>();
        ImportReport parallel = RegistryImport.builder(AS_OF).organizations(generator.organizations())
                .schedule(SizeTiers.seedClause43()).parallelism(3).onRejection(parallelHeard::add).build().run(file);
        List<Rejection> sequentialHeard = new ArrayList<>();
        ImportReport sequential;
        try (RegistryReader reader = RegistryReader.open(file)) {
            sequential = RegistryImport.builder(AS_OF).organizations(generator.organizations())
                    .schedule(SizeTiers.seedClause43()).onRejection(sequentialHeard::add).build().run(reader);
        }
        assertThat(parallelHeard).isNotEmpty().isEqualTo(sequentialHeard);
        assertThat(parallel.read()).isEqualTo(sequential.read());
        assertThat(parallel.accepted()).isEqualTo(sequential.accepted());
        assertThat(parallel.counted()).isEqualTo(sequential.counted());
        assertThat(parallel.countsByOrganization()).isEqualTo(sequential.countsByOrganization());
        assertThat(parallel.subtreeCounts()).isEqualTo(sequential.subtreeCounts());
        assertThat(parallel.countsByLevel()).isEqualTo(sequential.countsByLevel());
        assertThat(parallel.routing()).isEqualTo(sequential.routing());
        assertThat(parallel.rejectedByReason()).isEqualTo(sequential.rejectedByReason());
    }

    @Test
    void inputThatFailsMidwayEndsAsUnreadableAndStillAddsUp() {
        String text = line("m1", "x1", "EMPLOYEE", "2015-09-01") + line("m2", "x1", "EMPLOYEE", "2015-09-01");
        java.io.InputStream failing = new java.io.SequenceInputStream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("disk gone");
                    }
                });
        ImportReport report;
        try (RegistryReader reader = RegistryReader.open(failing, RegistryFormat.JSON_LINES, RegistryReadOptions.defaults())) {
            report = RegistryImport.builder(AS_OF).build().run(reader);
        }
        assertThat(report.stoppedEarly()).isTrue();
        assertThat(report.read()).isEqualTo(3).isEqualTo(report.accepted() + report.rejected());
        assertThat(report.rejections()).singleElement().extracting(Rejection::reason).isEqualTo(Reason.UNREADABLE);
    }

    private static String line(String id, String organization, String category, String admission) {
        return "{\"id\":\"" + id + "\",\"category\":\"" + category + "\",\"primaryOrganization\":\"" + organization
                + "\",\"admissionDate\":\"" + admission + "\"}\n";
    }

    private static OrganizationTree smallTree() {
        LocalDate from = LocalDate.of(1990, 1, 1);
        return OrganizationTree.of(List.of(
                org("ru", OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null, from),
                org("ast", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, "ru", from),
                org("t1", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "ast", from),
                org("t2", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "ast", from),
                org("p1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "t1", from),
                org("p2", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "t2", from)));
    }

    private static Organization org(String id, OrganizationLevel level, OrganizationKind kind, String parent,
            LocalDate from) {
        Organization.Builder builder = Organization.builder().id(OrganizationId.of(id)).level(level).kind(kind)
                .addNames(OrganizationName.of("Организация " + id, from));
        if (parent != null) {
            builder.parent(OrganizationId.of(parent));
        }
        return builder.build();
    }

    @Test
    void pastCountsUseTheOrganizationAndCategoryOfTheDateAndTransfersMustBeKnown() {
        String base = "{\"formatVersion\":2,\"id\":\"h1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
                + "\"admissionDate\":\"2010-09-01\",\"categoryChanges\":[{\"date\":\"2020-03-01\","
                + "\"category\":\"NON_WORKING_PENSIONER\"}],\"transfers\":[{\"date\":\"2017-01-09\",\"to\":\"TO\"}]}\n";
        String text = base.replace("TO", "p2");
        ImportReport past = run(RegistryImport.builder(LocalDate.of(2016, 1, 1)).organizations(smallTree()).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        ImportReport now = run(RegistryImport.builder(AS_OF).organizations(smallTree()).build(),
                text.getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(past.countsByOrganization().get(OrganizationId.of("p1")).count(MemberCategory.EMPLOYEE)).isEqualTo(1);
        assertThat(now.countsByOrganization().get(OrganizationId.of("p2")).count(MemberCategory.NON_WORKING_PENSIONER))
                .isEqualTo(1);
        assertThat(now.countsByOrganization()).doesNotContainKey(OrganizationId.of("p1"));
        ImportReport unknown = run(RegistryImport.builder(AS_OF).organizations(smallTree()).build(),
                base.replace("TO", "nowhere").getBytes(StandardCharsets.UTF_8), RegistryFormat.JSON_LINES);
        assertThat(unknown.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_ORGANIZATION);
            assertThat(r.field()).isEqualTo("transfers");
        });
    }

    @Test
    void theImportsReaderTakesOrganizationIdsFromTheTreeInBothFormats() {
        RegistryGenerator generator = RegistryGenerator.builder().seed(4).members(500).organizations(2, 3, 5, 2)
                .invalidShare(0.05).build();
        RegistryImport registryImport = RegistryImport.builder(AS_OF).organizations(generator.organizations()).build();
        for (RegistryFormat format : RegistryFormat.values()) {
            byte[] file = generatedFile(generator, format);
            ImportReport plain = run(registryImport, file, format);
            ImportReport known;
            try (RegistryReader reader = registryImport.reader(new ByteArrayInputStream(file), format)) {
                Member first = reader.members().findFirst().orElseThrow();
                assertThat(first.primaryOrganization())
                        .isSameAs(generator.organizations().find(first.primaryOrganization()).orElseThrow().id());
            }
            try (RegistryReader reader = registryImport.reader(new ByteArrayInputStream(file), format)) {
                known = registryImport.run(reader);
            }
            assertThat(known.countsByOrganization()).isEqualTo(plain.countsByOrganization());
            assertThat(known.rejections()).isEqualTo(plain.rejections());
        }
    }

    @Test
    void countsOfMembersWithHistoryAgreeWithTheInMemoryRegistryOnAnyDate() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Member member = io.github.unionkit.testkit.MemberGenerators.membersWithHistory().generate(random);
            members.add(member.toBuilder().id(MemberId.of("h" + i)).card(java.util.Optional.empty()).build());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RegistryWriter writer = RegistryWriter.open(out, RegistryFormat.JSON_LINES)) {
            members.forEach(writer::write);
        }
        io.github.unionkit.model.member.MembershipRegistry registry = io.github.unionkit.model.member.MembershipRegistry.of(members);
        for (int k = 0; k < 12; k++) {
            LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(12_000));
            ImportReport report = run(RegistryImport.builder(date).build(), out.toByteArray(), RegistryFormat.JSON_LINES);
            assertThat(report.accepted()).isEqualTo(members.size());
            Map<OrganizationId, MembershipCount> expected = new HashMap<>();
            registry.countsAsOf(date).forEach((id, count) -> {
                if (count.total() > 0) {
                    expected.put(id, count);
                }
            });
            assertThat(report.countsByOrganization()).as("as of %s", date).isEqualTo(expected);
        }
    }
}
