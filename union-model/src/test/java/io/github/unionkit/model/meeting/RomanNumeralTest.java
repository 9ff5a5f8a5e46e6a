package io.github.unionkit.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.meeting.RomanNumeralParseException.ErrorType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanNumeralTest {

    private static final List<String> ONE_TO_THIRTY_NINE = List.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
            "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX",
            "XXXI", "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX");

    @Test
    void formatsAndParsesOneToThirtyNine() {
        for (int value = 1; value <= 39; value++) {
            String written = ONE_TO_THIRTY_NINE.get(value - 1);
            assertThat(RomanNumeral.of(value)).as("%d", value).hasToString(written);
            assertThat(RomanNumeral.parse(written).value()).as(written).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({"XL, 40", "XLIX, 49", "XC, 90", "XCIX, 99", "CD, 400", "CM, 900", "MCMXCIX, 1999",
        "MMXXI, 2021", "MMMDCCCLXXXVIII, 3888", "MMMCMXCIX, 3999"})
    void formatsLargerValuesWithSubtractiveForms(String written, int value) {
        assertThat(RomanNumeral.of(value)).hasToString(written);
        assertThat(RomanNumeral.parse(written)).isEqualTo(RomanNumeral.of(value));
    }

    @Test
    void everyValueRoundTrips() {
        for (int value = 1; value <= RomanNumeral.MAX_VALUE; value++) {
            RomanNumeral numeral = RomanNumeral.of(value);
            assertThat(RomanNumeral.parse(numeral.toString())).isEqualTo(numeral);
        }
    }

    @Test
    void parseTrimsSurroundingWhiteSpace() {
        assertThat(RomanNumeral.parse("\u00A0 VIII\t")).isEqualTo(RomanNumeral.of(8));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" fails with {1} at {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "''|EMPTY|0",
        "'  '|EMPTY|0",
        "IIII|NOT_CANONICAL|1",
        "VX|NOT_CANONICAL|1",
        "XIIII|NOT_CANONICAL|2",
        "IM|NOT_CANONICAL|0",
        "IL|NOT_CANONICAL|0",
        "VV|NOT_CANONICAL|0",
        "IIX|NOT_CANONICAL|0",
        "MMMM|NUMBER_OUT_OF_RANGE|0",
        "MMMMCM|NUMBER_OUT_OF_RANGE|0",
        "iv|LOWER_CASE|0",
        "Iv|LOWER_CASE|1",
        "ХХ|CYRILLIC_LOOKALIKE|0",
        "XХ|CYRILLIC_LOOKALIKE|1",
        "IV пленум|UNEXPECTED_CHARACTER|2",
        "4|UNEXPECTED_CHARACTER|0",
        "Ⅳ|UNEXPECTED_CHARACTER|0",
    })
    void parseRejectsNonCanonicalTextWithTypeAndIndex(String text, ErrorType type, int index) {
        assertThatThrownBy(() -> RomanNumeral.parse(text))
                .isInstanceOfSatisfying(RomanNumeralParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e).hasMessageContaining("column " + (index + 1));
                });
    }

    @Test
    void parseRejectsTextLongerThanTheCap() {
        assertThatThrownBy(() -> RomanNumeral.parse("I".repeat(RomanNumeral.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(RomanNumeralParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG));
    }

    @Test
    void valueMustBeInRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> RomanNumeral.of(0));
        assertThatIllegalArgumentException().isThrownBy(() -> RomanNumeral.of(RomanNumeral.MAX_VALUE + 1));
        assertThatThrownBy(() -> RomanNumeral.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ordersByValue() {
        assertThat(RomanNumeral.of(4)).isLessThan(RomanNumeral.of(9)).isGreaterThan(RomanNumeral.of(3));
    }
}
