package io.github.unionkit.testkit.time;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.unionkit.model.time.InvalidDeadlineException;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.DeadlineGenerators.NearMiss;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every near-miss input is rejected with the error type it announces; every error type is reached. */
class NearMissesTest {

    @Test
    void everyNearMissFailsWithItsExpectedErrorType() {
        SplittableRandom random = new SplittableRandom(42);
        EnumSet<InvalidDeadlineException.ErrorType> seen = EnumSet.noneOf(InvalidDeadlineException.ErrorType.class);
        for (int i = 0; i < 400; i++) {
            NearMiss nearMiss = DeadlineGenerators.nearMisses().generate(random);

            assertThatExceptionOfType(InvalidDeadlineException.class).as("%s", nearMiss)
                    .isThrownBy(() -> nearMiss.attempt().get())
                    .satisfies(e -> Assertions.assertThat(e.errorType()).as("%s", nearMiss)
                            .isEqualTo(nearMiss.expected()));
            seen.add(nearMiss.expected());
        }
        Assertions.assertThat(seen).containsExactlyInAnyOrder(InvalidDeadlineException.ErrorType.values());
    }
}
