package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SizeRulesTest {

    @Test
    void seedTiersPinTheBoundaries() {
        SizeTiers tiers = SizeTiers.seedClause43();
        assertThat(tiers.tierFor(0).range()).isEqualTo(MembershipRange.atMost(1000));
        assertThat(tiers.tierFor(999).range()).isEqualTo(MembershipRange.atMost(1000));
        assertThat(tiers.tierFor(1000).range()).isEqualTo(MembershipRange.atMost(1000));
        assertThat(tiers.tierFor(1001).range()).isEqualTo(MembershipRange.moreThan(1000));
        assertThat(tiers.deadlineFor(1000).window().getStart().getMonthValue()).isEqualTo(1);
        assertThat(tiers.deadlineFor(1001).window().getStart().getMonthValue()).isEqualTo(4);
    }

    @Test
    void everyCountLandsInExactlyOneTierOfRandomPartitions() {
        SplittableRandom random = new SplittableRandom(43);
        for (int n = 0; n < 300; n++) {
            List<SizeTier> tiers = new ArrayList<>();
            int lo = 0;
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts - 1; p++) {
                int hi = lo + random.nextInt(2000);
                tiers.add(SizeTier.of(MembershipRange.between(lo, hi), SizeTiers.seedClause43().deadlineFor(0)));
                lo = hi + 1;
            }
            tiers.add(SizeTier.of(MembershipRange.atLeast(lo), SizeTiers.seedClause43().deadlineFor(0)));
            SizeTiers routing = SizeTiers.of(tiers);
            for (int k = 0; k < 50; k++) {
                int count = random.nextInt(lo + 3000);
                long containing = routing.tiers().stream().filter(t -> t.range().contains(count)).count();
                assertThat(containing).isEqualTo(1);
                assertThat(routing.tierFor(count).range().contains(count)).isTrue();
            }
        }
    }

    @Test
    void theSeedDecreeIsValidAgainstAConsistentRegistry() {
        ValidationReport report = RuleSetOf.size().check(SeedResolutions.astrakhan3of1(), Fixtures.seedContext());
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void wrongBandTwiceUnknownAndMissingOrganizationsAreReported() {
        List<OrganizationRef> small = new ArrayList<>();
        small.add(OrganizationRef.of("Ахтубинская ТОП"));
        small.add(OrganizationRef.of("Камызякской ТОП")); // 2,400 members: wrong band
        small.add(OrganizationRef.of("Ахтубинская ТОП")); // twice
        small.add(OrganizationRef.of("Несуществующая ТОП")); // unknown
        Resolution r = withBands(List.of(
                SizeBand.of(MembershipRange.atMost(1000), SizeTiers.seedClause43().deadlineFor(0), small, "ТОП"),
                SizeBand.of(MembershipRange.moreThan(1000), SizeTiers.seedClause43().deadlineFor(2000),
                        List.of(OrganizationRef.of("Володарской ТОП")), "ТОП")));
        ValidationReport report = RuleSetOf.size().check(r, Fixtures.seedContext());
        assertThat(report.withCode(Codes.SIZE_WRONG_BAND).violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("members")).contains("2400"));
        assertThat(report.withCode(Codes.SIZE_LISTED_TWICE).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.SIZE_UNKNOWN_ORGANIZATION).size()).isEqualTo(1);
        // Енотаевская, Наримановская, Приволжская, Харабалинская, Черноярская, Икрянинской are not listed.
        assertThat(report.withCode(Codes.SIZE_NOT_LISTED).size()).isEqualTo(6);
        assertThat(report.withCode(Codes.SIZE_BANDS_NOT_COMPLEMENTARY).isEmpty()).isTrue();
    }

    @Test
    void bandsWithAGapAreReported() {
        Resolution r = withBands(List.of(
                SizeBand.of(MembershipRange.between(0, 999), SizeTiers.seedClause43().deadlineFor(0), List.of(), "ТОП"),
                SizeBand.of(MembershipRange.moreThan(1000), SizeTiers.seedClause43().deadlineFor(2000), List.of(),
                        "ТОП")));
        ValidationReport report = SizeRules.bandsComplementary().check(r, RuleContext.of(Fixtures.DOC_DATE)).stream()
                .collect(ValidationReport.collector());
        assertThat(report.violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("problem")).contains("gap at 1000"));
    }

    /** The seed decree with other bands in its clause 4.3 (shared with {@code SizeRoutingTest}). */
    static Resolution withBands(List<SizeBand> bands) {
        Resolution seed = SeedResolutions.astrakhan3of1();
        List<Clause> clauses = new ArrayList<>(seed.clauses());
        Clause four = clauses.get(3);
        List<Clause> children = new ArrayList<>(four.children());
        Clause c43 = children.get(2);
        assertThat(c43.number()).isEqualTo(ClauseNumber.of(4, 3));
        children.set(2, Clause.builder().from(c43).sizeBands(bands).build());
        clauses.set(3, Clause.builder().from(four).children(children).build());
        return Resolution.builder().from(seed).clauses(clauses).build();
    }

    /** The size rules as a set. */
    static final class RuleSetOf {
        static io.github.unionkit.rules.RuleSet<Resolution> size() {
            return io.github.unionkit.rules.RuleSet.of(SizeRules.all());
        }
    }

    @Test
    void withoutCountsOrTreeOrIssuerTheSizeRulesSayTheyDidNotRun() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        RuleContext bare = RuleContext.of(Fixtures.DOC_DATE);

        assertThat(SizeRules.wrongBand().check(seed, bare)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.RULE_NO_DATA);
            assertThat(v.argument("rule")).contains("UK-SIZE-002");
            assertThat(v.message(java.util.Locale.forLanguageTag("ru"))).contains("численность членов");
        });
        assertThat(SizeRules.notListed().check(seed, bare)).extracting(v -> v.code()).containsExactly(Codes.RULE_NO_DATA);
        Resolution unknownIssuer = Resolution.builder().from(seed).issuerOrganization(java.util.Optional.empty()).build();
        assertThat(SizeRules.notListed().check(unknownIssuer, Fixtures.seedContext()))
                .extracting(v -> v.code()).containsExactly(Codes.RULE_NO_ISSUER);
        assertThat(SizeRules.wrongBand().check(seed, Fixtures.seedContext())).isEmpty();
        assertThat(SizeRules.notListed().check(seed, Fixtures.seedContext())).isEmpty();
    }

    @Test
    void aDecreeWithoutSizeBandsNeedsNoCounts() {
        Resolution plain = Resolution.builder().from(SeedResolutions.astrakhan3of1())
                .clauses(List.of(Clause.of(ClauseNumber.of(1), "Утвердить план."))).controlClause(java.util.Optional.empty())
                .build();

        assertThat(SizeRules.wrongBand().check(plain, RuleContext.of(Fixtures.DOC_DATE))).isEmpty();
        assertThat(SizeRules.notListed().check(plain, RuleContext.of(Fixtures.DOC_DATE))).isEmpty();
    }
}
