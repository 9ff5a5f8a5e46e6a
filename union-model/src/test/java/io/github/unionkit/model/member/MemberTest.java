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

    private static final LocalDate LEFT_ON = LocalDate.of(2018, 6, 30);
    private static final LocalDate BACK_ON = LocalDate.of(2019, 2, 1);
    private static final LocalDate RETIRED = LocalDate.of(2020, 3, 1);
    private static final LocalDate MOVED = LocalDate.of(2019, 9, 1);

    private static Member withHistory() {
        return base()
                .addInterruptions(MembershipInterruption.of(MembershipExit.of(LEFT_ON, ExitReason.END_OF_EMPLOYMENT),
                        BACK_ON))
                .addCategoryChanges(CategoryChange.of(RETIRED, MemberCategory.NON_WORKING_PENSIONER))
                .addTransfers(Transfer.of(MOVED, OrganizationId.of("30.ahtuba.school-2")))
                .exit(MembershipExit.of(EXIT, ExitReason.DEATH))
                .build();
    }

    @Test
    void statusFollowsEverySpellOfTheHistory() {
        Member member = withHistory();
        assertThat(member.statusAsOf(ADMITTED.minusDays(1))).isEqualTo(MembershipStatus.NOT_YET_ADMITTED);
        assertThat(member.statusAsOf(LEFT_ON.minusDays(1))).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.statusAsOf(LEFT_ON)).isEqualTo(MembershipStatus.LEFT);
        assertThat(member.statusAsOf(BACK_ON.minusDays(1))).isEqualTo(MembershipStatus.LEFT);
        assertThat(member.statusAsOf(BACK_ON)).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.statusAsOf(EXIT)).isEqualTo(MembershipStatus.LEFT);
        assertThat(member.spells()).containsExactly(
                new MembershipSpell(ADMITTED, java.util.Optional.of(MembershipExit.of(LEFT_ON, ExitReason.END_OF_EMPLOYMENT))),
                new MembershipSpell(BACK_ON, java.util.Optional.of(MembershipExit.of(EXIT, ExitReason.DEATH))));
        assertThat(base().build().spells()).singleElement().satisfies(spell -> assertThat(spell.exit()).isEmpty());
    }

    @Test
    void activeSinceIsTheStartOfTheSpellAndExitAsOfTheReasonOfAGap() {
        Member member = withHistory();
        assertThat(member.activeSince(LEFT_ON.minusDays(1))).hasValue(ADMITTED);
        assertThat(member.activeSince(BACK_ON.plusDays(10))).hasValue(BACK_ON);
        assertThat(member.activeSince(LEFT_ON)).isEmpty();
        assertThat(member.exitAsOf(LEFT_ON)).hasValue(MembershipExit.of(LEFT_ON, ExitReason.END_OF_EMPLOYMENT));
        assertThat(member.exitAsOf(EXIT.plusYears(1))).hasValue(MembershipExit.of(EXIT, ExitReason.DEATH));
        assertThat(member.exitAsOf(BACK_ON)).isEmpty();
        assertThat(member.exitAsOf(ADMITTED.minusDays(1))).isEmpty();
    }

    @Test
    void categoryAndOrganizationArePureFunctionsOfTheDate() {
        Member member = withHistory();
        assertThat(member.categoryOn(RETIRED.minusDays(1))).isEqualTo(MemberCategory.EMPLOYEE);
        assertThat(member.categoryOn(RETIRED)).isEqualTo(MemberCategory.NON_WORKING_PENSIONER);
        assertThat(member.organizationOn(MOVED.minusDays(1))).isEqualTo(OrganizationId.of("30.ahtuba.school-1"));
        assertThat(member.organizationOn(MOVED)).isEqualTo(OrganizationId.of("30.ahtuba.school-2"));
        assertThat(member.organizations()).containsExactly(OrganizationId.of("30.ahtuba.school-1"),
                OrganizationId.of("30.ahtuba.school-2"));
        assertThat(member.category()).isEqualTo(MemberCategory.EMPLOYEE);
        assertThat(member.hasHistory()).isTrue();
        assertThat(base().build().hasHistory()).isFalse();
    }

    @Test
    void historyOutOfOrderIsRejectedNamingOnlyTheId() {
        MembershipInterruption early = MembershipInterruption.of(MembershipExit.of(ADMITTED.minusDays(1),
                ExitReason.OTHER), ADMITTED.plusDays(5));
        assertThatThrownBy(() -> base().addInterruptions(early).build()).isInstanceOfSatisfying(
                InvalidMemberException.class, e -> assertThat(e.errorType()).isEqualTo(ErrorType.INTERRUPTION_OUT_OF_ORDER));
        assertThatThrownBy(() -> base().addInterruptions(MembershipInterruption.of(MembershipExit.of(LEFT_ON,
                ExitReason.OTHER), BACK_ON)).exit(MembershipExit.of(LEFT_ON, ExitReason.OTHER)).build())
                .isInstanceOfSatisfying(InvalidMemberException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.EXIT_BEFORE_ADMISSION));
        assertThatThrownBy(() -> base().addCategoryChanges(CategoryChange.of(ADMITTED, MemberCategory.STUDENT)).build())
                .isInstanceOfSatisfying(InvalidMemberException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.CHANGE_OUT_OF_ORDER));
        assertThatThrownBy(() -> base().addCategoryChanges(CategoryChange.of(RETIRED, MemberCategory.EMPLOYEE)).build())
                .isInstanceOfSatisfying(InvalidMemberException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.CHANGE_WITHOUT_EFFECT));
        assertThatThrownBy(() -> base().exit(MembershipExit.of(MOVED, ExitReason.OTHER))
                .addTransfers(Transfer.of(MOVED, OrganizationId.of("elsewhere"))).build())
                .isInstanceOfSatisfying(InvalidMemberException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.CHANGE_AFTER_EXIT);
                    assertThat(e.getMessage()).contains("30-000123").doesNotContain("elsewhere");
                });
        assertThatThrownBy(() -> base().addTransfers(Transfer.of(RETIRED, OrganizationId.of("a")),
                Transfer.of(MOVED, OrganizationId.of("b"))).build())
                .isInstanceOfSatisfying(InvalidMemberException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.CHANGE_OUT_OF_ORDER));
    }

    @Test
    void toStringCountsTheHistoryWithoutPersonalData() {
        assertThat(withHistory().toString()).contains("interruptions=1, categoryChanges=1, transfers=1, formerCards=0");
        assertThat(base().build().toString()).doesNotContain("interruptions");
    }

    @Test
    void formerCardsAreHistoryAndNeverRepeatACard() {
        Member replaced = base().card(CardNumber.of("7301000012345678")).addFormerCards(CardNumber.of("7301999988887777"))
                .build();
        assertThat(replaced.hasHistory()).isTrue();
        assertThat(replaced.toString()).contains("formerCards=1").doesNotContain("7777", "5678");
        assertThatThrownBy(() -> base().card(CardNumber.of("7301000012345678"))
                .addFormerCards(CardNumber.of("7301000012345678")).build())
                .isInstanceOfSatisfying(InvalidMemberException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.CARD_REPEATED);
                    assertThat(e.getMessage()).doesNotContain("5678");
                });
    }
}
