package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds hostile decrees of 100 KB and 1 MB to {@link DecreeTextParser} and checks that the time grows
 * linearly (see {@link LinearTime}). Each input has a valid header and operative formula, so the whole
 * pipeline runs, not just the first check.
 */
class DecreeTextParserLinearityTest {

    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;
    private static final String HEAD = "КОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА ПОСТАНОВЛЕНИЕ\n«18» декабря 2020 г.\n"
            + "№ 3-1\nОб итогах\nКомитет постановляет:\n";

    static Stream<Arguments> hostileDecrees() {
        return Stream.of(
                Arguments.of("one long digit run", (IntFunction<String>) size -> fill(size, "1. ", "7")),
                Arguments.of("\"в первом квартале\" repeated",
                        (IntFunction<String>) size -> fill(size, "1. Поручить президиуму:\n1.1. ", "в первом квартале ")),
                Arguments.of("unclosed quotes", (IntFunction<String>) size -> fill(size, "1. ", "«18 «до «")),
                Arguments.of("one clause number nested 100,000 times",
                        (IntFunction<String>) size -> fill(size, "1. Текст\n", "1.")),
                Arguments.of("sequential clause lines", (IntFunction<String>) DecreeTextParserLinearityTest::sequential),
                Arguments.of("assignees that never end",
                        (IntFunction<String>) size -> fill(size, "1. Поручить ", "президиуму и первичным и ")),
                Arguments.of("a huge organization name assigned to again and again",
                        (IntFunction<String>) DecreeTextParserLinearityTest::hugeOwnName));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDecrees")
    void parsingRunsInLinearTime(String name, IntFunction<String> decree) {
        LinearTime.assertLinear(DecreeTextParserLinearityTest::parse, decree.apply(SMALL), decree.apply(LARGE));
    }

    private static String fill(int size, String first, String unit) {
        StringBuilder text = new StringBuilder(size + unit.length()).append(HEAD).append(first);
        while (text.length() < size) {
            text.append(unit);
        }
        text.setLength(size);
        return text.toString();
    }

    /** "1. Пункт.", "2. Пункт.", … one per line: 100,000 lines in a megabyte, most past the last number. */
    private static String sequential(int size) {
        StringBuilder text = new StringBuilder(size + 32).append(HEAD);
        for (int n = 1; text.length() < size; n++) {
            text.append(n).append(". Пункт.\n");
        }
        text.setLength(size);
        return text.toString();
    }

    /** Half a header line naming an "организация", half clauses that each refer to it. */
    private static String hugeOwnName(int size) {
        StringBuilder text = new StringBuilder(size + 64).append("ОРГАНИЗАЦИЯ");
        while (text.length() < size / 2) {
            text.append(" ОБЛАСТНАЯ ОРГАНИЗАЦИЯ");
        }
        text.append('\n').append(HEAD);
        for (int n = 1; text.length() < size; n++) {
            text.append(n).append(". Поручить президиуму организации провести собрание.\n");
        }
        text.setLength(size);
        return text.toString();
    }

    private static void parse(String text) {
        DecreeParseResult result = DecreeTextParser.parse(text);
        assertThat(result.warnings()).hasSizeLessThanOrEqualTo(1_001);
    }
}
