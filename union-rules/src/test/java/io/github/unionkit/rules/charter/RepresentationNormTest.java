package io.github.unionkit.rules.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.rules.charter.RepresentationNorm.RemainderPolicy;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RepresentationNormTest {

    @Test
    void theCongressNormGivesOneDelegatePer15000AndOneForAnyRemainder() {
        RepresentationNorm norm = RepresentationNorm.of(15000, RemainderPolicy.ANY);
        assertThat(norm.delegates(0)).isZero();
        assertThat(norm.delegates(1)).isEqualTo(1);
        assertThat(norm.delegates(15000)).isEqualTo(1);
        assertThat(norm.delegates(15001)).isEqualTo(2);
        assertThat(norm).hasToString("15000/any");
    }

    @Test
    void theRemainderPoliciesDifferOnlyInTheLastDelegate() {
        SplittableRandom random = new SplittableRandom(14);
        for (int n = 0; n < 500; n++) {
            int per = 1 + random.nextInt(20000);
            int members = random.nextInt(1_000_000);
            int whole = members / per;
            int rest = members % per;
            assertThat(RepresentationNorm.of(per, RemainderPolicy.NONE).delegates(members)).isEqualTo(whole);
            assertThat(RepresentationNorm.of(per, RemainderPolicy.ANY).delegates(members)).isEqualTo(whole + (rest > 0 ? 1 : 0));
            assertThat(RepresentationNorm.of(per, RemainderPolicy.HALF_OR_MORE).delegates(members))
                    .isEqualTo(whole + (2L * rest >= per ? 1 : 0));
        }
        assertThat(RepresentationNorm.of(100, RemainderPolicy.HALF_OR_MORE).delegates(149)).isEqualTo(1);
        assertThat(RepresentationNorm.of(100, RemainderPolicy.HALF_OR_MORE).delegates(150)).isEqualTo(2);
        assertThat(RepresentationNorm.of(100, RemainderPolicy.HALF_OR_MORE)).hasToString("100/half-or-more");
    }

    @Test
    void impossibleNormsAndCountsAreRefused() {
        assertThatThrownBy(() -> RepresentationNorm.of(0, RemainderPolicy.ANY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RepresentationNorm.of(1, RemainderPolicy.ANY).delegates(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RepresentationNorm.of(1, null)).isInstanceOf(NullPointerException.class);
    }
}
