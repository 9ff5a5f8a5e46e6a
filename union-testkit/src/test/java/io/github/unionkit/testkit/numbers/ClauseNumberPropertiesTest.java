package io.github.unionkit.testkit.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ClauseNumberParseException;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.NumberGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClauseNumberPropertiesTest {

    private static final int EXAMPLES = 300;
    private static final String JUNK_ALPHABET = "0123456789111.... \t\u00A0a)";

    private final Generator<ClauseNumber> numbers = NumberGenerators.clauseNumbers();

    @Test
    void canonicalFormParsesBackToAnEqualNumber() {
        SplittableRandom random = new SplittableRandom(1L);
        for (int i = 0; i < EXAMPLES; i++) {
            ClauseNumber number = numbers.generate(random);

            assertThat(ClauseNumber.parse(number.toString())).as("%s", number).isEqualTo(number);
        }
    }

    @Test
    void writtenFormsParseToTheCanonicalNumber() {
        SplittableRandom random = new SplittableRandom(2L);
        for (int i = 0; i < EXAMPLES; i++) {
            ClauseNumber number = numbers.generate(random);
            String written = NumberGenerators.writtenForms(number).generate(random);

            assertThat(ClauseNumber.parse(written)).as("'%s'", written).isEqualTo(number);
        }
    }

    @Test
    void nearMissesAlwaysFailWithTheTypedException() {
        SplittableRandom random = new SplittableRandom(3L);
        Generator<String> texts = NumberGenerators.invalidClauseNumberTexts();
        for (int i = 0; i < EXAMPLES; i++) {
            String text = texts.generate(random);

            assertThat(catchThrowable(() -> ClauseNumber.parse(text))).as("'%s'", text)
                    .isInstanceOf(ClauseNumberParseException.class);
        }
    }

    @Test
    void arbitraryTextEitherParsesToARoundTrippingNumberOrFailsWithTheTypedException() {
        SplittableRandom random = new SplittableRandom(4L);
        int parsed = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(0, 12); j > 0; j--) {
                text.append(JUNK_ALPHABET.charAt(random.nextInt(JUNK_ALPHABET.length())));
            }
            ClauseNumber number;
            try {
                number = ClauseNumber.parse(text);
            } catch (ClauseNumberParseException expected) {
                assertThat(expected.index()).isBetween(0, text.length());
                continue;
            }
            parsed++;
            assertThat(ClauseNumber.parse(number.toString())).as("'%s'", text).isEqualTo(number);
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void navigationAgreesWithOrderAndAncestry() {
        SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < EXAMPLES; i++) {
            ClauseNumber number = numbers.generate(random);
            if (number.depth() < ClauseNumber.MAX_DEPTH) {
                ClauseNumber child = number.child(random.nextInt(1, 20));
                assertThat(child.parent()).contains(number);
                assertThat(number.isAncestorOf(child)).isTrue();
                assertThat(number).isLessThan(child);
            }
            if (number.last() < ClauseNumber.MAX_PART) {
                ClauseNumber next = number.next();
                assertThat(next).isGreaterThan(number);
                assertThat(next.parent()).isEqualTo(number.parent());
                assertThat(number.isAncestorOf(next) || next.isAncestorOf(number)).isFalse();
            }
            number.parent().ifPresent(parent -> {
                assertThat(parent.isAncestorOf(number)).isTrue();
                assertThat(parent.child(number.last())).isEqualTo(number);
            });
        }
    }

    @Test
    void inputLongerThanTheCapFailsWithTooLong() {
        Throwable thrown = catchThrowable(() -> ClauseNumber.parse("1.".repeat(1_000_000)));

        assertThat(thrown).isInstanceOfSatisfying(ClauseNumberParseException.class,
                e -> assertThat(e.errorType()).isEqualTo(ClauseNumberParseException.ErrorType.TOO_LONG));
    }
}
