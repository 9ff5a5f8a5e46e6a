package io.github.unionkit.io.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test input produced on the fly: a prefix, a unit repeated many times (or forever), and a suffix.
 * Lets tests feed 100 MB strings or endless whitespace without holding them in memory, and tells how
 * many bytes the reader actually consumed.
 */
public final class GeneratedInput extends InputStream {

    private final byte[] prefix;
    private final byte[] unit;
    private final long repeats;
    private final byte[] suffix;
    private final long length;
    private long position;

    private GeneratedInput(byte[] prefix, byte[] unit, long repeats, byte[] suffix) {
        this.prefix = prefix;
        this.unit = unit;
        this.repeats = repeats;
        this.suffix = suffix;
        this.length = repeats == Long.MAX_VALUE ? Long.MAX_VALUE : prefix.length + unit.length * repeats + suffix.length;
    }

    /**
     * Returns {@code prefix + unit * repeats + suffix}.
     *
     * @param prefix the prefix
     * @param unit the repeated unit
     * @param repeats how often, {@code Long.MAX_VALUE} for forever
     * @param suffix the suffix
     * @return the input
     */
    public static GeneratedInput of(String prefix, String unit, long repeats, String suffix) {
        return new GeneratedInput(prefix.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8),
                repeats, suffix.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns how many bytes were read so far.
     *
     * @return the bytes served
     */
    public long served() {
        return position;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = 0;
        while (n < count && position < length) {
            long inUnits = position - prefix.length;
            if (inUnits >= 0 && unit.length == 1 && (repeats == Long.MAX_VALUE || inUnits < repeats)) {
                // fast path for single-byte units: fill a run at once
                long run = repeats == Long.MAX_VALUE ? count - n : Math.min(count - n, repeats - inUnits);
                java.util.Arrays.fill(buffer, offset + n, offset + n + (int) run, unit[0]);
                n += (int) run;
                position += run;
            } else {
                buffer[offset + n++] = byteAt(position++);
            }
        }
        return n;
    }

    private byte byteAt(long at) {
        if (at < prefix.length) {
            return prefix[(int) at];
        }
        long inUnits = at - prefix.length;
        if (repeats == Long.MAX_VALUE || inUnits < unit.length * repeats) {
            return unit[(int) (inUnits % unit.length)];
        }
        return suffix[(int) (inUnits - unit.length * repeats)];
    }
}
