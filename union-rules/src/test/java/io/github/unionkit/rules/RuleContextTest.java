package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleContextTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);
    private static final OrganizationId SCHOOL = OrganizationId.of("school-1");
    private static final OrganizationId ELSEWHERE = OrganizationId.of("elsewhere-9");

    private static OrganizationTree tree() {
        List<Organization> list = new ArrayList<>(Fixtures.organizations());
        list.add(Fixtures.org(SCHOOL, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, Fixtures.territorialId(0),
                "Школа № 1"));
        return OrganizationTree.of(list);
    }

    private static Member member(String id, OrganizationId organization) {
        return Member.builder().id(MemberId.of(id)).category(MemberCategory.EMPLOYEE).primaryOrganization(organization)
                .admissionDate(LocalDate.of(2010, 1, 1)).build();
    }

    private static MembershipRegistry registry(OrganizationId... organizations) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < organizations.length; i++) {
            members.add(member("m-" + i, organizations[i]));
        }
        return MembershipRegistry.of(members);
    }

    @Test
    void withoutCountsOrRegistryThereAreNoTotalsAndNothingIsMissing() {
        RuleContext context = RuleContext.builder(DAY).organizations(tree()).build();
        assertThat(context.membershipTotals()).isEmpty();
        assertThat(context.organizationsMissingFromTree()).isEmpty();
    }

    @Test
    void explicitCountsAreTheTotalsEvenBesideARegistry() {
        RuleContext context = RuleContext.builder(DAY).organizations(tree()).registry(registry(SCHOOL, ELSEWHERE))
                .membershipCounts(Map.of(SCHOOL, MembershipCount.of(DAY, 40, 2, 0))).build();
        assertThat(context.membershipTotals()).contains(Map.of(SCHOOL, 42));
        assertThat(context.organizationsMissingFromTree()).isEmpty();
    }

    @Test
    void aRegistryWithoutATreeGivesEachOrganizationsOwnCount() {
        RuleContext context = RuleContext.builder(DAY).registry(registry(SCHOOL, SCHOOL, ELSEWHERE)).build();
        assertThat(context.membershipTotals()).contains(Map.of(SCHOOL, 2, ELSEWHERE, 1));
    }

    @Test
    void aRegistryWithATreeIsSummedOverSubtrees() {
        RuleContext context = RuleContext.builder(DAY).organizations(tree())
                .registry(registry(SCHOOL, SCHOOL, Fixtures.territorialId(1))).build();
        Map<OrganizationId, Integer> totals = context.membershipTotals().orElseThrow();
        assertThat(totals).containsEntry(SCHOOL, 2).containsEntry(Fixtures.territorialId(0), 2)
                .containsEntry(Fixtures.territorialId(1), 1).containsEntry(SeedResolutions.ASTRAKHAN, 3)
                .containsEntry(Fixtures.RU, 3).containsEntry(Fixtures.territorialId(2), 0);
    }

    @Test
    void membersOfAnOrganizationOutsideTheTreeMakeTheTotalsAbsentNotPartial() {
        RuleContext context = RuleContext.builder(DAY).organizations(tree()).registry(registry(SCHOOL, ELSEWHERE))
                .build();
        assertThat(context.membershipTotals()).isEmpty();
        assertThat(context.organizationsMissingFromTree()).containsExactly(ELSEWHERE);
    }

    @Test
    void aRuleThatNeedsTotalsSaysWhyItDidNotRun() {
        RuleContext outside = RuleContext.builder(Fixtures.DOC_DATE).organizations(tree())
                .registry(registry(SCHOOL, ELSEWHERE)).build();
        ValidationReport report = Catalogue.resolution().check(SeedResolutions.astrakhan3of1(), outside);
        Violation notRun = report.withCode("UK-RULE-004").violations().get(0);
        assertThat(notRun.argument("rule")).contains("UK-SIZE-002");
        assertThat(notRun.argument("count")).contains("1");
        assertThat(notRun.message(Locale.ENGLISH)).contains("UK-SIZE-002").contains("not in the organization tree");
        assertThat(notRun.message(Locale.forLanguageTag("ru"))).contains("нет в дереве организаций");
        assertThat(report.withCode("UK-SIZE-002").isEmpty()).isTrue();

        RuleContext none = RuleContext.builder(Fixtures.DOC_DATE).organizations(tree()).build();
        ValidationReport without = Catalogue.resolution().check(SeedResolutions.astrakhan3of1(), none);
        assertThat(without.withCode("UK-RULE-004").isEmpty()).isTrue();
        assertThat(without.withCode("UK-RULE-002").violations()).extracting(v -> v.argument("rule").orElseThrow())
                .contains("UK-SIZE-002");
    }

    @Test
    void disabledCodesAreTheOnlyDisabledOnes() {
        RuleCode code = RuleCode.of("UK-SIZE-002");
        RuleContext context = RuleContext.builder(DAY).disable(code).build();
        assertThat(context.isEnabled(code)).isFalse();
        assertThat(context.isEnabled(RuleCode.of("UK-SIZE-001"))).isTrue();
        assertThat(RuleContext.of(DAY).isEnabled(code)).isTrue();
        assertThat(context.toBuilder().build().isEnabled(code)).isFalse();
    }

    @Test
    void theContextNeverShowsItsDataInToString() {
        RuleContext context = RuleContext.builder(DAY).registry(registry(SCHOOL)).build();
        assertThat(context.toString()).contains("registry=true").doesNotContain("m-0").doesNotContain("school-1");
    }
}
