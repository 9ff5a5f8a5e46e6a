package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class UnspecifiedDeadlineTest {

    @Test
    void coversAllDaysHasNoLastDayAndIsAlwaysOngoing() {
        UnspecifiedDeadline deadline = Deadline.unspecified();

        assertThat(deadline.window()).isEqualTo(LocalDateRange.ALL);
        assertThat(deadline.lastDay()).isEmpty();
        assertThat(deadline.statusAsOf(LocalDate.of(1900, 1, 1))).isEqualTo(DeadlineStatus.ONGOING);
        assertThat(deadline.statusAsOf(LocalDate.of(2100, 1, 1))).isEqualTo(DeadlineStatus.ONGOING);
    }

    @Test
    void withoutAPhraseItIsOneSharedValue() {
        assertThat(Deadline.unspecified()).isSameAs(Deadline.unspecified());
        assertThat(Deadline.unspecified().withPhrase("в установленные сроки").withoutPhrase())
                .isSameAs(Deadline.unspecified());
    }

    @Test
    void aPhraseMayBeAttachedAndTakesPartInEquality() {
        UnspecifiedDeadline phrased = Deadline.unspecified().withPhrase("в установленные сроки");

        assertThat(phrased.phrase()).contains("в установленные сроки");
        assertThat(phrased.window()).isEqualTo(LocalDateRange.ALL);
        assertThat(phrased).isNotEqualTo(Deadline.unspecified())
                .isEqualTo(Deadline.unspecified().withPhrase("в установленные сроки"))
                .hasSameHashCodeAs(Deadline.unspecified().withPhrase("в установленные сроки"));
    }

    @Test
    void textFormHasNoArguments() {
        assertThat(Deadline.unspecified()).hasToString("Unspecified[]");
        assertThat(Deadline.unspecified().withPhrase("в установленные сроки"))
                .hasToString("Unspecified[\"в установленные сроки\"]");
    }
}
