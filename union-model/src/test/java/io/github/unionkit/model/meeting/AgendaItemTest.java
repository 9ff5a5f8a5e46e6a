package io.github.unionkit.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgendaItemTest {

    @Test
    void titleIsWhitespaceNormalized() {
        AgendaItem item = AgendaItem.of(2, "  об утверждении\u00A0Регламента\n Комитета ");

        assertThat(item.number()).isEqualTo(2);
        assertThat(item.title()).isEqualTo("об утверждении Регламента Комитета");
        assertThat(item).isEqualTo(AgendaItem.of(2, "об утверждении Регламента Комитета"));
    }

    @Test
    void rejectsNonPositiveNumbersAndBlankTitles() {
        assertThatIllegalArgumentException().isThrownBy(() -> AgendaItem.of(0, "о выборах делегатов"));
        assertThatIllegalArgumentException().isThrownBy(() -> AgendaItem.of(1, " \t\u00A0"));
        assertThatThrownBy(() -> AgendaItem.of(1, null)).isInstanceOf(NullPointerException.class);
    }
}
