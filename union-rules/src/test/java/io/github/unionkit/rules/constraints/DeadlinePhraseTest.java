package io.github.unionkit.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.rules.validation.DeadlinePhraseAgreementTest.Task;
import org.junit.jupiter.api.Test;

/** {@code @DeadlinePhrase} on the agreement test's bean; the agreement with the parser itself is that test's. */
class DeadlinePhraseTest {

    @Test
    void theSeedsPhrasesAreDeadlines() {
        for (String phrase : new String[] {"до 29 декабря 2020 г.", "в течение 2021 года", "в первом квартале 2021 г.",
            "в первом полугодии 2021 года", "постоянно"}) {
            assertThat(ConstraintCheck.violated(new Task(phrase))).as(phrase).isEmpty();
        }
    }

    @Test
    void textThatIsNoDeadlineIsOneViolationInBothLanguages() {
        assertThat(ConstraintCheck.violated(new Task("когда-нибудь"))).containsExactly("DeadlinePhrase");
        assertThat(ConstraintCheck.messages(new Task("когда-нибудь"), "en")).singleElement()
                .satisfies(m -> assertThat(m).startsWith("deadline: must be a deadline phrase"));
        assertThat(ConstraintCheck.messages(new Task("когда-нибудь"), "ru")).singleElement()
                .satisfies(m -> assertThat(m).startsWith("deadline: ").doesNotContain("must be"));
    }

    @Test
    void nullIsLeftToNotNullAndTheValueIsNeverCopiedIntoTheReport() {
        assertThat(ConstraintCheck.violated(new Task(null))).isEmpty();
        assertThat(ConstraintCheck.report(new Task("когда-нибудь")).toString()).doesNotContain("когда-нибудь");
    }
}
