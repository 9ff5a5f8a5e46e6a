package io.github.unionkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.NumberGenerators;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * Example: plug UnionKit's generators into property tests of your own code.
 *
 * <p>The generators of union-testkit are engine-neutral: a {@link Generator} is a function of a
 * {@link java.util.random.RandomGenerator}. Drive one with a plain loop over a seeded
 * {@link SplittableRandom} (a failing seed reproduces the failure), or hand it to QuickTheories through
 * {@link QuickTheoriesGenerators#from}.
 */
class PropertyBasedExampleTest {
    private static final long SEED = 20201218L;

    /** A property of the calendar example, checked with a plain seeded loop. */
    @Test
    void theCalendarKeepsEveryDeadlineWithALastDayInItsQuarterInOrder() {
        Generator<Resolution> resolutions = ResolutionGenerators.resolutions();
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 200; i++) {
            Resolution resolution = resolutions.generate(random);
            LocalDate asOf = resolution.documentDate().orElseThrow();

            Map<YearQuarter, List<DeadlineCalendarExample.Entry>> calendar =
                    DeadlineCalendarExample.calendar(List.of(resolution), asOf);

            long expected = 0;
            for (Clause clause : resolution.allClauses()) {
                expected += clause.assignment().flatMap(a -> a.deadline().lastDay()).isPresent() ? 1 : 0;
                expected += clause.sizeBands().stream().filter(b -> b.deadline().lastDay().isPresent()).count();
            }
            assertThat(calendar.values().stream().mapToLong(List::size).sum()).as("seed %d, example %d", SEED, i)
                    .isEqualTo(expected);
            calendar.forEach((quarter, entries) -> {
                assertThat(entries).allSatisfy(e -> assertThat(YearQuarter.from(e.lastDay())).isEqualTo(quarter));
                assertThat(entries).extracting(DeadlineCalendarExample.Entry::lastDay).isSorted();
            });
        }
    }

    /** A property of the model that your code may rely on, checked with QuickTheories. */
    @Test
    void aDeadlineIsDueOnItsLastDayAndOverdueTheDayAfter() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.deadlinesWithLastDay()))
                .checkAssert((Deadline deadline) -> {
                    LocalDate last = deadline.lastDay().orElseThrow();
                    assertThat(deadline.statusAsOf(last)).isEqualTo(DeadlineStatus.DUE);
                    assertThat(deadline.statusAsOf(last.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
                });
    }

    /** Decree numbers a user stores as text come back equal. */
    @Test
    void aDecreeNumberStoredAsTextReadsBackEqual() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(QuickTheoriesGenerators.from(NumberGenerators.decreeNumbers()))
                .checkAssert(number -> assertThat(DecreeNumber.parse(number.toString())).isEqualTo(number));
    }
}
