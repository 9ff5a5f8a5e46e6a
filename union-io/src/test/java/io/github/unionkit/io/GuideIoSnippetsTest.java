package io.github.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.EmployeeCounts;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryStatistics;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.SizeTiers;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java snippets of docs/guide/io.md are this class's code, character for character, and they do
 * what the page says. The snippets are methods: their inputs (a tree, files) are the parameters that a
 * user's code passes and this test supplies.
 */
class GuideIoSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "guide", "io.md");
    private static final Path THIS_SOURCE =
            Path.of("src", "test", "java", "io", "github", "unionkit", "io", "GuideIoSnippetsTest.java");

    @TempDir
    Path dir;

    @Test
    void thePageShowsExactlyTheSnippetsThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("json-round-trip", "registry-import",
                "yearly-statistics");
        for (String name : DocSnippets.names(PAGE, "java")) {
            assertThat(DocSnippets.block(PAGE, name)).as(name).isEqualTo(DocSnippets.region(THIS_SOURCE, name));
        }
    }

    @Test
    void theRoundTripIsLossless() {
        Resolution seed = SeedResolutions.astrakhan3of1();

        assertThat(roundTrip(seed)).isEqualTo(seed);
    }

    @Test
    void theImportCountsTheSubtreesAndRejectsTheUnknownOrganization() {
        ImportReport report = countMembers(DocTestData.tree(), DocTestData.registry(dir.resolve("registry.jsonl")));

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.subtreeCounts().get(OrganizationId.of("ast")).total()).isEqualTo(2);
        assertThat(report.routing()).isNotEmpty();
    }

    @Test
    void theYearlyStatisticsOfTheSubtreeCountTheAdmissionAndTheStudentAndTheCoverage() throws IOException {
        Path employees = Files.writeString(dir.resolve("employees.csv"),
                "organization,asOf,employees\np1,2020-12-31,4\np3,2020-12-31,10\n", StandardCharsets.UTF_8);
        // The member of an unknown organization is in no subtree; read() of the registry does not judge it.
        RegistryStatistics.Figures ast = yearOf(DocTestData.tree(), DocTestData.registry(dir.resolve("r.jsonl")),
                employees);

        assertThat(ast.admissions()).isEqualTo(1);
        assertThat(ast.exits(ExitReason.VOLUNTARY)).isZero();
        assertThat(ast.members().count(MemberCategory.STUDENT)).isEqualTo(1);
        assertThat(ast.coverage()).isPresent();
    }

    // snippet-begin json-round-trip
    Resolution roundTrip(Resolution resolution) {
        JsonMapper mapper = UnionJson.mapper();                   // UnionKit's settings and input limits
        String json = mapper.writeValueAsString(resolution);
        Resolution back = UnionJson.read(mapper, json, Resolution.class);   // failures: JsonInputException
        return back;                                              // equals resolution
    }
    // snippet-end json-round-trip

    // snippet-begin registry-import
    private static final Logger log = LoggerFactory.getLogger("registry");

    ImportReport countMembers(OrganizationTree tree, Path registry) {   // registry: e.g. Path.of("registry.jsonl")
        ImportReport report = RegistryImport.builder(LocalDate.of(2021, 1, 1))
                .organizations(tree)
                .schedule(SizeTiers.seedClause43())
                .onRejection(r -> log.warn("{}", r))   // line, reason, field; no personal data
                .build()
                .run(registry);
        report.subtreeCounts(); report.countsByLevel(); report.routing();
        return report;
    }
    // snippet-end registry-import

    // snippet-begin yearly-statistics
    RegistryStatistics.Figures yearOf(OrganizationTree tree, Path registry, Path employeeCounts) {
        EmployeeCounts employees = EmployeeCounts.read(employeeCounts); // employees.csv: organization,asOf,employees
        RegistryStatistics.Builder stats = RegistryStatistics.builder(tree, OrganizationId.of("ast"),
                LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).employees(employees);
        try (RegistryReader reader = RegistryReader.open(registry)) {
            reader.members().forEach(stats::add);
        }
        RegistryStatistics.Figures ast = stats.build().subtree();
        ast.admissions(); ast.exits(ExitReason.VOLUNTARY); ast.members().count(MemberCategory.STUDENT); ast.coverage();
        return ast;
    }
    // snippet-end yearly-statistics
}
