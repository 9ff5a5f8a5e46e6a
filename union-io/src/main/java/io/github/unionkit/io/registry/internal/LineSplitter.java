package io.github.unionkit.io.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Splits a byte stream into lines without decoding it, holding at most one line (of at most
 * {@code maxLineLength} bytes) in memory.
 *
 * <p>Lines end at {@code '\n'}; a {@code '\r'} before it is dropped; a UTF-8 byte order mark at the
 * start is skipped; the last line may lack its {@code '\n'}. A line longer than the limit is consumed
 * without being stored and reported with {@link #isTooLong()}. After {@link #next()} returns true the
 * line is {@code buffer()[start(), end())}, valid until the next call.
 */
final class LineSplitter {

    private static final int MIN_BUFFER = 64 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    private final InputStream in;
    private final int maxLineLength;
    private final byte[] buffer;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long lineNumber;
    private int start;
    private int end;
    private boolean tooLong;

    /**
     * Creates a splitter.
     *
     * @param in the input, read in large blocks
     * @param maxLineLength the longest line in bytes, without its line end
     */
    public LineSplitter(InputStream in, int maxLineLength) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
        }
        this.maxLineLength = maxLineLength;
        this.buffer = new byte[Math.max(MIN_BUFFER, maxLineLength + 2) + MIN_BUFFER];
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails
     */
    public boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int scan = pos;
        while (true) {
            int newline = indexOfNewline(scan, limit);
            if (newline >= 0) {
                lineNumber++;
                setLine(pos, newline);
                pos = newline + 1;
                if (end - start > maxLineLength) {
                    // the whole line is in the buffer, but it is over the limit all the same
                    tooLong = true;
                    start = 0;
                    end = 0;
                }
                return true;
            }
            if (limit - pos > maxLineLength + 1) {
                lineNumber++;
                skipLongLine();
                return true;
            }
            if (eof) {
                if (limit > pos) {
                    lineNumber++;
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            scan = limit - pos;
            compact();
            scan = Math.max(scan, 0);
            fill();
        }
    }

    /**
     * Returns the 1-based number of the current line.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Tells whether the current line was longer than the limit (and so is not available).
     *
     * @return true if the line was skipped
     */
    public boolean isTooLong() {
        return tooLong;
    }

    /**
     * Tells whether the current line holds only spaces and tabs.
     *
     * @return true if blank
     */
    public boolean isBlank() {
        if (tooLong) {
            return false;
        }
        for (int i = start; i < end; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the buffer holding the current line.
     *
     * @return the buffer (not a copy)
     */
    public byte[] buffer() {
        return buffer;
    }

    /**
     * Returns the offset of the current line in {@link #buffer()}.
     *
     * @return the start offset
     */
    public int start() {
        return start;
    }

    /**
     * Returns the length of the current line in bytes.
     *
     * @return the length, without the line end
     */
    public int length() {
        return end - start;
    }

    private void setLine(int from, int newline) {
        int to = newline;
        if (to > from && buffer[to - 1] == '\r') {
            to--;
        }
        start = from;
        end = to;
        tooLong = false;
    }

    private void skipLongLine() throws IOException {
        tooLong = true;
        start = 0;
        end = 0;
        while (true) {
            int newline = indexOfNewline(pos, limit);
            if (newline >= 0) {
                pos = newline + 1;
                return;
            }
            pos = 0;
            limit = 0;
            if (eof) {
                return;
            }
            fill();
        }
    }

    /** Word-at-a-time: a zero byte in {@code word ^ NEWLINES} is a newline (the has-zero-byte test). */
    private int indexOfNewline(int from, int to) {
        byte[] b = buffer;
        int i = from;
        for (; to - i >= Long.BYTES; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGH_BITS;
            if (found != 0) {
                // the lowest flagged byte is exact (borrows only run towards higher bytes)
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void compact() {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !eof) {
            fill();
        }
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }
}
