package io.github.unionkit.io.text.internal;

/**
 * A value and the token index after it, packed into one {@code long} so that the small readers
 * (ordinals, cardinals) return both without allocating. A negative packed value means "no match".
 */
final class Packed {

    /** The packed "no match". */
    public static final long NONE = -1;

    private Packed() {
    }

    /**
     * Packs a value and an end index.
     *
     * @param value a non-negative value
     * @param end the token index after what was read
     * @return the packed pair, non-negative
     */
    public static long of(int value, int end) {
        return ((long) value << 32) | (end & 0xFFFFFFFFL);
    }

    /**
     * Returns the value of a packed pair.
     *
     * @param packed a non-negative result of {@link #of(int, int)}
     * @return the value
     */
    public static int value(long packed) {
        return (int) (packed >>> 32);
    }

    /**
     * Returns the end index of a packed pair.
     *
     * @param packed a non-negative result of {@link #of(int, int)}
     * @return the token index after what was read
     */
    public static int end(long packed) {
        return (int) packed;
    }
}
