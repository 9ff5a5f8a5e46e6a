package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DeadlineKindTest {

    @Test
    void onlyOpenUnknownAndEventKindsLackALastDay() {
        EnumSet<DeadlineKind> open = EnumSet.noneOf(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (!kind.hasLastDay()) {
                open.add(kind);
            }
        }

        assertThat(open).containsExactly(DeadlineKind.ONGOING, DeadlineKind.RECURRING, DeadlineKind.UNSPECIFIED,
                DeadlineKind.UNRESOLVED, DeadlineKind.AFTER_EVENT);
    }

    @Test
    void thereIsOneKindPerPermittedClass() {
        assertThat(DeadlineKind.values()).hasSameSizeAs(Deadline.class.getPermittedSubclasses());
    }
}
