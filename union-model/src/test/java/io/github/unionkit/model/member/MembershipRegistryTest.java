package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipRegistryTest {

    private static final OrganizationId SCHOOL = OrganizationId.of("school");
    private static final OrganizationId COLLEGE = OrganizationId.of("college");
    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    private static Member member(String id, MemberCategory category, OrganizationId organization, LocalDate admitted,
            LocalDate exit) {
        Member.Builder builder = Member.builder().id(MemberId.of(id)).category(category)
                .primaryOrganization(organization).admissionDate(admitted);
        if (exit != null) {
            builder.exit(MembershipExit.of(exit, ExitReason.VOLUNTARY));
        }
        return builder.build();
    }

    private static MembershipRegistry registry() {
        return MembershipRegistry.of(List.of(
                member("1", MemberCategory.EMPLOYEE, SCHOOL, DAY.minusYears(3), null),
                member("2", MemberCategory.NON_WORKING_PENSIONER, SCHOOL, DAY.minusYears(10), null),
                member("3", MemberCategory.EMPLOYEE, SCHOOL, DAY.minusYears(3), DAY),
                member("4", MemberCategory.STUDENT, COLLEGE, DAY.minusYears(1), DAY.plusDays(1)),
                member("5", MemberCategory.EMPLOYEE, COLLEGE, DAY.plusDays(1), null)));
    }

    @Test
    void findsMembersAndTheirStatus() {
        MembershipRegistry registry = registry();
        assertThat(registry.size()).isEqualTo(5);
        assertThat(registry.find(MemberId.of("4")).map(Member::category)).contains(MemberCategory.STUDENT);
        assertThat(registry.find(MemberId.of("99"))).isEmpty();
        assertThat(registry.isActiveMember(MemberId.of("1"), DAY)).isTrue();
        assertThat(registry.isActiveMember(MemberId.of("3"), DAY)).isFalse();
        assertThat(registry.isActiveMember(MemberId.of("5"), DAY)).isFalse();
        assertThat(registry.isActiveMember(MemberId.of("99"), DAY)).isFalse();
        assertThat(registry.members()).extracting(m -> m.id().value()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void countsActiveMembersPerOrganizationAndCategory() {
        Map<OrganizationId, MembershipCount> counts = registry().countsAsOf(DAY);
        assertThat(counts).containsOnlyKeys(SCHOOL, COLLEGE);
        assertThat(counts.get(SCHOOL)).isEqualTo(MembershipCount.of(DAY, 1, 1, 0));
        assertThat(counts.get(COLLEGE)).isEqualTo(MembershipCount.of(DAY, 0, 0, 1));
        Map<OrganizationId, MembershipCount> later = registry().countsAsOf(DAY.plusDays(1));
        assertThat(later.get(COLLEGE)).isEqualTo(MembershipCount.of(DAY.plusDays(1), 1, 0, 0));
        assertThat(registry().countsAsOf(DAY.minusYears(20)).get(SCHOOL).total()).isZero();
        assertThat(counts.keySet()).containsExactly(COLLEGE, SCHOOL);
    }

    @Test
    void rejectsDuplicateIdsNamingTheIdButNoPersonalData() {
        Member first = member("7", MemberCategory.EMPLOYEE, SCHOOL, DAY, null);
        Member second = first.toBuilder().name(PersonName.of("Смирнов", "Иван")).build();
        assertThatThrownBy(() -> MembershipRegistry.of(List.of(first, second)))
                .isInstanceOfSatisfying(MembershipRegistryException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(MembershipRegistryException.ErrorType.DUPLICATE_MEMBER_ID);
                    assertThat(e.memberId()).isEqualTo(MemberId.of("7"));
                    assertThat(e.getMessage()).contains("7").doesNotContain("Смирнов");
                });
    }

    @Test
    void toStringPrintsOnlyTheSize() {
        assertThat(registry()).hasToString("MembershipRegistry[size=5]");
        assertThat(MembershipRegistry.of(List.of()).countsAsOf(DAY)).isEmpty();
        assertThat(registry()).isEqualTo(registry()).hasSameHashCodeAs(registry());
    }

    @Test
    void pastCountsUseTheCategoryAndOrganizationOfThatDate() {
        io.github.unionkit.model.org.OrganizationId first = io.github.unionkit.model.org.OrganizationId.of("p1");
        io.github.unionkit.model.org.OrganizationId second = io.github.unionkit.model.org.OrganizationId.of("p2");
        Member moved = Member.builder().id(MemberId.of("h1")).category(MemberCategory.EMPLOYEE).primaryOrganization(first)
                .admissionDate(java.time.LocalDate.of(2010, 1, 1))
                .addTransfers(Transfer.of(java.time.LocalDate.of(2019, 1, 1), second))
                .addCategoryChanges(CategoryChange.of(java.time.LocalDate.of(2020, 1, 1), MemberCategory.NON_WORKING_PENSIONER))
                .build();
        MembershipRegistry registry = MembershipRegistry.of(java.util.List.of(moved));
        java.time.LocalDate before = java.time.LocalDate.of(2018, 6, 1);
        java.time.LocalDate after = java.time.LocalDate.of(2021, 6, 1);
        assertThat(registry.countsAsOf(before).get(first).count(MemberCategory.EMPLOYEE)).isEqualTo(1);
        assertThat(registry.countsAsOf(before)).doesNotContainKey(second);
        assertThat(registry.countsAsOf(after).get(second).count(MemberCategory.NON_WORKING_PENSIONER)).isEqualTo(1);
        assertThat(registry.countsAsOf(after)).doesNotContainKey(first);
    }
}
