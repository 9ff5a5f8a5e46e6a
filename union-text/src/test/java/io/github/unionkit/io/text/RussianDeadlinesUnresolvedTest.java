package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UnresolvedDeadline.Reason;
import io.github.unionkit.model.time.UnresolvedDeadline.Refusal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phrases of a decree whose date is unknown, and phrases kept although the grammar refuses them. */
class RussianDeadlinesUnresolvedTest {

    private static final LocalDate[] DATES = {LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 18),
        LocalDate.of(2021, 6, 30), LocalDate.of(2039, 2, 28)};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"в январе", "до конца года", "в течение месяца", "постоянно", "ежеквартально",
        "до 29 декабря 2020 г.", "не позднее 1 марта 2021 года", "в первом квартале", "в IV квартале т.г.",
        "в текущем году", "21 июня", "с 20 по 21 мая", "в январе – марте", "в течение следующего года",
        "в месячный срок"})
    void aPhraseThatNeedsTheDocumentDateStaysUnresolvedWithItsPhrase(String phrase) {
        Deadline deadline = RussianDeadlines.parseUnresolved(phrase);

        assertThat(deadline).isInstanceOfSatisfying(UnresolvedDeadline.class, u -> {
            assertThat(u.reason()).isEqualTo(Reason.NO_DOCUMENT_DATE);
            assertThat(u.text()).isEqualTo(phrase);
            assertThat(u.refusal()).isEmpty();
        });
        assertThat(deadline.phrase()).contains(phrase);
        assertThat(deadline.lastDay()).isEmpty();
        assertThat(deadline.statusAsOf(LocalDate.of(2021, 1, 15))).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29 декабря 2020 г.", "в первом квартале 2021 г.", "в течение 2021 года",
        "в 2020-2025 годах", "20-21 мая 2016 года", "с 29 декабря по 5 января 2007 года", "в январе 2021 г.",
        "в январе – марте 2021 г.", "по мере необходимости", "II полугодие 2021 года", "01.03.2021"})
    void aPhraseThatDoesNotNeedTheDateResolvesAsInAnyDocument(String phrase) {
        Deadline deadline = RussianDeadlines.parseUnresolved(phrase);

        assertThat(deadline.kind()).isNotEqualTo(DeadlineKind.UNRESOLVED);
        for (LocalDate date : DATES) {
            assertThat(deadline).as("%s on %s", phrase, date).isEqualTo(RussianDeadlines.parse(phrase, date));
        }
    }

    @Test
    void theSeedsExactDayDoesNotNeedTheDecreeDate() {
        Deadline deadline = RussianDeadlines.parseUnresolved("29 декабря 2020 г.");

        assertThat(deadline).isEqualTo(Deadline.onDay(LocalDate.of(2020, 12, 29)).withPhrase("29 декабря 2020 г."));
    }

    @Test
    void theGrammarStillRefusesWhatItRefusesWithoutADate() {
        assertThatThrownBy(() -> RussianDeadlines.parseUnresolved("когда-нибудь"))
                .isInstanceOfSatisfying(DeadlineParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.UNKNOWN_PHRASE));
        assertThatThrownBy(() -> RussianDeadlines.parseUnresolved(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianDeadlines.parseUnresolved("в январе", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void parseOrKeepKeepsARefusedPhraseWithItsTypedRefusal() {
        Deadline deadline = RussianDeadlines.parseOrKeep("  до  2025 года ", Optional.of(LocalDate.of(2020, 12, 18)),
                DeadlineParseOptions.defaults());

        assertThat(deadline).isEqualTo(Deadline.refused("до 2025 года", refusalFor("до 2025 года")));
        assertThat(deadline.statusAsOf(LocalDate.of(2030, 1, 1))).isEqualTo(DeadlineStatus.UNKNOWN);
    }

    @Test
    void parseOrKeepResolvesWhatCanBeResolvedWithOrWithoutADate() {
        LocalDate doc = LocalDate.of(2020, 12, 18);

        assertThat(RussianDeadlines.parseOrKeep("в январе", Optional.of(doc), DeadlineParseOptions.defaults()))
                .isEqualTo(RussianDeadlines.parse("в январе", doc));
        assertThat(RussianDeadlines.parseOrKeep("в январе", Optional.empty(), DeadlineParseOptions.defaults()))
                .isEqualTo(Deadline.unresolved("в январе", Reason.NO_DOCUMENT_DATE));
        assertThat(RussianDeadlines.parseOrKeep("в январе 2021 г.", Optional.empty(), DeadlineParseOptions.defaults()))
                .isEqualTo(RussianDeadlines.parse("в январе 2021 г.", doc));
        assertThat(RussianDeadlines.parseOrKeep("31 апреля 2021 г.", Optional.empty(), DeadlineParseOptions.defaults()))
                .isEqualTo(Deadline.refused("31 апреля 2021 г.", Refusal.INVALID_DATE));
        assertThat(RussianDeadlines.parseOrKeep("до 1 марта т.г.", Optional.of(doc), DeadlineParseOptions.defaults()))
                .isEqualTo(Deadline.refused("до 1 марта т.г.", Refusal.BEFORE_DOCUMENT_DATE));
    }

    @Test
    void parseOrKeepThrowsOnlyWhenThereIsNothingToKeep() {
        assertThatThrownBy(() -> RussianDeadlines.parseOrKeep(" \n", Optional.empty(), DeadlineParseOptions.defaults()))
                .isInstanceOfSatisfying(DeadlineParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.EMPTY));
        assertThatThrownBy(() -> RussianDeadlines.parseOrKeep("я ".repeat(600), Optional.empty(),
                DeadlineParseOptions.defaults().withMaxPhraseLength(2000)))
                .isInstanceOfSatisfying(DeadlineParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG));
        assertThat(RussianDeadlines.parseOrKeep("в январе 2021 года", Optional.empty(),
                DeadlineParseOptions.defaults().withMaxPhraseLength(5)))
                .isEqualTo(Deadline.refused("в январе 2021 года", Refusal.TOO_LONG));
    }

    @ParameterizedTest
    @EnumSource(value = ErrorType.class, names = "EMPTY", mode = EnumSource.Mode.EXCLUDE)
    void everyKeepableErrorTypeHasTheRefusalOfTheSameName(ErrorType type) {
        assertThat(RussianDeadlines.refusalOf(type).name()).isEqualTo(type.name());
    }

    @Test
    void everyRefusalComesFromAnErrorTypeAndEmptyHasNone() {
        EnumSet<Refusal> reached = EnumSet.noneOf(Refusal.class);
        for (ErrorType type : ErrorType.values()) {
            if (type != ErrorType.EMPTY) {
                reached.add(RussianDeadlines.refusalOf(type));
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(Refusal.values());
        assertThatThrownBy(() -> RussianDeadlines.refusalOf(ErrorType.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRendererPrintsAnUnresolvedPhraseAsWritten() {
        assertThat(RussianDeadlineRenderer.render(Deadline.unresolved("в январе", Reason.NO_DOCUMENT_DATE)))
                .isEqualTo("в январе");
        assertThat(RussianDeadlineRenderer.render(Deadline.refused("до 2025 года", Refusal.UNSUPPORTED)
                .withoutPhrase(), RussianDeadlineRenderer.YearStyle.ABBREVIATED)).isEqualTo("до 2025 года");
    }

    private static Refusal refusalFor(String phrase) {
        try {
            RussianDeadlines.parse(phrase, LocalDate.of(2020, 12, 18));
            throw new AssertionError("expected a refusal: " + phrase);
        } catch (DeadlineParseException e) {
            return RussianDeadlines.refusalOf(e.errorType());
        }
    }
}
