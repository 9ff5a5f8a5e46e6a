package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Checks that work grows linearly with its input: ten times the input may take at most
 * {@value #MAX_RATIO} times as long. Linear work measures about 10, quadratic work about 100, so the
 * bound tells them apart with a fourfold margin either way.
 *
 * <p>A busy machine must not be able to fail this check, so it measures what the input decides, not
 * what the machine does:
 * <ul>
 *   <li>the <em>CPU time of the measuring thread</em>
 *       ({@code ThreadMXBean.getCurrentThreadCpuTime()}), not wall-clock time: time spent waiting
 *       for a core, and garbage-collector pauses on other threads, are not counted;</li>
 *   <li>the <em>median</em> of {@value #ROUNDS} runs per size, sizes interleaved, so one slow run
 *       (JIT compilation, a cache flush) does not move the result;</li>
 *   <li>a measurement over the bound is repeated, up to {@value #ATTEMPTS} times in all.</li>
 * </ul>
 * Timing claims themselves (how fast, not how it grows) live in the JMH benchmarks.
 */
final class LinearTime {

    static final double MAX_RATIO = 40;
    private static final int ATTEMPTS = 3;
    private static final int ROUNDS = 7;
    private static final LongSupplier CPU_CLOCK = threadCpuClock();
    private static final boolean CPU_TIME = CPU_CLOCK != null;

    private LinearTime() {
    }

    static void assertLinear(Consumer<String> work, String small, String large) {
        work.accept(large); // warm-up: class loading and the first JIT tiers
        work.accept(small);
        double bestRatio = Double.MAX_VALUE;
        String detail = "";
        for (int attempt = 0; attempt < ATTEMPTS && bestRatio >= MAX_RATIO; attempt++) {
            long[] smallNanos = new long[ROUNDS];
            long[] largeNanos = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                smallNanos[round] = time(work, small);
                largeNanos[round] = time(work, large);
            }
            long smallMedian = median(smallNanos);
            long largeMedian = median(largeNanos);
            double ratio = (double) largeMedian / Math.max(smallMedian, 1);
            if (ratio < bestRatio) {
                bestRatio = ratio;
                detail = String.format("median %s time: %d chars %d µs, %d chars %d µs",
                        CPU_TIME ? "thread CPU" : "wall-clock", large.length(), largeMedian / 1_000,
                        small.length(), smallMedian / 1_000);
            }
        }
        assertThat(bestRatio).as(detail).isLessThan(MAX_RATIO);
    }

    private static long time(Consumer<String> work, String text) {
        long start = now();
        work.accept(text);
        return now() - start;
    }

    private static long now() {
        return CPU_TIME ? CPU_CLOCK.getAsLong() : System.nanoTime();
    }

    /**
     * The measuring thread's CPU clock, or null where the JVM has none. Reached by reflection: the
     * tests run inside the module io.github.unionkit.text, which does not (and should not) read
     * java.management, and core reflection needs no readability edge.
     */
    private static LongSupplier threadCpuClock() {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean").invoke(null);
            Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
            if (!(Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(threads)) {
                return null;
            }
            Method cpuTime = type.getMethod("getCurrentThreadCpuTime");
            cpuTime.invoke(threads);
            return () -> {
                try {
                    return (Long) cpuTime.invoke(threads);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
