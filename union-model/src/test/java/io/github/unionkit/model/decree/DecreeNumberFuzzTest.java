package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.org.IdentifierParseException;

/**
 * Coverage-guided fuzzing of the identifier parsers. Oracles: only the documented exceptions; what
 * is accepted prints in canonical form, which parses back to an equal value and prints the same.
 */
class DecreeNumberFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parseRoundTrips(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        DecreeNumber number;
        try {
            number = DecreeNumber.parse(text);
        } catch (DecreeNumberParseException e) {
            assertThat(e.errorType()).isNotNull();
            return;
        }
        String canonical = number.toString();
        DecreeNumber again = DecreeNumber.parse(canonical);
        assertThat(again).isEqualTo(number);
        assertThat(again.toString()).isEqualTo(canonical);
        assertThat(again.meetingNumber()).isEqualTo(number.meetingNumber());
        assertThat(again.itemNumber()).isEqualTo(number.itemNumber());
    }

    @FuzzTest(maxDuration = "1m")
    void cardNumberParseNeverLeaksDigits(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            CardNumber card = CardNumber.parse(text);
            assertThat(CardNumber.of(card.value())).isEqualTo(card);
            assertThat(card.toString()).hasSize(card.value().length());
            assertThat(card.toString().chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(4);
        } catch (IdentifierParseException e) {
            assertThat(e.getMessage()).doesNotContainPattern("\\d{4}");
        }
    }
}
