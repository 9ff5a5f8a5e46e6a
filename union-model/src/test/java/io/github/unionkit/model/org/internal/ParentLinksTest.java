package io.github.unionkit.model.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParentLinksTest {

    @Test
    void preOrderVisitsRootsAndChildrenInAscendingPosition() {
        // 3 is the first root; 0 and 4 hang below it, 1 below 0; 2 is a second root.
        int[] parents = {3, 0, -1, -1, 3};
        assertThat(ParentLinks.preOrder(parents)).containsExactly(2, 3, 0, 1, 4);
    }

    @Test
    void preOrderLeavesOutPositionsOnOrBelowACycle() {
        // 1 -> 2 -> 3 -> 1 is a cycle, 4 hangs below it, 0 is the only root.
        int[] parents = {-1, 2, 3, 1, 1};
        assertThat(ParentLinks.preOrder(parents)).containsExactly(0);
        assertThat(ParentLinks.cycleAbove(parents, 4)).containsExactly(1, 2, 3);
        assertThat(ParentLinks.cycleAbove(parents, 2)).containsExactly(2, 3, 1);
        assertThatThrownBy(() -> ParentLinks.cycleAbove(parents, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void walksAMillionDeepChainWithoutRecursion() {
        int n = 1_000_000;
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            parents[i] = i - 1;
        }
        int[] order = ParentLinks.preOrder(parents);
        assertThat(order).hasSize(n);
        assertThat(order[n - 1]).isEqualTo(n - 1);
        parents[0] = n - 1;
        assertThat(ParentLinks.preOrder(parents)).isEmpty();
        assertThat(ParentLinks.cycleAbove(parents, n / 2)).hasSize(n);
    }

    @Test
    void smallIntsKeepEveryValueWhateverItsWidth() {
        int[][] samples = {{0, 4, 127}, {-1, 128, 32_767}, {-40_000, 7, Integer.MAX_VALUE}, {}};
        for (int[] values : samples) {
            SmallInts compact = SmallInts.copyOf(values);
            assertThat(compact.size()).isEqualTo(values.length);
            for (int i = 0; i < values.length; i++) {
                assertThat(compact.get(i)).isEqualTo(values[i]);
            }
        }
    }
}
