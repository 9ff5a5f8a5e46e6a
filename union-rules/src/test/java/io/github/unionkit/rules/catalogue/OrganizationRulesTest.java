package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {

    static final LocalDate DAY = LocalDate.of(2021, 1, 1);
    static final Locale RU = Locale.forLanguageTag("ru");
    static final OrganizationId NATIONAL = OrganizationId.of("ru");
    static final OrganizationId REGION = OrganizationId.of("ast");
    static final OrganizationId TOP = OrganizationId.of("ast.akhtubinsk");
    static final OrganizationId SCHOOL = OrganizationId.of("ast.school-1");
    static final OrganizationId SCHOOL2 = OrganizationId.of("ast.school-2");

    static Organization org(OrganizationId id, OrganizationLevel level, OrganizationKind kind, OrganizationId parent,
            String name) {
        return Fixtures.org(id, level, kind, parent, name);
    }

    /** National, regional, one territorial organization and two schools under it. */
    static List<Organization> small() {
        return List.of(org(NATIONAL, OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null, "Профсоюз"),
                org(REGION, OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, NATIONAL, "Астраханская областная организация"),
                org(TOP, OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, REGION, "Ахтубинская ТОП"),
                org(SCHOOL, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, TOP, "ППО школы № 1"),
                org(SCHOOL2, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, TOP, "ППО школы № 2"));
    }

    static Map<OrganizationId, MembershipCount> counts(int school1, int school2, int top, int region) {
        Map<OrganizationId, MembershipCount> counts = new LinkedHashMap<>();
        counts.put(SCHOOL, MembershipCount.of(DAY, school1, 0, 0));
        counts.put(SCHOOL2, MembershipCount.of(DAY, school2, 0, 0));
        counts.put(TOP, MembershipCount.of(DAY, top, 0, 0));
        counts.put(REGION, MembershipCount.of(DAY, region, 0, 0));
        return counts;
    }

    static RuleContext withCounts(Map<OrganizationId, MembershipCount> counts) {
        return RuleContext.builder(DAY).membershipCounts(counts).build();
    }

    @Test
    void aRepeatedIdIsReportedAtItsSecondIndexOnly() {
        List<Organization> list = new java.util.ArrayList<>(small());
        list.add(org(SCHOOL, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, TOP, "Дубль"));
        List<Violation> found = OrganizationRules.uniqueIds().check(list, RuleContext.of(DAY));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).hasToString("organizations[5]");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.message(RU)).isEqualTo("Идентификатор организации ast.school-1 использован более одного раза.");
        });
        assertThat(OrganizationRules.uniqueIds().check(small(), RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aTerritorialOrganizationUnderAnotherTerritorialOneIsAnIllegalLevel() {
        List<Organization> list = new java.util.ArrayList<>(small());
        list.add(org(OrganizationId.of("ast.town"), OrganizationLevel.TERRITORIAL, OrganizationKind.CITY, TOP,
                "Городская ТОП"));
        List<Violation> found = OrganizationRules.legalLevels().check(list, RuleContext.of(DAY));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).hasToString("organizations[ast.town].parent");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Organization «Городская ТОП» (ast.town) (territorial) "
                    + "may not sit under «Ахтубинская ТОП» (ast.akhtubinsk) (territorial).");
        });
        assertThat(OrganizationRules.legalLevels().check(small(), RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aPrimaryOrganizationDirectlyUnderTheRegionIsLegal() {
        List<Organization> list = new java.util.ArrayList<>(small());
        list.add(org(OrganizationId.of("ast.college"), OrganizationLevel.PRIMARY, OrganizationKind.VOCATIONAL, REGION,
                "ППО колледжа"));
        assertThat(OrganizationRules.legalLevels().check(list, RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aParentMissingFromTheListIsReportedOnTheChild() {
        List<Organization> list = List.of(org(SCHOOL, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, TOP, "ППО школы № 1"));
        assertThat(OrganizationRules.knownParents().check(list, RuleContext.of(DAY))).singleElement().satisfies(v -> {
            assertThat(v.path()).hasToString("organizations[ast.school-1].parent");
            assertThat(v.message(RU)).isEqualTo(
                    "Организация «ППО школы № 1» (ast.school-1) ссылается на вышестоящую ast.akhtubinsk, которой нет.");
        });
        assertThat(OrganizationRules.knownParents().check(small(), RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aCycleIsReportedOnceAtItsSmallestId() {
        OrganizationId a = OrganizationId.of("c-a");
        OrganizationId b = OrganizationId.of("c-b");
        OrganizationId c = OrganizationId.of("c-c");
        List<Organization> list = List.of(org(b, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, c, "Б"),
                org(c, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, a, "В"),
                org(a, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, b, "А"),
                org(OrganizationId.of("c-tail"), OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, b, "Хвост"));
        assertThat(OrganizationRules.noCycles().check(list, RuleContext.of(DAY))).singleElement().satisfies(v -> {
            assertThat(v.path()).hasToString("organizations[c-a]");
            assertThat(v.argument("organization")).contains("c-a");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("The parent chain of organization c-a loops: [c-b, c-c, c-a].");
        });
        assertThat(OrganizationRules.noCycles().check(small(), RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aPrimaryOrganizationWithExactlyTheCharterMinimumIsFine() {
        // The education union's charter: at least 3 members.
        assertThat(OrganizationRules.primaryMinimumSize().check(small(), withCounts(counts(3, 3, 6, 6)))).isEmpty();
    }

    @Test
    void aPrimaryOrganizationOneBelowTheMinimumIsAnError() {
        List<Violation> found = OrganizationRules.primaryMinimumSize().check(small(), withCounts(counts(2, 3, 5, 5)));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).hasToString("organizations[ast.school-1]");
            assertThat(v.message(RU)).isEqualTo("В первичной организации «ППО школы № 1» (ast.school-1) на 01.01.2021 "
                    + "состоит 2 чел.; Устав требует не менее 3.");
        });
    }

    @Test
    void aPrimaryOrganizationWithoutACountHasNoMembers() {
        Map<OrganizationId, MembershipCount> counts = counts(3, 3, 6, 6);
        counts.remove(SCHOOL2);
        assertThat(OrganizationRules.primaryMinimumSize().check(small(), withCounts(counts))).singleElement()
                .satisfies(v -> assertThat(v.argument("members")).contains("0"));
    }

    @Test
    void theMinimumIsNotAppliedToOtherLevels() {
        // The territorial and regional organizations count 2, below 3: not primary, so fine.
        Map<OrganizationId, MembershipCount> counts = counts(3, 3, 2, 2);
        assertThat(OrganizationRules.primaryMinimumSize().check(small(), withCounts(counts))).isEmpty();
    }

    @Test
    void withoutTotalsTheMinimumSaysItDidNotRunOnlyWhenThereIsAPrimary() {
        assertThat(OrganizationRules.primaryMinimumSize().check(small(), RuleContext.of(DAY))).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo(Codes.RULE_NO_DATA);
                    assertThat(v.argument("rule")).contains("UK-ORG-005");
                });
        assertThat(OrganizationRules.primaryMinimumSize().check(small().subList(0, 3), RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aParentWhoseCountEqualsItsChildrensSumIsConsistent() {
        assertThat(OrganizationRules.countsConsistent().check(small(), withCounts(counts(10, 20, 30, 30)))).isEmpty();
    }

    @Test
    void aParentCountingMoreThanItsChildrenIsConsistent() {
        // The territorial organization's own staff are members too.
        assertThat(OrganizationRules.countsConsistent().check(small(), withCounts(counts(10, 20, 32, 40)))).isEmpty();
    }

    @Test
    void aParentCountingFewerThanItsChildrenIsAnError() {
        List<Violation> found = OrganizationRules.countsConsistent().check(small(), withCounts(counts(10, 20, 29, 29)));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).hasToString("organizations[ast.akhtubinsk]");
            assertThat(v.message(RU)).isEqualTo("Численность организации «Ахтубинская ТОП» (ast.akhtubinsk) на 01.01.2021 — "
                    + "29, меньше суммы по входящим организациям (30).");
        });
    }

    @Test
    void eachCategoryMustCoverItsChildrenEvenWhenTheTotalDoes() {
        Map<OrganizationId, MembershipCount> counts = counts(10, 20, 30, 30);
        counts.put(SCHOOL, MembershipCount.of(DAY, 5, 0, 5));
        counts.put(TOP, MembershipCount.of(DAY, 30, 5, 0));
        counts.put(REGION, MembershipCount.of(DAY, 30, 5, 5));
        List<Violation> found = OrganizationRules.countsConsistent().check(small(), withCounts(counts));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.argument("organization")).contains("ast.akhtubinsk");
            assertThat(v.argument("members")).contains("35");
            assertThat(v.argument("childrenSum")).contains("30");
        });
        Map<OrganizationId, MembershipCount> pensioners = counts(10, 20, 30, 30);
        pensioners.put(SCHOOL, MembershipCount.of(DAY, 5, 5, 0));
        pensioners.put(TOP, MembershipCount.of(DAY, 30, 0, 5));
        pensioners.put(REGION, MembershipCount.of(DAY, 30, 5, 5));
        assertThat(OrganizationRules.countsConsistent().check(small(), withCounts(pensioners))).hasSize(1);
    }

    @Test
    void countsAreOnlyComparedWhenExplicitCountsAreGiven() {
        assertThat(OrganizationRules.countsConsistent().check(small(), RuleContext.of(DAY))).isEmpty();
        assertThat(OrganizationRules.countsAsOfDate().check(small(), RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void aCountOfAnotherDateIsAWarning() {
        Map<OrganizationId, MembershipCount> counts = counts(10, 20, 30, 30);
        counts.put(TOP, MembershipCount.of(LocalDate.of(2020, 12, 31), 30, 0, 0));
        assertThat(OrganizationRules.countsAsOfDate().check(small(), withCounts(counts))).singleElement()
                .satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.WARNING);
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo("The count of organization «Ахтубинская ТОП» "
                            + "(ast.akhtubinsk) is as of 2020-12-31, not 2021-01-01.");
                });
        assertThat(OrganizationRules.countsAsOfDate().check(small(), withCounts(counts(10, 20, 30, 30)))).isEmpty();
    }

    @Test
    void allListsTheSevenRulesInCodeOrder() {
        assertThat(OrganizationRules.all()).extracting(r -> r.code().value()).containsExactly("UK-ORG-001",
                "UK-ORG-002", "UK-ORG-003", "UK-ORG-004", "UK-ORG-005", "UK-ORG-006", "UK-ORG-007");
    }
}
