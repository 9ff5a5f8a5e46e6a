package io.github.unionkit.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.Generator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Laws every deadline obeys, checked over generated deadlines of every kind with seeded loops. */
class DeadlineLawsTest {

    private static final long SEED = 0x2020_12_18L;
    private static final int EXAMPLES = 400;

    private static <T> void forAll(Generator<T> generator, Consumer<T> law) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            law.accept(generator.generate(random));
        }
    }

    @Test
    void lastDayIsPresentExactlyForKindsThatHaveOneAndLiesInsideTheWindowAtItsEnd() {
        forAll(DeadlineGenerators.deadlines(), deadline -> {
            assertThat(deadline.lastDay().isPresent()).as("%s", deadline).isEqualTo(deadline.kind().hasLastDay());
            deadline.lastDay().ifPresent(last -> {
                assertThat(deadline.window().contains(last)).as("%s", deadline).isTrue();
                assertThat(deadline.window().getEndInclusive()).as("%s", deadline).isEqualTo(last);
                assertThat(deadline.window().isAfter(last)).as("%s", deadline).isFalse();
            });
        });
    }

    @Test
    void deadlinesWithoutLastDayHaveAnUnboundedWindowEnd() {
        forAll(DeadlineGenerators.deadlines(), deadline -> {
            if (deadline.lastDay().isEmpty()) {
                assertThat(deadline.window().isUnboundedEnd()).as("%s", deadline).isTrue();
            }
        });
    }

    @Test
    void statusTurnsOverdueExactlyOnceOnTheDayAfterTheLastDay() {
        forAll(DeadlineGenerators.deadlinesWithLastDay(), deadline -> {
            LocalDate start = deadline.window().getStart();
            LocalDate last = deadline.lastDay().orElseThrow();
            int turns = 0;
            LocalDate turnedOn = null;
            DeadlineStatus previous = deadline.statusAsOf(start.minusDays(2));
            for (LocalDate day : probeDays(start, last)) {
                DeadlineStatus status = deadline.statusAsOf(day);
                if (!previous.isOverdue() && status.isOverdue()) {
                    turns++;
                    turnedOn = day;
                }
                assertThat(status.isOverdue() || !previous.isOverdue()).as("%s on %s", deadline, day).isTrue();
                previous = status;
            }
            assertThat(turns).as("%s", deadline).isEqualTo(1);
            assertThat(turnedOn).as("%s", deadline).isEqualTo(last.plusDays(1));
        });
    }

    @Test
    void statusIsNotYetDueBeforeTheWindowAndDueAtBothEnds() {
        forAll(DeadlineGenerators.deadlinesWithLastDay(), deadline -> {
            LocalDate start = deadline.window().getStart();
            assertThat(deadline.statusAsOf(start.minusDays(1))).as("%s", deadline).isEqualTo(DeadlineStatus.NOT_YET_DUE);
            assertThat(deadline.statusAsOf(start)).as("%s", deadline).isEqualTo(DeadlineStatus.DUE);
            assertThat(deadline.statusAsOf(deadline.lastDay().orElseThrow())).as("%s", deadline)
                    .isEqualTo(DeadlineStatus.DUE);
        });
    }

    @Test
    void deadlinesWithoutLastDayAreNeverOverdue() {
        forAll(DeadlineGenerators.deadlines(), deadline -> {
            if (deadline.lastDay().isEmpty()) {
                DeadlineStatus expected = deadline.kind() == DeadlineKind.UNRESOLVED
                        || deadline.kind() == DeadlineKind.AFTER_EVENT ? DeadlineStatus.UNKNOWN
                        : DeadlineStatus.ONGOING;
                assertThat(deadline.statusAsOf(DeadlineGenerators.MAX_DATE.plusYears(50)))
                        .as("%s", deadline).isEqualTo(expected);
            }
        });
    }

    @Test
    void unresolvedDeadlinesAreUnknownAsOfEveryDateAndKeepTheirText() {
        forAll(DeadlineGenerators.unresolvedDeadlines(), deadline -> {
            for (LocalDate day : List.of(DeadlineGenerators.MIN_DATE, DeadlineGenerators.MAX_DATE, LocalDate.MIN)) {
                assertThat(deadline.statusAsOf(day)).as("%s", deadline).isEqualTo(DeadlineStatus.UNKNOWN);
            }
            assertThat(deadline.text()).isNotBlank();
            assertThat(deadline.withoutPhrase().text()).isEqualTo(deadline.text());
            assertThat(deadline.refusal().isPresent()).isEqualTo(deadline.reason() == UnresolvedDeadline.Reason.REFUSED);
        });
    }

    @Test
    void withPhraseKeepsKindWindowAndLastDayAndSetsThePhrase() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            Deadline deadline = DeadlineGenerators.deadlines().generate(random);
            String phrase = DeadlineGenerators.phrases().generate(random);
            Deadline phrased = deadline.withPhrase(phrase);

            assertThat(phrased.kind()).isEqualTo(deadline.kind());
            assertThat(phrased.window()).isEqualTo(deadline.window());
            assertThat(phrased.lastDay()).isEqualTo(deadline.lastDay());
            assertThat(phrased.phrase()).contains(phrase);
            assertThat(phrased.getClass()).isEqualTo(deadline.getClass());
            assertThat(phrased.withoutPhrase()).isEqualTo(deadline.withoutPhrase());
            assertThat(phrased.withoutPhrase().phrase()).isEmpty();
        }
    }

    @Test
    void equalityAndHashCodeAgreeAndIncludeThePhrase() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            long seed = random.nextLong();
            Deadline deadline = DeadlineGenerators.deadlines().generate(new SplittableRandom(seed));
            Deadline twin = DeadlineGenerators.deadlines().generate(new SplittableRandom(seed));
            String otherPhrase = DeadlineGenerators.phrases().generate(random);

            assertThat(twin).isEqualTo(deadline).hasSameHashCodeAs(deadline).hasToString(deadline.toString());
            assertThat(deadline).isEqualTo(deadline).isNotEqualTo(null);
            Deadline rephrased = deadline.withPhrase(otherPhrase);
            assertThat(rephrased.equals(deadline)).as("%s vs %s", rephrased, deadline)
                    .isEqualTo(deadline.phrase().filter(otherPhrase::equals).isPresent());
            assertThat(deadline.withoutPhrase().equals(deadline)).isEqualTo(deadline.phrase().isEmpty());
        }
    }

    @Test
    void equalDeadlinesHaveEqualTextAndUnequalOnesDifferentText() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            Deadline a = DeadlineGenerators.deadlines().generate(random);
            Deadline b = random.nextBoolean() ? a.withoutPhrase() : DeadlineGenerators.deadlines().generate(random);

            assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(a.toString().equals(b.toString()));
        }
    }

    // Every day around a short window; around a long one the edges plus a sample from the middle.
    private static List<LocalDate> probeDays(LocalDate start, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate from = start.minusDays(1);
        LocalDate to = last.plusDays(2);
        if (to.toEpochDay() - from.toEpochDay() <= 120) {
            from.datesUntil(to.plusDays(1)).forEach(days::add);
        } else {
            from.datesUntil(from.plusDays(30)).forEach(days::add);
            long step = (last.toEpochDay() - start.toEpochDay()) / 40 + 1;
            for (LocalDate day = from.plusDays(30); day.isBefore(last.minusDays(30)); day = day.plusDays(step)) {
                days.add(day);
            }
            last.minusDays(30).datesUntil(to.plusDays(1)).forEach(days::add);
        }
        return days;
    }
}
