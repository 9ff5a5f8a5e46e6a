package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds hostile inputs of 100 KB and 1 MB to the scanners and checks that the time grows linearly:
 * ten times the input may take at most 25 times as long (expected: 10), with the best of three runs
 * after a warm-up, both sizes in the same run.
 */
class TextScanningLinearityTest {

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);
    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;
    private static final double MAX_RATIO = 25;

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {
        "1",                                             // one long digit run
        "в первом квартале ",                            // a phrase, over and over
        "«18 «",                                         // unclosed quotes before days
        "№ 1-от 20-21-1.1.",                             // numbers and dates that never end
        "до 1 с 1 по в течение двадцати ",               // phrases that never complete
        "постановлений Президиума Исполнительного комитета ", // issuers without a number
        "в ааааааааааааааааааааааааааааааааааааааааааааааааааа", // one huge word after "в"
        " \n\u00A0",                                     // white space only
    })
    void findAllRunsInLinearTime(String unit) {
        String small = repeat(unit, SMALL);
        String large = repeat(unit, LARGE);
        assertLinear(text -> RussianDeadlines.findAll(text, DOC), small, large);
        assertLinear(text -> DecreeReferences.findAll(text, DOC), small, large);
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        return text.toString();
    }

    private static void assertLinear(Consumer<String> scan, String small, String large) {
        scan.accept(large);
        scan.accept(small);
        long smallNanos = best(scan, small);
        long largeNanos = best(scan, large);
        double ratio = (double) largeNanos / Math.max(smallNanos, 1);
        assertThat(ratio).as("1 MB took %d µs, 100 KB took %d µs", largeNanos / 1_000, smallNanos / 1_000)
                .isLessThan(MAX_RATIO);
    }

    private static long best(Consumer<String> scan, String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            scan.accept(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
