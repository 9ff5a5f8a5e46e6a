package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import org.junit.jupiter.api.Test;

class CardNumberTest {

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        CardNumber card = CardNumber.of("1234567890123456");
        assertThat(card).hasToString("************3456");
        assertThat(card.toString()).doesNotContain("1234567890");
        assertThat(card.value()).isEqualTo("1234567890123456");
        assertThat(card.lastFour()).isEqualTo("3456");
        assertThat(CardNumber.of("000042")).hasToString("******");
    }

    @Test
    void shortCardNumbersShowNoDigitsAndAtLeastEightStayHidden() {
        assertThat(CardNumber.of("123456")).hasToString("******");
        assertThat(CardNumber.of("12345678")).hasToString("********");
        assertThat(CardNumber.of("1234567890")).hasToString("********90");
        assertThat(CardNumber.of("123456789012")).hasToString("********9012");
        for (int length = CardNumber.MIN_DIGITS; length <= CardNumber.MAX_DIGITS; length++) {
            String digits = "7".repeat(length);
            String shown = CardNumber.of(digits).toString();
            assertThat(shown).hasSize(length);
            assertThat(shown.chars().filter(c -> c == '*').count()).isGreaterThanOrEqualTo(Math.min(length, Math.max(8, length - 4)));
        }
    }

    @Test
    void parseAcceptsGroupedDigits() {
        assertThat(CardNumber.parse("1234 5678 9012 3456")).isEqualTo(CardNumber.of("1234567890123456"));
        assertThat(CardNumber.parse("1234-5678")).isEqualTo(CardNumber.of("12345678"));
    }

    @Test
    void rejectsWrongLengthsAndCharactersWithoutEchoingDigits() {
        assertFails("12345", ErrorType.ILLEGAL_NUMBER);
        assertFails("1".repeat(21), ErrorType.TOO_LONG);
        assertFails("", ErrorType.EMPTY);
        assertFails("12345a7", ErrorType.ILLEGAL_CHARACTER);
        assertThatThrownBy(() -> CardNumber.parse("1234  5678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardNumber.parse(" 12345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardNumber.parse("12345678-"))
                .isInstanceOfSatisfying(IdentifierParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.MALFORMED));
        assertThatThrownBy(() -> CardNumber.parse("1".repeat(100_000)))
                .isInstanceOfSatisfying(IdentifierParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG));
        assertThatThrownBy(() -> CardNumber.of("98765x4321"))
                .hasMessageNotContaining("98765").hasMessageNotContaining("4321");
    }

    private static void assertFails(String digits, ErrorType type) {
        assertThatThrownBy(() -> CardNumber.of(digits))
                .isInstanceOfSatisfying(IdentifierParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    if (!digits.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(digits);
                    }
                });
    }
}
