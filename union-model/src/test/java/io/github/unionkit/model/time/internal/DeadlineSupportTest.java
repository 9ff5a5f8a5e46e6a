package io.github.unionkit.model.time.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.InvalidDeadlineException;
import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineSupportTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0", " \u202F\u2007 "})
    void blankPhrasesIncludingNonBreakingSpacesAreRejected(String phrase) {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> DeadlineSupport.checkPhrase(phrase))
                .satisfies(e -> assertThat(e.errorType()).isEqualTo(ErrorType.BLANK_PHRASE))
                .satisfies(e -> assertThat(e.first()).isEmpty());
    }

    @Test
    void phrasesAreKeptExactlyAsWrittenIncludingSurroundingSpace() {
        assertThat(DeadlineSupport.checkPhrase(" до 29 декабря ")).isEqualTo(" до 29 декабря ");
    }

    @Test
    void phrasesUpToTheLimitAreAcceptedAndLongerOnesRejectedWithoutRepeatingThem() {
        String atLimit = "я".repeat(Deadline.MAX_PHRASE_LENGTH);

        assertThat(DeadlineSupport.checkPhrase(atLimit)).isSameAs(atLimit);
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> DeadlineSupport.checkPhrase(atLimit + "я"))
                .withMessageNotContaining("яя")
                .satisfies(e -> assertThat(e.errorType()).isEqualTo(ErrorType.PHRASE_TOO_LONG));
    }

    @Test
    void describeQuotesThePhraseAndEscapesQuotesBackslashesAndControlCharacters() {
        assertThat(DeadlineSupport.describe("OnDay", "2021-01-01", "«a» \"b\" \\ c\nd\u0001"))
                .isEqualTo("OnDay[2021-01-01 \"«a» \\\"b\\\" \\\\ c\\nd\\u0001\"]");
    }

    @Test
    void describeWithoutArgumentsOrPhrasePrintsBareBrackets() {
        assertThat(DeadlineSupport.describe("Unspecified", "", null)).isEqualTo("Unspecified[]");
        assertThat(DeadlineSupport.describe("Unspecified", "", "x")).isEqualTo("Unspecified[\"x\"]");
    }
}
