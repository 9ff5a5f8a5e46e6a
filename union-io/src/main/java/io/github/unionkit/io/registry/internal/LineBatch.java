package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.registry.RegistryRow;
import java.util.Arrays;

/**
 * A run of consecutive non-blank lines copied out of the input, with their line numbers, handed to a
 * worker thread as one unit. Over-long lines are present as markers without content. An entry may
 * instead be a row already read on the reading thread (a CSV record with quotes, which only that
 * thread can delimit), kept in input order with the lines around it.
 */
public final class LineBatch {

    private byte[] data;
    private int used;
    private int size;
    private int[] starts;
    private int[] lengths;
    private long[] lines;
    private boolean[] tooLong;
    /** The rows read on the reading thread, by entry; null until the first. */
    private RegistryRow[] rows;

    LineBatch(int capacityBytes, int capacityLines) {
        data = new byte[capacityBytes];
        starts = new int[capacityLines];
        lengths = new int[capacityLines];
        lines = new long[capacityLines];
        tooLong = new boolean[capacityLines];
    }

    void add(long line, byte[] source, int start, int length, boolean overLong) {
        ensureEntry();
        if (used + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
        }
        System.arraycopy(source, start, data, used, length);
        starts[size] = used;
        lengths[size] = length;
        lines[size] = line;
        tooLong[size] = overLong;
        used += length;
        size++;
    }

    void add(RegistryRow row) {
        ensureEntry();
        if (rows == null) {
            rows = new RegistryRow[starts.length];
        }
        rows[size] = row;
        lines[size] = row.line();
        starts[size] = used;
        lengths[size] = 0;
        tooLong[size] = false;
        size++;
    }

    private void ensureEntry() {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            lengths = Arrays.copyOf(lengths, grown);
            lines = Arrays.copyOf(lines, grown);
            tooLong = Arrays.copyOf(tooLong, grown);
            if (rows != null) {
                rows = Arrays.copyOf(rows, grown);
            }
        }
    }

    /**
     * Returns the row of an entry read on the reading thread.
     *
     * @param i the entry
     * @return the row, or null if the entry is a line for the worker to read
     */
    public RegistryRow row(int i) {
        return rows == null ? null : rows[i];
    }

    /** Empties the batch for reuse, keeping its arrays. */
    void clear() {
        if (rows != null) {
            Arrays.fill(rows, 0, size, null);
        }
        used = 0;
        size = 0;
    }

    int bytes() {
        return used;
    }

    /**
     * Returns the number of lines.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Returns the line number of an entry.
     *
     * @param i the entry
     * @return the 1-based line number in the file
     */
    public long line(int i) {
        return lines[i];
    }

    /**
     * Tells whether an entry was over-long (and has no content).
     *
     * @param i the entry
     * @return true if the line was skipped
     */
    public boolean tooLong(int i) {
        return tooLong[i];
    }

    /**
     * Returns the buffer holding the lines.
     *
     * @return the buffer
     */
    public byte[] data() {
        return data;
    }

    /**
     * Returns the offset of an entry in {@link #data()}.
     *
     * @param i the entry
     * @return the offset
     */
    public int start(int i) {
        return starts[i];
    }

    /**
     * Returns the length of an entry.
     *
     * @param i the entry
     * @return the length in bytes
     */
    public int length(int i) {
        return lengths[i];
    }
}
