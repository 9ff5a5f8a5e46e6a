package io.github.unionkit.testkit.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.NumberGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecreeNumberPropertiesTest {

    private static final int EXAMPLES = 300;
    /** Characters a decree number is made of, plus the near misses around them. */
    private static final String JUNK_ALPHABET = "0123456789000111-–—./// №Nno.º\t\u00A0xа,";

    @ParameterizedTest
    @EnumSource(NumberingScheme.class)
    void canonicalFormParsesBackToAnEqualNumberOfTheSameScheme(NumberingScheme scheme) {
        SplittableRandom random = new SplittableRandom(scheme.ordinal());
        Generator<DecreeNumber> numbers = NumberGenerators.decreeNumbers(scheme);
        for (int i = 0; i < EXAMPLES; i++) {
            DecreeNumber number = numbers.generate(random);
            DecreeNumber parsed = DecreeNumber.parse(number.toString());

            assertThat(parsed).as("%s", number).isEqualTo(number).hasSameHashCodeAs(number);
            assertThat(parsed.scheme()).isEqualTo(scheme);
            assertThat(parsed.toString()).isEqualTo(number.toString());
            assertThat(parsed.compareTo(number)).isZero();
        }
    }

    @Test
    void messyWrittenFormsParseToTheCanonicalNumber() {
        SplittableRandom random = new SplittableRandom(20201218L);
        Generator<DecreeNumber> numbers = NumberGenerators.decreeNumbers();
        for (int i = 0; i < EXAMPLES * 2; i++) {
            DecreeNumber number = numbers.generate(random);
            String written = NumberGenerators.writtenForms(number).generate(random);

            assertThat(written).hasSizeLessThanOrEqualTo(DecreeNumber.MAX_LENGTH);
            assertThat(DecreeNumber.parse(written)).as("'%s'", written).isEqualTo(number);
        }
    }

    @Test
    void nearMissesAlwaysFailWithTheTypedException() {
        SplittableRandom random = new SplittableRandom(31L);
        Generator<String> texts = NumberGenerators.invalidDecreeNumberTexts();
        for (int i = 0; i < EXAMPLES * 2; i++) {
            String text = texts.generate(random);
            Throwable thrown = catchThrowable(() -> DecreeNumber.parse(text));

            assertThat(thrown).as("'%s'", text).isInstanceOf(DecreeNumberParseException.class);
            DecreeNumberParseException e = (DecreeNumberParseException) thrown;
            assertThat(e.index()).isBetween(0, text.length());
            assertThat(e.errorType()).isNotNull();
        }
    }

    @Test
    void arbitraryTextEitherParsesToARoundTrippingNumberOrFailsWithTheTypedException() {
        SplittableRandom random = new SplittableRandom(7L);
        int parsed = 0;
        for (int i = 0; i < 3_000; i++) {
            String text = junk(random, random.nextInt(0, 12));
            DecreeNumber number;
            try {
                number = DecreeNumber.parse(text);
            } catch (DecreeNumberParseException expected) {
                assertThat(expected.index()).as("'%s'", text).isBetween(0, text.length());
                continue;
            }
            parsed++;
            assertThat(DecreeNumber.parse(number.toString())).as("'%s'", text).isEqualTo(number);
            assertThat(number.toString().length()).isLessThanOrEqualTo(text.length());
        }
        assertThat(parsed).as("the alphabet must produce some valid numbers too").isPositive();
    }

    @Test
    void orderIsConsistentWithEqualsAndAntisymmetric() {
        SplittableRandom random = new SplittableRandom(11L);
        Generator<DecreeNumber> numbers = NumberGenerators.decreeNumbers();
        for (int i = 0; i < EXAMPLES; i++) {
            DecreeNumber a = numbers.generate(random);
            DecreeNumber b = random.nextBoolean() ? numbers.generate(random) : DecreeNumber.parse(a.toString());

            assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        }
    }

    @Test
    void inputLongerThanTheCapFailsFastWithTooLong() {
        String huge = "3-1 ".repeat(2_000_000);
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> DecreeNumber.parse(huge));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(thrown).isInstanceOfSatisfying(DecreeNumberParseException.class, e -> {
            assertThat(e.errorType()).isEqualTo(DecreeNumberParseException.ErrorType.TOO_LONG);
            assertThat(e.input()).hasSize(DecreeNumber.MAX_LENGTH + 1);
        });
        assertThat(millis).as("parse must not scan beyond the cap").isLessThan(500);
    }

    @Test
    void worstCaseInputsAtTheCapParseInLinearTime() {
        String[] worst = {
            " ".repeat(DecreeNumber.MAX_LENGTH),
            "0".repeat(DecreeNumber.MAX_LENGTH - 3) + "1-1",
            "1-1/".repeat(DecreeNumber.MAX_LENGTH / 4 - 1) + "1-1",
            "1 - 1 . 1 / ".repeat(5) + "1",
            "№" + "\u00A0".repeat(DecreeNumber.MAX_LENGTH - 2) + "x",
        };
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            for (String text : worst) {
                try {
                    DecreeNumber.parse(text);
                } catch (DecreeNumberParseException expected) {
                    // only the time matters here
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("10,000 parses of 64-character worst cases").isLessThan(2_000);
    }

    @Test
    void quickTheoriesDrivesTheSameRoundTripProperty() {
        qt().withExamples(200).forAll(QuickTheoriesGenerators.from(NumberGenerators.decreeNumbers()))
                .check(number -> DecreeNumber.parse(number.toString()).equals(number));
    }

    private static String junk(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(JUNK_ALPHABET.charAt(random.nextInt(JUNK_ALPHABET.length())));
        }
        return text.toString();
    }
}
