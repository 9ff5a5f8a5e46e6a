package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineStatusTest {

    @Test
    void onlyOverdueIsOverdue() {
        assertThat(DeadlineStatus.OVERDUE.isOverdue()).isTrue();
        assertThat(DeadlineStatus.NOT_YET_DUE.isOverdue()).isFalse();
        assertThat(DeadlineStatus.DUE.isOverdue()).isFalse();
        assertThat(DeadlineStatus.ONGOING.isOverdue()).isFalse();
    }
}
