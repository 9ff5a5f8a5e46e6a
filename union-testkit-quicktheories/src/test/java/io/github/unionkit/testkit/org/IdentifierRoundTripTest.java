package io.github.unionkit.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.testkit.MemberGenerators;
import io.github.unionkit.testkit.OrganizationGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** parse ∘ toString is the identity for OrganizationId, MemberId and MembershipRange; near misses fail. */
class IdentifierRoundTripTest {

    private static final long SEED = 30_2020_12_18L;
    private static final int EXAMPLES = 400;

    @Test
    void organizationIdSurvivesParseOfToString() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(OrganizationGenerators.organizationIds()))
                .checkAssert(id -> assertThat(OrganizationId.parse(id.toString())).isEqualTo(id));
    }

    @Test
    void memberIdSurvivesParseOfToString() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(MemberGenerators.memberIds()))
                .checkAssert(id -> assertThat(MemberId.parse(id.toString())).isEqualTo(id));
    }

    @Test
    void membershipRangeSurvivesParseOfToString() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(OrganizationGenerators.membershipRanges()))
                .checkAssert(range -> {
                    MembershipRange parsed = MembershipRange.parse(range.toString());
                    assertThat(parsed).isEqualTo(range);
                    assertThat(parsed.contains(range.minInclusive())).isTrue();
                    if (range.minInclusive() > 0) {
                        assertThat(parsed.contains(range.minInclusive() - 1)).isFalse();
                    }
                });
    }

    @Test
    void atMostAndMoreThanPartitionTheSizes() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            int bound = random.nextInt(0, Integer.MAX_VALUE);
            int size = random.nextBoolean() ? random.nextInt(0, Integer.MAX_VALUE) : bound + random.nextInt(-1, 2);
            boolean first = MembershipRange.atMost(bound).contains(size);
            boolean second = MembershipRange.moreThan(bound).contains(size);
            assertThat(first ^ second).as("bound %d, size %d", bound, size).isEqualTo(size >= 0);
        }
    }

    @Test
    void nearMissIdentifiersAreRejectedByBothIdTypes() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            String text = OrganizationGenerators.invalidIdentifierTexts().generate(random);
            assertThatThrownBy(() -> OrganizationId.parse(text)).as("[%s]", text)
                    .isInstanceOf(IdentifierParseException.class);
            assertThatThrownBy(() -> MemberId.parse(text)).as("[%s]", text)
                    .isInstanceOf(IdentifierParseException.class);
        }
    }
}
