package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

/**
 * Checks that work grows linearly with its input: ten times the input may take at most
 * {@value #MAX_RATIO} times as long (expected: 10).
 *
 * <p>Timing on a shared two-core machine is noisy, so sizes are interleaved within a measurement, each
 * size takes its best time, and a measurement that exceeds the bound is repeated up to
 * {@value #ATTEMPTS} times. Noise passes on a later attempt; quadratic work (a ratio near 100) fails
 * every attempt.
 */
final class LinearTime {

    static final double MAX_RATIO = 25;
    private static final int ATTEMPTS = 3;
    private static final int ROUNDS = 5;

    private LinearTime() {
    }

    static void assertLinear(Consumer<String> work, String small, String large) {
        work.accept(large);
        work.accept(small);
        double bestRatio = Double.MAX_VALUE;
        String detail = "";
        for (int attempt = 0; attempt < ATTEMPTS && bestRatio >= MAX_RATIO; attempt++) {
            long smallNanos = Long.MAX_VALUE;
            long largeNanos = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                smallNanos = Math.min(smallNanos, Math.min(time(work, small), time(work, small)));
                largeNanos = Math.min(largeNanos, time(work, large));
            }
            double ratio = (double) largeNanos / Math.max(smallNanos, 1);
            if (ratio < bestRatio) {
                bestRatio = ratio;
                detail = String.format("%d chars took %d µs, %d chars took %d µs",
                        large.length(), largeNanos / 1_000, small.length(), smallNanos / 1_000);
            }
        }
        assertThat(bestRatio).as(detail).isLessThan(MAX_RATIO);
    }

    private static long time(Consumer<String> work, String text) {
        long start = System.nanoTime();
        work.accept(text);
        return System.nanoTime() - start;
    }
}
