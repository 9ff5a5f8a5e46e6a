package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds hostile decrees of 100 KB and 1 MB to {@link DecreeTextParser} and checks that the time grows
 * linearly: ten times the input may take at most 25 times as long (expected: 10), the best of ten runs
 * of the small input and five of the large after a warm-up, interleaved in one run. Each input has a valid header and operative formula, so
 * the whole pipeline runs, not just the first check.
 */
class DecreeTextParserLinearityTest {

    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;
    private static final double MAX_RATIO = 25;
    private static final int ROUNDS = 5;
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
        String small = decree.apply(SMALL);
        String large = decree.apply(LARGE);
        parse(large);
        parse(small);
        // Rounds interleave the sizes, so a stretch of load from other processes slows both alike.
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            smallNanos = Math.min(smallNanos, Math.min(time(small), time(small)));
            largeNanos = Math.min(largeNanos, time(large));
        }
        double ratio = (double) largeNanos / Math.max(smallNanos, 1);
        assertThat(ratio).as("1 MB took %d µs, 100 KB took %d µs", largeNanos / 1_000, smallNanos / 1_000)
                .isLessThan(MAX_RATIO);
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

    private static DecreeParseResult parse(String text) {
        return DecreeTextParser.parse(text);
    }

    private static long time(String text) {
        long start = System.nanoTime();
        DecreeParseResult result = parse(text);
        long nanos = System.nanoTime() - start;
        assertThat(result.warnings()).hasSizeLessThanOrEqualTo(1_001);
        return nanos;
    }
}
