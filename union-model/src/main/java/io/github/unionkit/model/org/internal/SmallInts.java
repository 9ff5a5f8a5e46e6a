package io.github.unionkit.model.org.internal;

import java.util.Objects;

/**
 * An immutable array of {@code int}s stored in the narrowest of {@code byte[]}, {@code short[]} or
 * {@code int[]} that holds every value: tree depths are almost always tiny, so they cost one byte per
 * organization, yet any depth still fits.
 */
public final class SmallInts {

    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;

    private SmallInts(byte[] bytes, short[] shorts, int[] ints) {
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
    }

    /**
     * Copies values into the narrowest array that holds them all.
     *
     * @param values the values, not null
     * @return the copy
     */
    public static SmallInts copyOf(int[] values) {
        Objects.requireNonNull(values, "values");
        int min = 0;
        int max = 0;
        for (int value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            return new SmallInts(bytes, null, null);
        }
        if (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) {
            short[] shorts = new short[values.length];
            for (int i = 0; i < values.length; i++) {
                shorts[i] = (short) values[i];
            }
            return new SmallInts(null, shorts, null);
        }
        return new SmallInts(null, null, values.clone());
    }

    /**
     * Returns one value.
     *
     * @param index the index, in {@code [0, size())}
     * @return the value at {@code index}
     * @throws ArrayIndexOutOfBoundsException if the index is out of range
     */
    public int get(int index) {
        if (bytes != null) {
            return bytes[index];
        }
        return shorts != null ? shorts[index] : ints[index];
    }

    /**
     * Returns the number of values.
     *
     * @return the size
     */
    public int size() {
        if (bytes != null) {
            return bytes.length;
        }
        return shorts != null ? shorts.length : ints.length;
    }
}
