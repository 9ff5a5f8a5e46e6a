package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.member.CategoryChange;
import io.github.unionkit.model.member.Coverage;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipInterruption;
import io.github.unionkit.model.member.Transfer;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class RegistryStatisticsTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDateRange YEAR_2020 = LocalDateRange.ofClosed(FROM, LocalDate.of(2020, 12, 31));
    private static final OrganizationId T1 = OrganizationId.of("t1");
    private static final OrganizationId P1 = OrganizationId.of("p1");
    private static final OrganizationId P2 = OrganizationId.of("p2");
    private static final OrganizationId P3 = OrganizationId.of("p3");

    private static OrganizationTree tree() {
        LocalDate named = LocalDate.of(1990, 1, 1);
        return OrganizationTree.of(List.of(
                org("ru", OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null, named),
                org("ast", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, "ru", named),
                org("t1", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "ast", named),
                org("t2", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "ast", named),
                org("p1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "t1", named),
                org("p2", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "t1", named),
                org("p3", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "t2", named)));
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

    private static Member.Builder member(String id, OrganizationId organization, LocalDate admitted) {
        return Member.builder().id(MemberId.of(id)).category(MemberCategory.EMPLOYEE)
                .primaryOrganization(organization).admissionDate(admitted);
    }

    private static RegistryStatistics.Builder statsOfT1() {
        return RegistryStatistics.builder(tree(), T1, YEAR_2020);
    }

    @Test
    void aMemberAdmittedInThePeriodIsAnAdmissionOfItsOrganizationAndSubtree() {
        RegistryStatistics stats = statsOfT1().add(member("m1", P1, LocalDate.of(2020, 3, 1)).build())
                .add(member("m2", P1, LocalDate.of(2019, 3, 1)).build())
                .add(member("m3", P3, LocalDate.of(2020, 3, 1)).build()).build();

        assertThat(stats.subtree().admissions()).isEqualTo(1);
        assertThat(stats.own().admissions()).isZero();
        assertThat(stats.subtree().members().total()).isEqualTo(2);
    }

    @Test
    void aMemberWhoLeftInThePeriodIsAnExitWithItsReasonAndNotCountedAtTheEnd() {
        RegistryStatistics stats = statsOfT1().add(member("m1", P1, LocalDate.of(2015, 1, 1))
                .exit(MembershipExit.of(LocalDate.of(2020, 6, 1), ExitReason.VOLUNTARY)).build())
                .add(member("m2", P2, LocalDate.of(2015, 1, 1))
                        .exit(MembershipExit.of(LocalDate.of(2019, 6, 1), ExitReason.DEATH)).build())
                .build();

        assertThat(stats.subtree().exits(ExitReason.VOLUNTARY)).isEqualTo(1);
        assertThat(stats.subtree().exits(ExitReason.DEATH)).isZero();
        assertThat(stats.subtree().exits()).isEqualTo(1);
        assertThat(stats.subtree().members().total()).isZero();
    }

    @Test
    void anExitOnTheDayAfterThePeriodIsNotInItAndTheMemberIsStillCounted() {
        RegistryStatistics stats = statsOfT1().add(member("m1", P1, LocalDate.of(2015, 1, 1))
                .exit(MembershipExit.of(LocalDate.of(2021, 1, 1), ExitReason.VOLUNTARY)).build()).build();

        assertThat(stats.subtree().exits()).isZero();
        assertThat(stats.subtree().members().total()).isEqualTo(1);
    }

    @Test
    void aReadmittedMemberCountsTheExitAndTheReadmissionAsAnAdmission() {
        Member member = member("m1", P1, LocalDate.of(2010, 1, 1))
                .addInterruptions(MembershipInterruption.of(MembershipExit.of(LocalDate.of(2020, 2, 1),
                        ExitReason.END_OF_EMPLOYMENT), LocalDate.of(2020, 9, 1))).build();

        RegistryStatistics stats = statsOfT1().add(member).build();

        assertThat(stats.subtree().admissions()).isEqualTo(1);
        assertThat(stats.subtree().exits(ExitReason.END_OF_EMPLOYMENT)).isEqualTo(1);
        assertThat(stats.subtree().members().total()).isEqualTo(1);
    }

    @Test
    void membersAreCountedByTheirCategoryOnThePeriodsLastDayAfterARetirement() {
        Member retired = member("m1", P1, LocalDate.of(2000, 1, 1))
                .addCategoryChanges(CategoryChange.of(LocalDate.of(2020, 7, 1), MemberCategory.NON_WORKING_PENSIONER))
                .build();
        Member retiresLater = member("m2", P1, LocalDate.of(2000, 1, 1))
                .addCategoryChanges(CategoryChange.of(LocalDate.of(2021, 7, 1), MemberCategory.NON_WORKING_PENSIONER))
                .build();

        RegistryStatistics stats = statsOfT1().add(retired).add(retiresLater).build();

        assertThat(stats.subtree().members().count(MemberCategory.NON_WORKING_PENSIONER)).isEqualTo(1);
        assertThat(stats.subtree().members().count(MemberCategory.EMPLOYEE)).isEqualTo(1);
        assertThat(stats.subtree().members().asOf()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void aTransferIntoTheSubtreeIsATransferInAndWithinItIsNeither() {
        Member in = member("m1", P3, LocalDate.of(2010, 1, 1))
                .addTransfers(Transfer.of(LocalDate.of(2020, 5, 1), P1)).build();
        Member within = member("m2", P2, LocalDate.of(2010, 1, 1))
                .addTransfers(Transfer.of(LocalDate.of(2020, 5, 1), P1)).build();

        RegistryStatistics stats = statsOfT1().add(in).add(within).build();
        RegistryStatistics ofP2 = RegistryStatistics.builder(tree(), P2, YEAR_2020).add(in).add(within).build();

        assertThat(stats.subtree().transfersIn()).isEqualTo(1);
        assertThat(stats.subtree().transfersOut()).isZero();
        assertThat(stats.subtree().admissions()).isZero();
        assertThat(stats.subtree().members().total()).isEqualTo(2);
        assertThat(ofP2.own().transfersOut()).isEqualTo(1);
        assertThat(ofP2.own().members().total()).isZero();
    }

    @Test
    void anExitIsCountedWhereTheMemberWasOnTheLastDayAfterATransfer() {
        Member member = member("m1", P1, LocalDate.of(2010, 1, 1))
                .addTransfers(Transfer.of(LocalDate.of(2020, 5, 1), P3))
                .exit(MembershipExit.of(LocalDate.of(2020, 8, 1), ExitReason.DEATH)).build();

        RegistryStatistics ofT1 = statsOfT1().add(member).build();
        RegistryStatistics ofP3 = RegistryStatistics.builder(tree(), P3, YEAR_2020).add(member).build();

        assertThat(ofT1.subtree().exits()).isZero();
        assertThat(ofT1.subtree().transfersOut()).isEqualTo(1);
        assertThat(ofP3.own().exits(ExitReason.DEATH)).isEqualTo(1);
        assertThat(ofP3.own().transfersIn()).isEqualTo(1);
    }

    @Test
    void coverageCountsWorkingMembersAmongEmployeesOfOrganizationsWithACount() {
        EmployeeCounts counts = EmployeeCounts.of(List.of(EmployeeCount.of(P1, LocalDate.of(2019, 1, 1), 10),
                EmployeeCount.of(P1, LocalDate.of(2021, 1, 1), 1000)));
        RegistryStatistics stats = statsOfT1().employees(counts)
                .add(member("m1", P1, LocalDate.of(2010, 1, 1)).build())
                .add(member("m2", P1, LocalDate.of(2010, 1, 1)).category(MemberCategory.STUDENT).build())
                .add(member("m3", P2, LocalDate.of(2010, 1, 1)).build())
                .build();

        assertThat(stats.subtree().coverage()).contains(Coverage.of(1, 10));
        assertThat(stats.subtree().employees()).isEqualTo(OptionalInt.of(10));
        assertThat(stats.own().coverage()).isEmpty();
        assertThat(stats.coverageOn()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void coverageIsEmptyWhenMembersExceedTheEmployeesButTheHeadcountIsGiven() {
        EmployeeCounts counts = EmployeeCounts.of(List.of(EmployeeCount.of(P1, FROM, 1)));
        RegistryStatistics stats = statsOfT1().employees(counts)
                .add(member("m1", P1, LocalDate.of(2010, 1, 1)).build())
                .add(member("m2", P1, LocalDate.of(2010, 1, 1)).build()).build();

        assertThat(stats.subtree().coverage()).isEmpty();
        assertThat(stats.subtree().employees()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void coverageOnAnotherDateUsesTheCountsAndMembersOfThatDate() {
        EmployeeCounts counts = EmployeeCounts.of(List.of(EmployeeCount.of(P1, LocalDate.of(2021, 1, 1), 4)));
        RegistryStatistics stats = statsOfT1().employees(counts).coverageOn(LocalDate.of(2021, 3, 1))
                .add(member("m1", P1, LocalDate.of(2021, 2, 1)).build()).build();

        assertThat(stats.subtree().coverage()).contains(Coverage.of(1, 4));
        assertThat(stats.subtree().members().total()).isZero();
    }

    @Test
    void rejectsAnUnknownOrganizationAnUnboundedPeriodAndLateOptions() {
        assertThatThrownBy(() -> RegistryStatistics.builder(tree(), OrganizationId.of("nope"), YEAR_2020))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryStatistics.builder(tree(), T1, LocalDateRange.ofUnboundedEnd(FROM)))
                .isInstanceOf(IllegalArgumentException.class);
        RegistryStatistics.Builder builder = statsOfT1().add(member("m1", P1, FROM).build());
        assertThatThrownBy(() -> builder.employees(EmployeeCounts.none())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void figuresHaveEveryExitReasonAndRejectMissingOnes() {
        RegistryStatistics stats = statsOfT1().build();

        assertThat(stats.subtree().exitsByReason()).containsOnlyKeys(ExitReason.values());
        assertThatThrownBy(() -> new RegistryStatistics.Figures(0, Map.of(), 0, 0, stats.subtree().members(),
                OptionalInt.empty(), java.util.Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHoldsNoMember() {
        RegistryStatistics stats = statsOfT1().add(member("secret-id", P1, FROM).build()).build();

        assertThat(stats.toString()).doesNotContain("secret-id").contains("t1");
    }
}
