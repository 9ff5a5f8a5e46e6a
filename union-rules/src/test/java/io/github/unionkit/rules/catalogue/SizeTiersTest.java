package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class SizeTiersTest {

    private static final Deadline Q1 = Deadline.inQuarter(YearQuarter.of(2021, 1));
    private static final Deadline Q2 = Deadline.inQuarter(YearQuarter.of(2021, 2));

    private static Clause clause43() {
        return SeedResolutions.astrakhan3of1().clause(ClauseNumber.of(4, 3)).orElseThrow();
    }

    @Test
    void theSeedClausesBandsAreTheSeedTiers() {
        SizeTiers fromDecree = SizeTiers.fromBands(clause43().sizeBands());
        assertThat(fromDecree.tiers()).extracting(SizeTier::range).containsExactly(MembershipRange.atMost(1000),
                MembershipRange.moreThan(1000));
        assertThat(fromDecree.tierFor(1000).deadline().window()).isEqualTo(SizeTiers.seedClause43().tierFor(1000)
                .deadline().window());
        assertThat(fromDecree.deadlineFor(1001).window()).isEqualTo(Q2.window());
    }

    @Test
    void bandsThatDoNotCoverEveryCountOnceAreRefusedNamingTheCount() {
        List<SizeBand> gap = List.of(SizeBand.of(MembershipRange.between(0, 999), Q1, List.of(), "ТОП"),
                SizeBand.of(MembershipRange.moreThan(1000), Q2, List.of(), "ТОП"));
        assertThatThrownBy(() -> SizeTiers.fromBands(gap)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gap at 1000");
        List<SizeBand> overlap = List.of(SizeBand.of(MembershipRange.atMost(1000), Q1, List.of(), "ТОП"),
                SizeBand.of(MembershipRange.atLeast(1000), Q2, List.of(), "ТОП"));
        assertThatThrownBy(() -> SizeTiers.fromBands(overlap)).hasMessageContaining("overlap at 1000");
        List<SizeBand> bounded = List.of(SizeBand.of(MembershipRange.atMost(1000), Q1, List.of(), "ТОП"));
        assertThatThrownBy(() -> SizeTiers.fromBands(bounded)).hasMessageContaining("gap at 1001");
        assertThatThrownBy(() -> SizeTiers.of(List.of())).hasMessageContaining("no tiers");
    }

    @Test
    void tiersAreSortedWhateverTheirOrderAndAreValues() {
        SizeTiers reversed = SizeTiers.of(List.of(SizeTier.of(MembershipRange.moreThan(1000), Q2),
                SizeTier.of(MembershipRange.atMost(1000), Q1)));
        assertThat(reversed.tiers().get(0).range()).isEqualTo(MembershipRange.atMost(1000));
        SizeTiers same = SizeTiers.of(List.of(SizeTier.of(MembershipRange.atMost(1000), Q1),
                SizeTier.of(MembershipRange.moreThan(1000), Q2)));
        assertThat(reversed).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(reversed.toString()).startsWith("SizeTiers[0..1000 -> ");
    }

    @Test
    void aNegativeCountHasNoTier() {
        assertThatThrownBy(() -> SizeTiers.seedClause43().tierFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
