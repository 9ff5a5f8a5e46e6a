package io.github.unionkit.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.MembershipRange;
import jakarta.validation.ConstraintDeclarationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MembershipCountTierTest {

    /** An organization of the first band of the seed's clause 4.3. */
    public static final class Small {
        private final long members;

        public Small(long members) {
            this.members = members;
        }

        @MembershipCountTier(range = "0..1000")
        public long members() {
            return members;
        }
    }

    /** An organization of the second band, as a boxed count that may be absent. */
    public static final class Large {
        private final Integer members;

        public Large(Integer members) {
            this.members = members;
        }

        @MembershipCountTier(range = "1001..")
        public Integer members() {
            return members;
        }
    }

    /** A declaration error: the range is not a membership range. */
    public static final class Malformed {
        @MembershipCountTier(range = "1000..0")
        public int members() {
            return 1;
        }
    }

    @Test
    void aCountIsValidExactlyWhenItsTierContainsIt() {
        MembershipRange small = MembershipRange.parse("0..1000");
        MembershipRange large = MembershipRange.parse("1001..");
        SplittableRandom random = new SplittableRandom(14);
        for (int n = 0; n < 300; n++) {
            int members = random.nextBoolean() ? random.nextInt(2002) : random.nextInt(Integer.MAX_VALUE);
            assertThat(ConstraintCheck.violated(new Small(members)).isEmpty()).as("%d", members)
                    .isEqualTo(small.contains(members));
            assertThat(ConstraintCheck.violated(new Large(members)).isEmpty()).as("%d", members)
                    .isEqualTo(large.contains(members));
        }
    }

    @Test
    void theBoundariesOfTheSeedBandsAreExact() {
        assertThat(ConstraintCheck.violated(new Small(1000))).isEmpty();
        assertThat(ConstraintCheck.violated(new Small(1001))).containsExactly("MembershipCountTier");
        assertThat(ConstraintCheck.violated(new Large(1000))).containsExactly("MembershipCountTier");
        assertThat(ConstraintCheck.messages(new Large(1000), "en")).singleElement()
                .satisfies(m -> assertThat(m).contains("tier 1001.."));
    }

    @Test
    void negativeAndOverflowingCountsAreOutsideEveryTierAndNullIsLeftToNotNull() {
        assertThat(ConstraintCheck.violated(new Small(-1))).containsExactly("MembershipCountTier");
        assertThat(ConstraintCheck.violated(new Small(1L << 33))).containsExactly("MembershipCountTier");
        assertThat(ConstraintCheck.violated(new Large(null))).isEmpty();
    }

    @Test
    void aMalformedRangeIsADeclarationErrorNamingTheAnnotation() {
        assertThatThrownBy(() -> ConstraintCheck.report(new Malformed()))
                .isInstanceOf(ConstraintDeclarationException.class).hasMessageContaining("@MembershipCountTier(range)");
    }
}
