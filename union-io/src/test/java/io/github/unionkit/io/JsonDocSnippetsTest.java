package io.github.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.registry.BadRowPolicy;
import io.github.unionkit.io.registry.Eligibility;
import io.github.unionkit.io.registry.EligibilityIndex;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.rules.catalogue.SizeTiers;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** The Java snippets of docs/json.md are this class's code, character for character, and they do what the page says. */
class JsonDocSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "json.md");
    private static final Path THIS_SOURCE =
            Path.of("src", "test", "java", "io", "github", "unionkit", "io", "JsonDocSnippetsTest.java");

    @TempDir
    Path dir;

    @Test
    void thePageShowsExactlyTheSnippetsThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("from-java", "import", "eligibility");
        for (String name : DocSnippets.names(PAGE, "java")) {
            assertThat(DocSnippets.block(PAGE, name)).as(name).isEqualTo(DocSnippets.region(THIS_SOURCE, name));
        }
    }

    @Test
    void fromJava() {
        // snippet-begin from-java
        Resolution resolution = SeedResolutions.astrakhan3of1();      // decree № 3-1, a fixture of union-testkit
        JsonMapper mapper = UnionJson.mapper();                       // compact, strict, default limits
        String json = mapper.writeValueAsString(resolution);
        Resolution back = UnionJson.read(mapper, json, Resolution.class);   // JsonInputException on bad input
        String document = UnionJson.toDocument(resolution);           // indented, "\n", trailing newline

        JsonMapper lenient = UnionJson.builder()
                .unknownProperties(UnknownPropertyPolicy.IGNORE)
                .limits(JsonLimits.defaults().withMaxStringLength(64 * 1024))
                .build();
        // snippet-end from-java

        assertThat(back).isEqualTo(resolution);
        assertThat(json).doesNotContain("\n");
        assertThat(document).startsWith("{\n  ").endsWith("}\n").doesNotContain("\r");
        assertThat(UnionJson.read(lenient, json.replaceFirst("\\{", "{\"extra\":1,"), Resolution.class))
                .isEqualTo(resolution);
    }

    @Test
    void theImportRejectsTheUnknownOrganizationAndCountsTheRest() {
        ImportReport report = importRegistry(DocTestData.tree(), DocTestData.registry(dir.resolve("registry.jsonl")));

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.countsByOrganization()).hasSize(2);
        assertThat(report.countsByLevel().get(OrganizationLevel.REGIONAL).total()).isEqualTo(2);
        assertThat(report.routing()).isNotEmpty();
    }

    @Test
    void theCardHolderIsEligible() {
        Path index = dir.resolve("registry.ukei");
        Eligibility answer = cardHolderOn1March2021(DocTestData.registry(dir.resolve("registry.jsonl")), index);

        assertThat(answer.eligible()).isTrue();
        assertThat(answer.status()).isEqualTo(Eligibility.Status.ACTIVE);
        assertThat(answer.since()).contains(LocalDate.of(2020, 3, 1));
        assertThat(EligibilityIndex.load(index).byCard(CardNumber.parse("7712 345 678"), LocalDate.of(2021, 3, 1)))
                .isEqualTo(answer);
    }

    // snippet-begin import
    private static final Logger log = LoggerFactory.getLogger("registry");

    ImportReport importRegistry(OrganizationTree tree, Path registry) {   // registry: e.g. Path.of("registry.jsonl")
        ImportReport report = RegistryImport.builder(LocalDate.of(2021, 1, 1))
                .organizations(tree)                  // unknown organizations are rejected
                .rules(Catalogue.member())            // the default; RuleSet<Member> of union-rules
                .schedule(SizeTiers.seedClause43())   // route territorial organizations by size
                .policy(BadRowPolicy.REPORT_AND_CONTINUE)
                .onRejection(r -> log.warn("{}", r))  // no personal data in r.toString()
                .build()
                .run(registry);
        report.countsByOrganization();  // active members per organization as of the date, by category
        report.countsByLevel();         // members covered by each level
        report.routing();               // size tier -> territorial organizations
        return report;
    }
    // snippet-end import

    // snippet-begin eligibility
    Eligibility cardHolderOn1March2021(Path registry, Path indexFile) {   // e.g. registry.jsonl, registry.ukei
        EligibilityIndex.Builder builder = EligibilityIndex.builder();
        try (RegistryReader reader = RegistryReader.open(registry)) {
            reader.members().forEach(builder::add);
        }
        EligibilityIndex index = builder.build();             // 29 bytes per member with a card
        index.save(indexFile);                                // EligibilityIndex.load(indexFile) later
        Eligibility answer = index.byCard(CardNumber.parse("7712 345 678"), LocalDate.of(2021, 3, 1));
        answer.eligible();   // true when answer.status() is ACTIVE (since = admission or readmission);
        answer.status();     // otherwise NOT_YET_ADMITTED (since = admission), LEFT (exit = date, reason),
        answer.since();      // UNKNOWN_MEMBER, UNKNOWN_CARD, CARD_REPLACED (a card listed in formerCards)
        return answer;
    }
    // snippet-end eligibility
}
