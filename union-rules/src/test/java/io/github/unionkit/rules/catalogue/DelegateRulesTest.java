package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DelegateRulesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);
    private static final OrganizationId BIG = Fixtures.territorialId(0);
    private static final OrganizationId SMALL = Fixtures.territorialId(1);

    private static RuleContext counted(int big, int small) {
        return RuleContext.builder(DAY).membershipCounts(Map.of(BIG, MembershipCount.of(DAY, big, 0, 0),
                SMALL, MembershipCount.of(DAY, small, 0, 0))).build();
    }

    @Test
    void moreDelegatesThanTheQuotaIsAnError() {
        // 31,000 members under 15000/any earn 3 delegates.
        List<Violation> found = DelegateRules.notOverQuota()
                .check(DelegateElection.of(BodyKind.CONGRESS, Map.of(BIG, 4, SMALL, 1)), counted(31000, 900));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.DELEGATE_OVER_QUOTA);
            assertThat(v.argument("organization")).contains(BIG.toString());
            assertThat(v.argument("quota")).contains("3");
            assertThat(v.path().toString()).contains(BIG.toString());
            assertThat(v.message(Locale.ENGLISH)).contains("15000/any");
        });
    }

    @Test
    void fewerDelegatesThanTheQuotaIsAWarning() {
        List<Violation> found = DelegateRules.notUnderQuota()
                .check(DelegateElection.of(BodyKind.CONGRESS, Map.of(BIG, 2, SMALL, 1)), counted(31000, 900));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.DELEGATE_UNDER_QUOTA);
            assertThat(v.argument("delegates")).contains("2");
        });
    }

    @Test
    void exactlyTheQuotaIsNeitherOverNorUnder() {
        SplittableRandom random = new SplittableRandom(14);
        for (int n = 0; n < 200; n++) {
            int big = random.nextInt(200_000);
            int small = random.nextInt(200_000);
            int bigQuota = (big + 14999) / 15000;
            int smallQuota = (small + 14999) / 15000;
            int bigElected = Math.max(0, bigQuota + random.nextInt(3) - 1);
            DelegateElection election = DelegateElection.of(BodyKind.CONGRESS, Map.of(BIG, bigElected, SMALL, smallQuota));
            RuleContext context = counted(big, small);
            assertThat(DelegateRules.notOverQuota().check(election, context)).hasSize(bigElected > bigQuota ? 1 : 0);
            assertThat(DelegateRules.notUnderQuota().check(election, context)).hasSize(bigElected < bigQuota ? 1 : 0);
        }
    }

    @Test
    void aBodyWithoutANormInTheProfileIsNotChecked() {
        DelegateElection election = DelegateElection.of(BodyKind.PRESIDIUM, Map.of(BIG, 99));
        assertThat(DelegateRules.notOverQuota().check(election, counted(10, 10))).isEmpty();
        assertThat(DelegateRules.notOverQuota().check(election, RuleContext.of(DAY))).isEmpty();
    }

    @Test
    void withoutCountsTheRulesSayTheyDidNotRun() {
        DelegateElection election = DelegateElection.of(BodyKind.CONGRESS, Map.of(BIG, 1));
        assertThat(DelegateRules.notOverQuota().check(election, RuleContext.of(DAY))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.RULE_NO_DATA);
            assertThat(v.argument("rule")).contains("UK-DELEGATE-001");
        });
        assertThat(DelegateRules.notOverQuota().check(DelegateElection.of(BodyKind.CONGRESS, Map.of()), RuleContext.of(DAY)))
                .isEmpty();
        // A registry whose members sit in organizations the tree does not know: UK-RULE-004, not a guess.
        Member stray = Member.builder().id(MemberId.of("m-1")).category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.of("nowhere")).admissionDate(LocalDate.of(2010, 1, 1)).build();
        RuleContext outside = RuleContext.builder(DAY).organizations(Fixtures.tree())
                .registry(MembershipRegistry.of(List.of(stray))).build();
        assertThat(DelegateRules.notUnderQuota().check(election, outside)).extracting(Violation::code)
                .containsExactly(Codes.RULE_COUNTS_OUTSIDE_TREE);
    }

    @Test
    void allIsBothRulesInCodeOrder() {
        assertThat(DelegateRules.all()).extracting(r -> r.code()).containsExactly(Codes.DELEGATE_OVER_QUOTA,
                Codes.DELEGATE_UNDER_QUOTA);
    }
}
