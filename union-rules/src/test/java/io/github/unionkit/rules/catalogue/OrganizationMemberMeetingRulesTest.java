package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.MeetingKind;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.charter.StandardMajority;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class OrganizationMemberMeetingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);
    private static final OrganizationId SCHOOL = OrganizationId.of("school-1");
    private static final OrganizationId COLLEGE = OrganizationId.of("college-1");

    private static List<Organization> withPrimaries() {
        List<Organization> list = new ArrayList<>(Fixtures.organizations());
        list.add(Fixtures.org(SCHOOL, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, Fixtures.territorialId(0), "Школа"));
        list.add(Fixtures.org(COLLEGE, OrganizationLevel.PRIMARY, OrganizationKind.VOCATIONAL, SeedResolutions.ASTRAKHAN,
                "Колледж"));
        return list;
    }

    @Test
    void aConsistentTreeHasNoStructureViolationsAndTheSizeRuleSaysItDidNotRunWithoutCounts() {
        RuleContext context = RuleContext.builder(DAY).build();
        assertThat(Catalogue.organizations().check(withPrimaries(), context).violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).hasToString("UK-RULE-002");
                    assertThat(v.argument("rule")).contains("UK-ORG-005");
                });
    }

    @Test
    void duplicatesIllegalLevelsUnknownParentsAndCyclesAreReported() {
        List<Organization> list = new ArrayList<>(withPrimaries());
        list.add(Fixtures.org(SCHOOL, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, Fixtures.RU, "Дубль"));
        list.add(Fixtures.org(OrganizationId.of("t-under-t"), OrganizationLevel.TERRITORIAL, OrganizationKind.CITY,
                Fixtures.territorialId(1), "Город"));
        list.add(Fixtures.org(OrganizationId.of("orphan"), OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL,
                OrganizationId.of("nowhere"), "Сирота"));
        list.add(Fixtures.org(OrganizationId.of("c1"), OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL,
                OrganizationId.of("c2"), "Ц1"));
        list.add(Fixtures.org(OrganizationId.of("c2"), OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL,
                OrganizationId.of("c1"), "Ц2"));
        ValidationReport report = Catalogue.organizations().check(list, RuleContext.of(DAY));
        assertThat(report.withCode(Codes.ORG_DUPLICATE_ID).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.ORG_ILLEGAL_LEVEL).violations())
                .anySatisfy(v -> assertThat(v.argument("organization")).contains("t-under-t"));
        assertThat(report.withCode(Codes.ORG_ILLEGAL_LEVEL).violations())
                .anySatisfy(v -> assertThat(v.message(java.util.Locale.forLanguageTag("ru")))
                        .startsWith("Организация «Город» (t-under-t) (территориальная) не может входить в «")
                        .doesNotContain("TERRITORIAL"));
        assertThat(report.withCode(Codes.ORG_UNKNOWN_PARENT).violations()).singleElement()
                .satisfies(v -> assertThat(v.message(java.util.Locale.ENGLISH)).contains("«Сирота» (orphan)"));
        assertThat(report.withCode(Codes.ORG_UNKNOWN_PARENT).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.ORG_CYCLE).violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("organization")).contains("c1"));
    }

    @Test
    void smallPrimariesInconsistentAndStaleCountsAreReported() {
        Map<OrganizationId, MembershipCount> counts = new java.util.HashMap<>(Fixtures.counts(DAY));
        counts.put(SCHOOL, MembershipCount.of(DAY, 2, 0, 0));
        counts.put(COLLEGE, MembershipCount.of(DAY.minusDays(1), 10, 0, 40));
        RuleContext context = RuleContext.builder(DAY).membershipCounts(counts).build();
        ValidationReport report = Catalogue.organizations().check(withPrimaries(), context);
        assertThat(report.withCode(Codes.ORG_PRIMARY_TOO_SMALL).violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("members")).contains("2"));
        // The regional count does not include the college's 50 members.
        assertThat(report.withCode(Codes.ORG_COUNTS_INCONSISTENT).violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("organization")).contains("ast"));
        assertThat(report.withCode(Codes.ORG_COUNT_DATE).size()).isEqualTo(1);
    }

    @Test
    void memberRulesFireOnFutureAdmissionSameDayExitStudentsInSchoolsAndUnknownOrganizations() {
        OrganizationTree tree = OrganizationTree.of(withPrimaries());
        RuleContext context = RuleContext.builder(DAY).organizations(tree).build();
        Member ok = Member.builder().id(MemberId.of("m-1")).category(MemberCategory.STUDENT)
                .primaryOrganization(COLLEGE).admissionDate(LocalDate.of(2019, 9, 1)).build();
        assertThat(Catalogue.member().check(ok, context).violations()).isEmpty();
        Member future = Member.builder().from(ok).admissionDate(DAY.plusDays(1)).build();
        assertThat(MemberRules.admissionNotInFuture().check(future, context)).hasSize(1);
        Member sameDay = Member.builder().from(ok).exit(MembershipExit.of(ok.admissionDate(), ExitReason.VOLUNTARY))
                .build();
        assertThat(MemberRules.exitAfterAdmission().check(sameDay, context)).hasSize(1);
        Member pupil = Member.builder().from(ok).primaryOrganization(SCHOOL).build();
        assertThat(MemberRules.categoryMatchesOrganization().check(pupil, context)).hasSize(1);
        Member lost = Member.builder().from(ok).primaryOrganization(Fixtures.territorialId(2)).build();
        assertThat(MemberRules.knownPrimaryOrganization().check(lost, context)).hasSize(1);
        ValidationReport list = Catalogue.members().check(List.of(ok, future, ok), context);
        assertThat(list.withCode(Codes.MEMBER_DUPLICATE_ID).size()).isEqualTo(2); // all three share id m-1
        assertThat(list.withCode(Codes.MEMBER_ADMISSION_FUTURE).violations()).singleElement()
                .satisfies(v -> assertThat(v.path().toString()).isEqualTo("members[1].admissionDate"));
    }

    @Test
    void meetingGapsOverdueMeetingsAndNumberOrderAreReported() {
        Body presidium = Body.of(BodyKind.PRESIDIUM, SeedResolutions.ASTRAKHAN);
        List<Meeting> meetings = List.of(meeting(presidium, 1, LocalDate.of(2021, 1, 15)),
                meeting(presidium, 2, LocalDate.of(2021, 4, 15)), meeting(presidium, 3, LocalDate.of(2021, 8, 1)));
        ValidationReport report = Catalogue.meetings().check(MeetingHistory.of(presidium, meetings),
                RuleContext.of(LocalDate.of(2021, 12, 1)));
        assertThat(report.withCode(Codes.MEETING_GAP).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.MEETING_OVERDUE).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.MEETING_NUMBER_ORDER).isEmpty()).isTrue();
        List<Meeting> swapped = List.of(meeting(presidium, 2, LocalDate.of(2021, 1, 15)),
                meeting(presidium, 1, LocalDate.of(2021, 3, 1)));
        assertThat(MeetingRules.numbersInOrder().check(MeetingHistory.of(presidium, swapped),
                RuleContext.of(LocalDate.of(2021, 3, 2)))).hasSize(1);
        Body committee = Body.of(BodyKind.COMMITTEE, SeedResolutions.ASTRAKHAN);
        assertThat(Catalogue.meetings().check(MeetingHistory.of(committee, List.of(meeting(committee, 1,
                LocalDate.of(2021, 4, 27)), meeting(committee, 2, LocalDate.of(2022, 4, 20)))),
                RuleContext.of(LocalDate.of(2022, 5, 1))).violations()).isEmpty();
    }

    @Test
    void quorumMajorityAndInconsistentVotesAreReported() {
        RuleContext context = RuleContext.of(DAY);
        assertThat(Catalogue.votes().check(VoteRecord.of(BodyKind.COMMITTEE, 40, 30, VoteTally.unanimous(30)),
                context).violations()).isEmpty();
        assertThat(Catalogue.votes().check(VoteRecord.of(BodyKind.COMMITTEE, 40, 20, VoteTally.unanimous(20)),
                context).codes()).containsExactly(Codes.VOTE_NO_QUORUM);
        assertThat(Catalogue.votes().check(VoteRecord.of(BodyKind.COMMITTEE, 40, 30, VoteTally.of(15, 10, 5)),
                context).codes()).containsExactly(Codes.VOTE_NO_MAJORITY);
        assertThat(Catalogue.votes().check(VoteRecord.of(BodyKind.CONFERENCE, 90, 60, VoteTally.of(39, 21, 0))
                .requiring(StandardMajority.TWO_THIRDS_OF_PRESENT), context).codes())
                .containsExactly(Codes.VOTE_NO_MAJORITY);
        assertThat(Catalogue.votes().check(VoteRecord.of(BodyKind.COMMITTEE, 10, 12, VoteTally.unanimous(12)),
                context).codes()).containsExactly(Codes.VOTE_INCONSISTENT);
    }

    @Test
    void delegatesOverAndUnderTheQuotaAreReported() {
        OrganizationId a = OrganizationId.of("reg-a");
        OrganizationId b = OrganizationId.of("reg-b");
        RuleContext context = RuleContext.builder(DAY).membershipCounts(Map.of(
                a, MembershipCount.of(DAY, 31_000, 0, 0), b, MembershipCount.of(DAY, 15_000, 0, 0))).build();
        // 31,000 members earn 3 delegates (2 + 1 for the remainder); 15,000 earn exactly 1.
        ValidationReport report = Catalogue.delegates().check(DelegateElection.of(BodyKind.CONGRESS,
                Map.of(a, 4, b, 0)), context);
        assertThat(report.withCode(Codes.DELEGATE_OVER_QUOTA).violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("quota")).contains("3"));
        assertThat(report.withCode(Codes.DELEGATE_UNDER_QUOTA).size()).isEqualTo(1);
        assertThat(Catalogue.delegates().check(DelegateElection.of(BodyKind.CONGRESS, Map.of(a, 3, b, 1)), context)
                .isEmpty()).isTrue();
    }

    private static Meeting meeting(Body body, int number, LocalDate day) {
        return Meeting.builder().body(body).kind(MeetingKind.SESSION).number(number)
                .dates(LocalDateRange.ofClosed(day, day)).build();
    }
}
