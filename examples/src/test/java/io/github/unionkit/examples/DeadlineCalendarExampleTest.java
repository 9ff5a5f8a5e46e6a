package io.github.unionkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class DeadlineCalendarExampleTest {

    @Test
    void listsTheSeedDeadlinesByQuarterWithStatusAndRussianText() {
        Map<YearQuarter, List<DeadlineCalendarExample.Entry>> calendar =
                DeadlineCalendarExample.calendar(List.of(SeedResolutions.astrakhan3of1()), LocalDate.of(2021, 2, 15));

        List<DeadlineCalendarExample.Entry> first = calendar.get(YearQuarter.of(2020, 4));
        assertThat(first).singleElement().satisfies(entry -> {
            assertThat(entry.clause()).isEqualTo("3.1.2");
            assertThat(entry.lastDay()).isEqualTo(LocalDate.of(2020, 12, 28));
            assertThat(entry.deadline()).isEqualTo("до 29 декабря 2020 года");
            assertThat(entry.status()).isEqualTo(DeadlineStatus.OVERDUE);
        });
        assertThat(calendar.get(YearQuarter.of(2021, 1))).extracting(DeadlineCalendarExample.Entry::clause)
                .containsExactly("3.1.5", "4.3 (0..1000)");
        assertThat(List.copyOf(calendar.keySet())).isSorted();
    }
}
