package io.github.unionkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * The Java snippet of docs/guide/model.md is this class's code, character for character; it runs on the
 * bundled Astrakhan sample and the seed decree, and what its comments claim is checked here. (It needs
 * union-model only; it is tested here because the sample data and {@link DocSnippets} are here.)
 */
class GuideModelSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "guide", "model.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "github", "unionkit", "examples",
            "docs", "GuideModelSnippetsTest.java");

    @Test
    void thePageShowsExactlyTheSnippetThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("typical-use");
        assertThat(DocSnippets.block(PAGE, "typical-use")).isEqualTo(DocSnippets.region(THIS_SOURCE, "typical-use"));
    }

    @Test
    void theSnippetRunsAndItsCommentsAreTrue() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        typicalUse(AstrakhanSample.organizations(), AstrakhanSample.members(), AstrakhanSample.DECREE_DATE, seed);

        DecreeNumber n = DecreeNumber.parse("N 27-5");
        assertThat(n).hasToString("27-5");
        assertThat(n.meetingNumber()).hasValue(27);
        assertThat(n.itemNumber()).hasValue(5);
        assertThat(Deadline.inQuarter(YearQuarter.of(2021, 1)).window().getEndInclusive())
                .isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(seed.allClauses().get(0).number()).isEqualTo(ClauseNumber.parse("1"));
        assertThat(seed.clause(ClauseNumber.parse("4.3"))).isPresent();
        assertThat(seed.assignments()).isNotEmpty();
    }

    // snippet-begin typical-use
    void typicalUse(List<Organization> organizations, List<Member> members, LocalDate date, Resolution resolution) {
        OrganizationTree tree = OrganizationTree.of(organizations);
        Map<OrganizationId, MembershipCount> own = MembershipRegistry.of(members).countsAsOf(date);
        Map<OrganizationId, MembershipCount> bySubtree = MembershipCount.subtreeCounts(tree, own);

        DecreeNumber n = DecreeNumber.parse("N 27-5");      // 27-5, meetingNumber() = 27, itemNumber() = 5
        Deadline q1 = Deadline.inQuarter(YearQuarter.of(2021, 1));
        q1.window().getEndInclusive();                      // 2021-03-31
        q1.statusAsOf(Clock.systemDefaultZone());           // the caller decides where "today" comes from

        resolution.allClauses();                            // depth-first
        resolution.clause(ClauseNumber.parse("4.3"));       // Optional<Clause>
        resolution.assignments();                           // every assignment of the tree
    }
    // snippet-end typical-use
}
