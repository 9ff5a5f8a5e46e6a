package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.time.UnresolvedDeadline.Reason;
import io.github.unionkit.model.time.UnresolvedDeadline.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class UnresolvedDeadlineTest {

    @Test
    void keepsThePhraseHasNoDaysAndIsUnknownAsOfEveryDate() {
        UnresolvedDeadline deadline = Deadline.unresolved("в январе", Reason.NO_DOCUMENT_DATE);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNRESOLVED);
        assertThat(deadline.text()).isEqualTo("в январе");
        assertThat(deadline.phrase()).contains("в январе");
        assertThat(deadline.reason()).isEqualTo(Reason.NO_DOCUMENT_DATE);
        assertThat(deadline.refusal()).isEmpty();
        assertThat(deadline.window()).isEqualTo(LocalDateRange.ALL);
        assertThat(deadline.lastDay()).isEmpty();
        assertThat(deadline.statusAsOf(LocalDate.of(1900, 1, 1))).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(deadline.statusAsOf(LocalDate.of(2100, 1, 1))).isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(deadline.statusAsOf(Clock.fixed(java.time.Instant.EPOCH, ZoneOffset.UTC)))
                .isEqualTo(DeadlineStatus.UNKNOWN);
        assertThat(DeadlineStatus.UNKNOWN.isOverdue()).isFalse();
    }

    @Test
    void aRefusedPhraseCarriesItsRefusal() {
        UnresolvedDeadline deadline = Deadline.refused("до 2025 года", Refusal.UNSUPPORTED);

        assertThat(deadline.reason()).isEqualTo(Reason.REFUSED);
        assertThat(deadline.refusal()).contains(Refusal.UNSUPPORTED);
        assertThat(deadline).hasToString("Unresolved[REFUSED, UNSUPPORTED, \"до 2025 года\" \"до 2025 года\"]");
    }

    @Test
    void refusedNeedsARefusalAndOtherReasonsHaveNone() {
        assertThatThrownBy(() -> Deadline.unresolved("до 2025 года", Reason.REFUSED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused(");
        assertThatThrownBy(() -> Deadline.refused("до 2025 года", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Deadline.unresolved(null, Reason.NO_DOCUMENT_DATE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Deadline.unresolved("в январе", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void thePhraseIsRequiredAndChecked() {
        assertThatThrownBy(() -> Deadline.unresolved(" \u00A0", Reason.NO_DOCUMENT_DATE))
                .isInstanceOfSatisfying(InvalidDeadlineException.class,
                        e -> assertThat(e.errorType()).isEqualTo(InvalidDeadlineException.ErrorType.BLANK_PHRASE));
        assertThatThrownBy(() -> Deadline.unresolved("я".repeat(Deadline.MAX_PHRASE_LENGTH + 1),
                Reason.NO_DOCUMENT_DATE)).isInstanceOfSatisfying(InvalidDeadlineException.class,
                        e -> assertThat(e.errorType()).isEqualTo(InvalidDeadlineException.ErrorType.PHRASE_TOO_LONG));
    }

    @Test
    void withoutPhraseDropsTheAttachmentButKeepsTheText() {
        UnresolvedDeadline deadline = Deadline.unresolved("в январе", Reason.NO_DOCUMENT_DATE);
        UnresolvedDeadline bare = deadline.withoutPhrase();

        assertThat(bare.phrase()).isEmpty();
        assertThat(bare.text()).isEqualTo("в январе");
        assertThat(bare).isNotEqualTo(deadline).isSameAs(bare.withoutPhrase());
        assertThat(bare).isNotEqualTo(Deadline.unresolved("в феврале", Reason.NO_DOCUMENT_DATE).withoutPhrase());
        assertThat(bare.withPhrase("в январе")).isEqualTo(deadline).hasSameHashCodeAs(deadline);
    }

    @Test
    void reasonRefusalAndTextTakePartInEquality() {
        UnresolvedDeadline a = Deadline.refused("до 2025 года", Refusal.UNSUPPORTED);

        assertThat(a).isEqualTo(Deadline.refused("до 2025 года", Refusal.UNSUPPORTED))
                .isNotEqualTo(Deadline.refused("до 2025 года", Refusal.UNKNOWN_PHRASE))
                .isNotEqualTo(Deadline.unresolved("до 2025 года", Reason.NO_DOCUMENT_DATE))
                .isNotEqualTo(Deadline.unspecified().withPhrase("до 2025 года"));
    }
}
