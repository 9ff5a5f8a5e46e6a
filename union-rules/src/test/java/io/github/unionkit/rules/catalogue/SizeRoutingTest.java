package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class SizeRoutingTest {

    private static final Deadline Q1 = Deadline.inQuarter(YearQuarter.of(2021, 1));
    private static final int TERRITORIAL = Fixtures.TERRITORIAL.size();

    /** Bands that partition 0.., members per territorial organization, and the band listing each (or -1). */
    record Scenario(List<MembershipRange> ranges, int[] members, int[] listedIn) {

        Resolution resolution() {
            List<List<OrganizationRef>> lists = new ArrayList<>();
            ranges.forEach(r -> lists.add(new ArrayList<>()));
            for (int t = 0; t < TERRITORIAL; t++) {
                if (listedIn[t] >= 0) {
                    lists.get(listedIn[t]).add(OrganizationRef.of("ТОП " + t, Fixtures.territorialId(t)));
                }
            }
            List<SizeBand> bands = new ArrayList<>();
            for (int b = 0; b < ranges.size(); b++) {
                bands.add(SizeBand.of(ranges.get(b), Q1, lists.get(b), "ТОП"));
            }
            return SizeRulesTest.withBands(bands);
        }

        RuleContext context() {
            Map<OrganizationId, MembershipCount> counts = new LinkedHashMap<>();
            for (int t = 0; t < TERRITORIAL; t++) {
                counts.put(Fixtures.territorialId(t), MembershipCount.of(Fixtures.DOC_DATE, members[t], 0, 0));
            }
            return RuleContext.builder(Fixtures.DOC_DATE).organizations(Fixtures.tree()).membershipCounts(counts).build();
        }
    }

    private static Generator<Scenario> scenarios() {
        return random -> {
            List<MembershipRange> ranges = new ArrayList<>();
            int lo = 0;
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts - 1; p++) {
                int hi = lo + random.nextInt(1500);
                ranges.add(MembershipRange.between(lo, hi));
                lo = hi + 1;
            }
            ranges.add(MembershipRange.atLeast(lo));
            int[] members = new int[TERRITORIAL];
            int[] listedIn = new int[TERRITORIAL];
            for (int t = 0; t < TERRITORIAL; t++) {
                members[t] = random.nextInt(lo + 1500);
                listedIn[t] = random.nextInt(parts + 1) - 1;
            }
            return new Scenario(ranges, members, listedIn);
        };
    }

    private static SizeRouting routing(Scenario s) {
        List<SizeRouting> all = SizeRouting.of(s.resolution(), s.context());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void whenTheBandsPartitionTheCountsEveryOrganizationFallsInExactlyOneBand() {
        qt().withFixedSeed(43).withExamples(300).forAll(QuickTheoriesGenerators.from(scenarios())).checkAssert(s -> {
            SizeRouting routing = routing(s);
            List<SizeBand> bands = routing.clause().sizeBands();
            for (SizeRouting.Entry e : routing.entries()) {
                int members = e.members().getAsInt();
                List<Integer> containing = new ArrayList<>();
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b).range().contains(members)) {
                        containing.add(b);
                    }
                }
                assertThat(containing).containsExactly(e.expectedBand().getAsInt());
            }
        });
    }

    @Test
    void everyAddressedOrganizationHasExactlyOneEntryWithItsCountAndListing() {
        qt().withFixedSeed(44).withExamples(300).forAll(QuickTheoriesGenerators.from(scenarios())).checkAssert(s -> {
            SizeRouting routing = routing(s);
            assertThat(routing.entries()).hasSize(TERRITORIAL);
            for (int t = 0; t < TERRITORIAL; t++) {
                OrganizationId id = Fixtures.territorialId(t);
                List<SizeRouting.Entry> of = routing.entries().stream().filter(e -> e.organization().equals(Optional.of(id)))
                        .toList();
                assertThat(of).hasSize(1);
                assertThat(of.get(0).members()).isEqualTo(OptionalInt.of(s.members()[t]));
                assertThat(of.get(0).listedBand()).isEqualTo(s.listedIn()[t] < 0 ? OptionalInt.empty()
                        : OptionalInt.of(s.listedIn()[t]));
                assertThat(of.get(0).listedAs().isPresent()).isEqualTo(s.listedIn()[t] >= 0);
            }
        });
    }

    @Test
    void theSizeRuleFindsAViolationExactlyWhereTheListedBandIsNotTheExpectedOne() {
        qt().withFixedSeed(45).withExamples(300).forAll(QuickTheoriesGenerators.from(scenarios())).checkAssert(s -> {
            Resolution resolution = s.resolution();
            RuleContext context = s.context();
            Set<String> wrong = new java.util.HashSet<>();
            Set<String> unlisted = new java.util.HashSet<>();
            for (int t = 0; t < TERRITORIAL; t++) {
                int expected = -1;
                for (int b = 0; b < s.ranges().size(); b++) {
                    if (s.ranges().get(b).contains(s.members()[t])) {
                        expected = b;
                    }
                }
                if (s.listedIn()[t] >= 0 && s.listedIn()[t] != expected) {
                    wrong.add(Fixtures.territorialId(t).toString());
                }
                if (s.listedIn()[t] < 0) {
                    unlisted.add(Fixtures.territorialId(t).toString());
                }
            }
            assertThat(SizeRules.wrongBand().check(resolution, context).stream()
                    .map(v -> v.argument("organization").orElseThrow()).collect(Collectors.toSet())).isEqualTo(wrong);
            assertThat(SizeRouting.of(resolution, context).get(0).entries().stream().filter(SizeRouting.Entry::misplaced)
                    .map(e -> e.organization().orElseThrow().toString()).collect(Collectors.toSet())).isEqualTo(wrong);
            boolean anyListed = java.util.Arrays.stream(s.listedIn()).anyMatch(b -> b >= 0);
            List<Violation> notListed = SizeRules.notListed().check(resolution, context);
            assertThat(notListed.stream().map(v -> v.argument("organization").orElseThrow()).collect(Collectors.toSet()))
                    .isEqualTo(anyListed ? unlisted : Set.of());
        });
    }

    @Test
    void theSeedAgreesWithItsRegistryListingByListing() {
        SizeRouting routing = SizeRouting.of(SeedResolutions.astrakhan3of1(), Fixtures.seedContext()).get(0);
        assertThat(routing.clause().number()).hasToString("4.3");
        assertThat(routing.entries()).hasSize(9).allSatisfy(e -> {
            assertThat(e.agrees()).isTrue();
            assertThat(e.misplaced()).isFalse();
        });
        // Listings come band by band in the decree's order: six small, then three large.
        assertThat(routing.entries()).extracting(e -> e.listedBand().getAsInt()).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1);
        assertThat(routing.entries()).extracting(e -> e.listedIndex().getAsInt()).containsExactly(0, 1, 2, 3, 4, 5, 0, 1, 2);
    }

    @Test
    void withoutATreeOnlyTheListingsAreRoutedAndNamesStayUnresolved() {
        SizeRouting routing = SizeRouting.of(SeedResolutions.astrakhan3of1(), RuleContext.of(Fixtures.DOC_DATE)).get(0);
        assertThat(routing.entries()).hasSize(9).allSatisfy(e -> {
            assertThat(e.members()).isEmpty();
            assertThat(e.expectedBand()).isEmpty();
            assertThat(e.listedAs()).isPresent();
            assertThat(e.agrees()).isFalse();
            assertThat(e.misplaced()).isFalse();
        });
    }

    @Test
    void anUnknownNameIsAListingWithoutOrganization() {
        Resolution r = SizeRulesTest.withBands(List.of(
                SizeBand.of(MembershipRange.atMost(1000), Q1, List.of(OrganizationRef.of("Несуществующая ТОП")), "ТОП"),
                SizeBand.of(MembershipRange.moreThan(1000), Q1, List.of(), "ТОП")));
        SizeRouting routing = SizeRouting.of(r, Fixtures.seedContext()).get(0);
        assertThat(routing.entries().get(0).organization()).isEmpty();
        assertThat(routing.entries().get(0).listedAs().orElseThrow().asWritten()).isEqualTo("Несуществующая ТОП");
        // Then the nine territorial organizations, none listed, each with the band its count falls in.
        assertThat(routing.entries()).hasSize(10);
        assertThat(routing.entries().subList(1, 10)).allSatisfy(e -> {
            assertThat(e.listedBand()).isEmpty();
            assertThat(e.expectedBand()).isPresent();
        });
    }

    @Test
    void aDecreeWithoutBandsHasNoRouting() {
        Resolution r = SizeRulesTest.withBands(List.of());
        assertThat(SizeRouting.of(r, Fixtures.seedContext())).isEmpty();
    }

    @Test
    void anEntryIsAListingOrNotInAllThreeComponents() {
        assertThatThrownBy(() -> new SizeRouting.Entry(Optional.empty(), Optional.of(OrganizationRef.of("ТОП")),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        SizeRouting.Entry unlisted = new SizeRouting.Entry(Optional.of(Fixtures.territorialId(0)), Optional.empty(),
                OptionalInt.of(5), OptionalInt.of(0), OptionalInt.empty(), OptionalInt.empty());
        assertThat(unlisted.agrees()).isFalse();
        assertThat(unlisted.misplaced()).isFalse();
    }

    @Test
    void routingsAreValues() {
        List<SizeRouting> a = SizeRouting.of(SeedResolutions.astrakhan3of1(), Fixtures.seedContext());
        List<SizeRouting> b = SizeRouting.of(SeedResolutions.astrakhan3of1(), Fixtures.seedContext());
        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).hashCode()).isEqualTo(b.get(0).hashCode());
        assertThat(a.get(0).toString()).startsWith("SizeRouting[clause=4.3");
        assertThat(a).isNotEqualTo(SizeRouting.of(SeedResolutions.astrakhan3of1(), RuleContext.of(Fixtures.DOC_DATE)));
    }
}
