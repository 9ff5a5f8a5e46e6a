package io.github.unionkit.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AstrakhanSampleTest {

    @Test
    void formsAValidTreeUnderTheFixturesRegionalOrganization() {
        OrganizationTree tree = OrganizationTree.of(AstrakhanSample.organizations());

        assertThat(tree.root().id()).isEqualTo(SeedResolutions.ASTRAKHAN);
        assertThat(tree.atLevel(OrganizationLevel.TERRITORIAL)).hasSize(9);
        assertThat(tree.atLevel(OrganizationLevel.PRIMARY)).isNotEmpty()
                .allSatisfy(primary -> assertThat(tree.parentOf(primary.id()).orElseThrow().level())
                        .isEqualTo(OrganizationLevel.TERRITORIAL));
    }

    @Test
    void countsActiveMembersOnTheDecreeDateExactlyAsDeclared() {
        OrganizationTree tree = OrganizationTree.of(AstrakhanSample.organizations());
        Map<OrganizationId, MembershipCount> own = MembershipRegistry.of(AstrakhanSample.members())
                .countsAsOf(AstrakhanSample.DECREE_DATE);
        Map<OrganizationId, MembershipCount> subtree = MembershipCount.subtreeCounts(tree, own);

        AstrakhanSample.territorialCounts().forEach((id, declared) ->
                assertThat(subtree.get(id).total()).as(id.toString()).isEqualTo(declared.total()));
    }

    @Test
    void agreesWithTheBandsAndListsOfClause43() {
        OrganizationTree tree = OrganizationTree.of(AstrakhanSample.organizations());
        Clause clause43 = SeedResolutions.astrakhan3of1().clause(ClauseNumber.of(4, 3)).orElseThrow();
        Map<OrganizationId, MembershipCount> counts = AstrakhanSample.territorialCounts();

        for (Organization territorial : tree.atLevel(OrganizationLevel.TERRITORIAL)) {
            int members = counts.get(territorial.id()).total();
            List<SizeBand> covering = clause43.sizeBands().stream().filter(b -> b.range().contains(members)).toList();
            assertThat(covering).as(territorial.id().toString()).hasSize(1);
            String stem = territorial.currentName().shortName().orElseThrow().substring(0, 6);
            assertThat(covering.get(0).organizations()).extracting(OrganizationRef::asWritten)
                    .as("band of %s (%d members)", territorial.id(), members)
                    .anySatisfy(written -> assertThat(written).startsWith(stem));
        }
    }

    @Test
    void includesTheBoundaryCaseOfExactlyOneThousandMembers() {
        assertThat(AstrakhanSample.territorialCounts().values()).extracting(MembershipCount::total).contains(1000);
    }

    @Test
    void keepsMembersWhoLeftBeforeTheDecreeOutOfTheCounts() {
        List<Member> members = AstrakhanSample.members();
        long active = members.stream().filter(m -> m.isActiveOn(AstrakhanSample.DECREE_DATE)).count();
        int declared = AstrakhanSample.territorialCounts().values().stream().mapToInt(MembershipCount::total).sum();

        assertThat(active).isEqualTo(declared);
        assertThat(members.size()).isGreaterThan(declared);
    }
}
