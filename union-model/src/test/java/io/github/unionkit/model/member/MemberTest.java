package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.member.InvalidMemberException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final LocalDate ADMITTED = LocalDate.of(2015, 9, 1);
    private static final LocalDate EXIT = LocalDate.of(2021, 6, 30);

    private static Member.Builder base() {
        return Member.builder()
                .id(MemberId.of("30-000123"))
                .category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.of("30.ahtuba.school-1"))
                .admissionDate(ADMITTED);
    }

    private static Member withPersonalData() {
        return base()
                .exit(MembershipExit.of(EXIT, ExitReason.VOLUNTARY))
                .card(CardNumber.of("7301000012345678"))
                .name(PersonName.of("Кузнецова", "Ольга", "Викторовна"))
                .birthDate(LocalDate.of(1977, 3, 14))
                .build();
    }

    @Test
    void statusIsComputedFromTheDates() {
        Member member = withPersonalData();
        assertThat(member.statusAsOf(ADMITTED.minusDays(1))).isEqualTo(MembershipStatus.NOT_YET_ADMITTED);
        assertThat(member.statusAsOf(ADMITTED)).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.isActiveOn(EXIT.minusDays(1))).isTrue();
        assertThat(member.isActiveOn(EXIT)).isFalse();
        assertThat(member.statusAsOf(EXIT)).isEqualTo(MembershipStatus.LEFT);
        assertThat(base().build().isActiveOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void statusAsOfClockReadsTheClockInItsZone() {
        Member member = withPersonalData();
        Clock lastActiveDay = Clock.fixed(EXIT.minusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertThat(member.statusAsOf(lastActiveDay)).isEqualTo(MembershipStatus.ACTIVE);
        Clock moscow = Clock.fixed(EXIT.minusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC), ZoneOffset.ofHours(3));
        assertThat(member.statusAsOf(moscow)).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void toStringHasNoPersonalData() {
        Member member = withPersonalData();
        String text = member.toString();
        assertThat(text).contains("30-000123", "EMPLOYEE", "30.ahtuba.school-1", "2015-09-01", "2021-06-30", "VOLUNTARY");
        assertThat(text).doesNotContain("Кузнецова", "Ольга", "Викторовна", "7301000012345678", "5678",
                "1977", "03-14");
        assertThat(text).isEqualTo("Member[id=30-000123, category=EMPLOYEE, primaryOrganization=30.ahtuba.school-1,"
                + " admissionDate=2015-09-01, exit=2021-06-30 VOLUNTARY, card=present, name=present,"
                + " birthDate=present]");
    }

    @Test
    void immutablesKeepsTheHandWrittenToString() {
        Member member = withPersonalData();
        assertThat(member.getClass().getSimpleName()).isEqualTo("ImmutableMember");
        assertThat(member.toString()).startsWith("Member[id=");
        assertThat(base().build().toString()).contains("exit=none", "card=none", "name=none");
    }

    @Test
    void allowsExitOnTheAdmissionDay() {
        Member member = base().exit(MembershipExit.of(ADMITTED, ExitReason.OTHER)).build();
        assertThat(member.isActiveOn(ADMITTED)).isFalse();
    }

    @Test
    void rejectsExitBeforeAdmissionNamingOnlyTheId() {
        assertThatThrownBy(() -> base().name(PersonName.of("Кузнецова", "Ольга"))
                .exit(MembershipExit.of(ADMITTED.minusDays(1), ExitReason.DEATH)).build())
                .isInstanceOfSatisfying(InvalidMemberException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.EXIT_BEFORE_ADMISSION);
                    assertThat(e.memberId()).isEqualTo(MemberId.of("30-000123"));
                    assertThat(e.getMessage()).contains("30-000123").doesNotContain("Кузнецова");
                });
    }

    @Test
    void rejectsBirthAfterAdmissionWithoutPrintingTheBirthDate() {
        assertThatThrownBy(() -> base().birthDate(LocalDate.of(2016, 2, 29)).build())
                .isInstanceOfSatisfying(InvalidMemberException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.BORN_AFTER_ADMISSION);
                    assertThat(e.getMessage()).doesNotContain("2016-02-29");
                });
    }

    @Test
    void rejectsMissingRequiredAttributes() {
        assertThatThrownBy(() -> Member.builder().id(MemberId.of("1")).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toBuilderRecordsAnExit() {
        Member active = base().build();
        Member left = active.toBuilder().exit(MembershipExit.of(EXIT, ExitReason.TRANSFER)).build();
        assertThat(left.exit()).contains(MembershipExit.of(EXIT, ExitReason.TRANSFER));
        assertThat(active.exit()).isEmpty();
        assertThat(left).isNotEqualTo(active);
        assertThat(left.toBuilder().build()).isEqualTo(left).hasSameHashCodeAs(left);
    }
}
