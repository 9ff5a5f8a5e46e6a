package io.github.unionkit.testkit.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.unionkit.model.meeting.RomanNumeral;
import io.github.unionkit.model.meeting.RomanNumeralParseException;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.NumberGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RomanNumeralPropertiesTest {

    private static final int EXAMPLES = 300;
    private static final String JUNK_ALPHABET = "IIIVVXXXLCCDMM ivХ";

    @Test
    void canonicalFormParsesBackToAnEqualNumeral() {
        SplittableRandom random = new SplittableRandom(1L);
        Generator<RomanNumeral> numerals = NumberGenerators.romanNumerals();
        for (int i = 0; i < EXAMPLES; i++) {
            RomanNumeral numeral = numerals.generate(random);

            assertThat(RomanNumeral.parse(numeral.toString())).isEqualTo(numeral);
        }
    }

    @Test
    void nearMissesAlwaysFailWithTheTypedException() {
        SplittableRandom random = new SplittableRandom(2L);
        Generator<String> texts = NumberGenerators.invalidRomanNumeralTexts();
        for (int i = 0; i < EXAMPLES; i++) {
            String text = texts.generate(random);

            assertThat(catchThrowable(() -> RomanNumeral.parse(text))).as("'%s'", text)
                    .isInstanceOf(RomanNumeralParseException.class);
        }
    }

    @Test
    void arbitraryRomanDigitsParseOnlyWhenCanonical() {
        SplittableRandom random = new SplittableRandom(3L);
        int parsed = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(0, 8); j > 0; j--) {
                text.append(JUNK_ALPHABET.charAt(random.nextInt(JUNK_ALPHABET.length())));
            }
            RomanNumeral numeral;
            try {
                numeral = RomanNumeral.parse(text);
            } catch (RomanNumeralParseException expected) {
                assertThat(expected.index()).isBetween(0, text.length());
                continue;
            }
            parsed++;
            assertThat(numeral.toString()).as("'%s'", text).isEqualTo(text.toString().strip());
        }
        assertThat(parsed).isPositive();
    }
}
