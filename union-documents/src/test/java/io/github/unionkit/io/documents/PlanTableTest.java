package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTableTest {

    @Test
    void holdsItsRowsInOrderAndPrintsCounts() {
        PlanItem a = new PlanItem(Optional.empty(), "А", List.of(), Optional.empty(), Optional.empty(), 1);
        PlanItem b = new PlanItem(Optional.empty(), "Б", List.of(), Optional.empty(), Optional.empty(), 2);
        PlanTable plan = new PlanTable(0, List.of(a, b));
        assertThat(plan.items()).containsExactly(a, b);
        assertThat(plan.toString()).isEqualTo("PlanTable[source=0, items=2]");
    }

    @Test
    void refusesAnEmptyPlan() {
        assertThatThrownBy(() -> new PlanTable(0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
