package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of docs/guide/rules.md are compiled test code, character for character: the rule
 * context's here, the Hibernate Validator bootstrap in {@code HibernateValidatorBootstrapTest}, which runs it.
 */
class GuideRulesSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "guide", "rules.md");
    private static final Path TESTS = Path.of("src", "test", "java", "io", "github", "unionkit", "rules");

    @Test
    void thePageShowsExactlyTheSnippetsTheTestsRun() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("rule-context", "hibernate-validator-bootstrap");
        assertThat(DocSnippets.block(PAGE, "rule-context"))
                .isEqualTo(DocSnippets.region(TESTS.resolve("GuideRulesSnippetsTest.java"), "rule-context"));
        assertThat(DocSnippets.block(PAGE, "hibernate-validator-bootstrap")).isEqualTo(DocSnippets.region(
                TESTS.resolve("validation").resolve("HibernateValidatorBootstrapTest.java"),
                "hibernate-validator-bootstrap"));
    }

    @Test
    void theSeedDecreeChecksCleanAgainstARegistryOfTheSizesItsClause43Names() {
        // Members of the territorial organizations, as many as clause 4.3's bands say each has.
        List<Member> members = new ArrayList<>();
        int t = 0;
        for (int size : Fixtures.TERRITORIAL.values()) {
            for (int i = 0; i < size; i++) {
                members.add(Member.builder().id(MemberId.of("m-" + t + "-" + i)).category(MemberCategory.EMPLOYEE)
                        .primaryOrganization(Fixtures.territorialId(t)).admissionDate(LocalDate.of(2010, 1, 1))
                        .build());
            }
            t++;
        }

        ValidationReport report = check(SeedResolutions.astrakhan3of1(), Fixtures.tree(), MembershipRegistry.of(members));

        assertThat(report.errors().violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    // snippet-begin rule-context
    ValidationReport check(Resolution decree, OrganizationTree tree, MembershipRegistry registry) {
        LocalDate date = decree.documentDate().orElseThrow();     // counts as of the decree's date
        RuleContext context = RuleContext.builder(date)
                .organizations(tree)
                .membershipCounts(MembershipCount.subtreeCounts(tree, registry.countsAsOf(date)))
                .locale(Locale.ENGLISH)
                .build();
        ValidationReport report = Catalogue.resolution().check(decree, context);
        return report;
    }
    // snippet-end rule-context
}
