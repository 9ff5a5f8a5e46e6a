package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link RussianRenderer} and {@link DecreeTextParser} together, over
 * {@link ResolutionGenerators#resolutions()}, driven by a seeded {@link SplittableRandom}.
 *
 * <p>The text round trip is defined on what the printed text carries (decision 0017, {@link Printed}):
 * the draft mark, header lines, number, dates, place, title, preamble, formula, the clause tree with its
 * texts and items, the signatory and the attachment titles. What a person reads only from the words
 * (assignments, references, control, size bands, the issuer) is read again from the words; the
 * meeting is not printed. JSON is the lossless format.
 */
class DecreeRoundTripPropertiesTest {

    private static final int EXAMPLES = 300;
    private static final String NOISE = " \t\u00A0\u2007\u202F";
    private static final String[] FRAGMENTS = {
        "\n", "1.", "3.1.", ".", "№", "«", "»", ":", "|", "[поручение 3.1.1: ", "]", "- ", "· ", "\t", "\u00A0",
        "до 31 февраля 2021 г. ", "Поручить ", "Контроль за исполнением возложить на ", "Председатель ", "0.",
        "10000.", "1.1.1.1.1.1.1.1.1.1.1.", " г. ", "18.12.2020 ", "20-21 мая ", "Приложение: ", "ПРОЕКТ\n",
        "1) ", "постановляет:\n", "— 2 —\n"};

    @Test
    void everyGeneratedResolutionReadsBackFromItsRenderingOnWhatIsPrinted() {
        SplittableRandom random = new SplittableRandom(20_201_218L);
        for (int i = 0; i < EXAMPLES; i++) {
            Resolution generated = ResolutionGenerators.resolutions().generate(random);
            String text = RussianRenderer.render(generated);

            Resolution read = DecreeTextParser.parse(text).resolution();

            assertThat(Printed.of(read)).as("example %d:%n%s", i, text).isEqualTo(Printed.of(generated));
        }
    }

    @Test
    void renderingWhatWasReadChangesNothing() {
        SplittableRandom random = new SplittableRandom(3_1L);
        for (int i = 0; i < EXAMPLES / 3; i++) {
            String once = RussianRenderer.render(ResolutionGenerators.resolutions().generate(random));

            String twice = RussianRenderer.render(DecreeTextParser.parse(once).resolution());

            assertThat(twice).as("example %d", i).isEqualTo(once);
        }
    }

    @Test
    void layoutNoiseNeverChangesWhatIsRead() {
        SplittableRandom random = new SplittableRandom(8L);
        for (int i = 0; i < EXAMPLES / 3; i++) {
            String clean = RussianRenderer.render(ResolutionGenerators.resolutions().generate(random));
            String noisy = noisy(clean, random);

            assertThat(DecreeTextParser.parse(noisy).resolution()).as("example %d:%n%s", i, noisy)
                    .isEqualTo(DecreeTextParser.parse(clean).resolution());
        }
    }

    @Test
    void mutatedDecreesAreReadOrRefusedWithATypedErrorAndWhatIsReadRoundTrips() {
        String seed = SeedResolutions.astrakhan3of1Text();
        SplittableRandom random = new SplittableRandom(6L);
        for (int i = 0; i < EXAMPLES / 2; i++) {
            String mutated = mutate(seed, random);
            DecreeParseResult result;
            try {
                result = DecreeTextParser.parse(mutated);
            } catch (DecreeParseException refused) {
                continue;
            }
            String rendered = RussianRenderer.render(result.resolution());

            assertThat(Printed.of(DecreeTextParser.parse(rendered).resolution())).as("example %d:%n%s", i, rendered)
                    .isEqualTo(Printed.of(result.resolution()));
        }
    }

    /** Inserts layout fragments, deletes runs and copies runs elsewhere, 1 to 11 times. */
    static String mutate(String text, SplittableRandom random) {
        StringBuilder out = new StringBuilder(text);
        for (int n = random.nextInt(1, 12); n > 0; n--) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(3)) {
                case 0:
                    out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    break;
                case 1:
                    out.delete(at, Math.min(out.length(), at + random.nextInt(1, 200)));
                    break;
                default:
                    int from = random.nextInt(out.length() + 1);
                    out.insert(at, out.substring(from, Math.min(out.length(), from + random.nextInt(1, 300))));
                    break;
            }
        }
        return out.toString();
    }

    /** Adds white space around lines, blank lines, CR LF endings and widened spaces inside lines. */
    private static String noisy(String text, SplittableRandom random) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (String line : text.split("\n", -1)) {
            out.append(noise(random));
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                out.append(c == ' ' && random.nextInt(4) == 0 ? " " + noise(random) : String.valueOf(c));
            }
            out.append(noise(random)).append(random.nextBoolean() ? "\r\n" : "\n");
            if (random.nextInt(5) == 0) {
                out.append(noise(random)).append('\n');
            }
        }
        return out.toString();
    }

    private static String noise(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(3); n > 0; n--) {
            out.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return out.toString();
    }
}
