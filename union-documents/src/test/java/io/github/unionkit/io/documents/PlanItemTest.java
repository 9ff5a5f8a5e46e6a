package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.RussianDeadlines;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanItemTest {

    private static final PlanItem ITEM = new PlanItem(Optional.of("1."), "Провести семинар", List.of("Иванова И.И."),
            Optional.of("I квартал 2021 г."), Optional.empty(), 4);

    @Test
    void toStringNamesNoOne() {
        assertThat(ITEM.toString()).doesNotContain("Иванова").doesNotContain("семинар")
                .isEqualTo("PlanItem[number=1., responsible=1, deadline=-]");
    }

    @Test
    void withDeadlineKeepsTheRest() {
        PlanItem read = ITEM.withDeadline(Optional.of(RussianDeadlines.parseUnresolved("I квартал 2021 г.")));
        assertThat(read.deadline()).isPresent();
        assertThat(read.withDeadline(Optional.empty())).isEqualTo(ITEM);
    }

    @Test
    void refusesABlankAction() {
        assertThatThrownBy(() -> new PlanItem(Optional.empty(), " ", List.of(), Optional.empty(), Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
