package io.github.unionkit.testkit.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.InvalidResolutionException;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.ResolutionGenerators.NearMiss;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Near-miss clause trees and resolutions are rejected with the error type they were built to raise. */
class NearMissResolutionsTest {

    private static final int EXAMPLES = 400;

    @Test
    void everyNearMissClauseTreeIsRejectedWithItsErrorType() {
        Set<ErrorType> seen = check(ResolutionGenerators.nearMissClauseTrees(), 11);
        assertThat(seen).containsExactlyInAnyOrder(ErrorType.CHILD_NOT_DIRECT, ErrorType.BLANK_TEXT);
    }

    @Test
    void everyNearMissResolutionIsRejectedWithItsErrorType() {
        Set<ErrorType> seen = check(ResolutionGenerators.nearMissResolutions(), 13);
        assertThat(seen).containsExactlyInAnyOrder(ErrorType.TOP_LEVEL_NOT_ROOT,
                ErrorType.DATES_NOT_CLOSED, ErrorType.UNKNOWN_CONTROL_CLAUSE, ErrorType.BLANK_TEXT);
    }

    @Test
    void renumberedSubtreesAreValidAndRootedAtTheNewNumber() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < EXAMPLES; i++) {
            Clause clause = ResolutionGenerators.clauses(ClauseNumber.of(2, 1)).generate(random);
            Clause moved = ResolutionGenerators.renumber(clause, ClauseNumber.of(7));
            assertThat(moved.number()).isEqualTo(ClauseNumber.of(7));
            assertThat(moved.depthFirst()).hasSameSizeAs(clause.depthFirst());
            assertThat(moved.assignments()).isEqualTo(clause.assignments());
            assertThat(moved.depthFirst()).allSatisfy(c -> assertThat(c.number().parts().get(0)).isEqualTo(7));
        }
    }

    private static Set<ErrorType> check(Generator<NearMiss> generator, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<ErrorType> seen = EnumSet.noneOf(ErrorType.class);
        for (int i = 0; i < EXAMPLES; i++) {
            NearMiss nearMiss = generator.generate(random);
            assertThatThrownBy(() -> nearMiss.attempt().get())
                    .as(nearMiss.toString())
                    .isInstanceOfSatisfying(InvalidResolutionException.class,
                            e -> assertThat(e.errorType()).as(nearMiss.toString()).isEqualTo(nearMiss.expected()));
            seen.add(nearMiss.expected());
        }
        return seen;
    }
}
