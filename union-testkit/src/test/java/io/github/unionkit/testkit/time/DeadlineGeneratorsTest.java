package io.github.unionkit.testkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.testkit.DeadlineGenerators;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeadlineGeneratorsTest {

    @Test
    void theSameSeedGivesTheSameDeadlines() {
        List<Deadline> first = DeadlineGenerators.deadlines().list(50, 50).generate(new SplittableRandom(7));
        List<Deadline> second = DeadlineGenerators.deadlines().list(50, 50).generate(new SplittableRandom(7));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void everyKindIsGeneratedWithAndWithoutPhrase() {
        SplittableRandom random = new SplittableRandom(1);
        EnumSet<DeadlineKind> phrased = EnumSet.noneOf(DeadlineKind.class);
        EnumSet<DeadlineKind> plain = EnumSet.noneOf(DeadlineKind.class);
        for (int i = 0; i < 600; i++) {
            Deadline deadline = DeadlineGenerators.deadlines().generate(random);
            (deadline.phrase().isPresent() ? phrased : plain).add(deadline.kind());
        }

        assertThat(phrased).containsExactlyInAnyOrder(DeadlineKind.values());
        assertThat(plain).containsExactlyInAnyOrder(DeadlineKind.values());
    }

    @Test
    void kindGeneratorsYieldOnlyTheirKind() {
        SplittableRandom random = new SplittableRandom(2);
        for (DeadlineKind kind : DeadlineKind.values()) {
            for (int i = 0; i < 20; i++) {
                assertThat(DeadlineGenerators.deadlines(kind).generate(random).kind()).isEqualTo(kind);
            }
        }
    }

    @Test
    void datesStayInTheSensibleRangeAndReachItsEnds() {
        SplittableRandom random = new SplittableRandom(3);
        LocalDate min = LocalDate.of(2021, 1, 1);
        LocalDate max = LocalDate.of(2021, 1, 3);
        EnumSet<java.time.DayOfWeek> seen = EnumSet.noneOf(java.time.DayOfWeek.class);
        for (int i = 0; i < 300; i++) {
            LocalDate date = DeadlineGenerators.dates().generate(random);
            assertThat(date).isBetween(DeadlineGenerators.MIN_DATE, DeadlineGenerators.MAX_DATE);
            LocalDate small = DeadlineGenerators.dates(min, max).generate(random);
            assertThat(small).isBetween(min, max);
            seen.add(small.getDayOfWeek());
        }
        assertThat(seen).hasSize(3);
    }

    @Test
    void phrasesAreNeverBlankAndBlankPhrasesAlwaysAre() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 300; i++) {
            String phrase = DeadlineGenerators.phrases().generate(random);
            assertThat(phrase.strip().replace("\u00A0", "")).isNotEmpty();
            assertThat(phrase.length()).isBetween(1, 60);
            String blank = DeadlineGenerators.blankPhrases().generate(random);
            assertThat(blank.replace("\u00A0", " ").replace("\u2007", " ").replace("\u202F", " ")).isBlank();
            assertThat(DeadlineGenerators.tooLongPhrases().generate(random).length())
                    .isGreaterThan(Deadline.MAX_PHRASE_LENGTH);
        }
    }

    @Test
    void dateRangeWithMaxBeforeMinIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeadlineGenerators.dates(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 1)));
    }
}
