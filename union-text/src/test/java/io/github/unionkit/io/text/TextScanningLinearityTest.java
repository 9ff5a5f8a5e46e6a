package io.github.unionkit.io.text;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds hostile inputs of 100 KB and 1 MB to the scanners and checks that the time grows linearly
 * (see {@link LinearTime}).
 */
class TextScanningLinearityTest {

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);
    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;

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
        LinearTime.assertLinear(text -> RussianDeadlines.findAll(text, DOC), small, large);
        LinearTime.assertLinear(text -> DecreeReferences.findAll(text, DOC), small, large);
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        return text.toString();
    }
}
