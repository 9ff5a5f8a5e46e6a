package io.github.unionkit.io.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 well-formedness (The Unicode Standard, table 3-7): no overlong forms ({@code C0 80},
 * {@code C1 85}, {@code E0 80 80} ...), no encoded surrogates ({@code ED A0 80} ...), nothing above
 * U+10FFFF ({@code F4 90 80 80}, {@code F5} ...), no truncated sequences and no stray continuation
 * bytes. Jackson's UTF-8 decoders accept some of these and decode them to other characters, which is a
 * known way past filters; UnionKit checks the bytes before any parser sees them.
 */
public final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Returns the index of the first byte of the first ill-formed sequence in {@code b[from, to)}, or
     * -1 if the range is well-formed UTF-8. A sequence cut off by {@code to} is ill-formed.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the end index (exclusive)
     * @return the index of the first bad byte, or -1
     */
    public static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            // ASCII runs (keys, ids, dates: most of a registry record) 8 bytes at a time
            if (to - i >= Long.BYTES && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            // two-byte sequences (Cyrillic names) without the general checks: lead C2 to DF, one continuation
            if (c >= (byte) 0xC2 && c <= (byte) 0xDF && to - i >= 2 && (b[i + 1] & 0xC0) == 0x80) {
                i += 2;
                // the rest of a Cyrillic word, pair by pair
                while (to - i >= 2 && b[i] >= (byte) 0xC2 && b[i] <= (byte) 0xDF && (b[i + 1] & 0xC0) == 0x80) {
                    i += 2;
                }
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /**
     * Returns the length of the well-formed multi-byte sequence starting at {@code b[i]}, 0 if it is
     * ill-formed, or -(bytes needed) if it is well-formed so far but cut off by {@code to}.
     */
    private static int sequenceLength(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        int length;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                min2 = 0xA0;
            } else if (lead == 0xED) {
                max2 = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                min2 = 0x90;
            } else if (lead == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= to) {
                return -(length - k);
            }
            int c = b[i + k] & 0xFF;
            int min = k == 1 ? min2 : 0x80;
            int max = k == 1 ? max2 : 0xBF;
            if (c < min || c > max) {
                return 0;
            }
        }
        return length;
    }

    /** Reading stopped at an ill-formed UTF-8 sequence; carries its position. */
    public static final class MalformedException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long offset;
        private final int line;
        private final int column;

        MalformedException(long offset, int line, int column) {
            super("invalid UTF-8 at line " + line + ", column " + column + " (byte offset " + offset + ")");
            this.offset = offset;
            this.line = line;
            this.column = column;
        }

        /**
         * Returns the 0-based byte offset of the first bad byte.
         *
         * @return the offset
         */
        public long offset() {
            return offset;
        }

        /**
         * Returns the 1-based line of the first bad byte.
         *
         * @return the line
         */
        public int line() {
            return line;
        }

        /**
         * Returns the 1-based column (in bytes) of the first bad byte.
         *
         * @return the column
         */
        public int column() {
            return column;
        }
    }

    /**
     * Wraps a stream so that reading fails with a {@link MalformedException} at the first ill-formed
     * UTF-8 sequence. Input that starts like UTF-16 or UTF-32 (a byte order mark or a zero byte in its
     * first four bytes) is passed through unchecked, for Jackson's own detection and decoders.
     *
     * @param in the input
     * @return the checking stream
     */
    public static InputStream checking(InputStream in) {
        return new CheckingStream(in);
    }

    private static final class CheckingStream extends FilterInputStream {

        private final byte[] carry = new byte[4];
        private int carried;
        private boolean decided;
        private boolean passThrough;
        private final byte[] head = new byte[4];
        private int headLength;
        private int headPos;
        private long offset;
        private int line = 1;
        private int column = 1;

        CheckingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n;
            do {
                n = read(one, 0, 1);
            } while (n == 0);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!decided) {
                decide();
            }
            if (headPos < headLength) {
                int n = Math.min(len, headLength - headPos);
                System.arraycopy(head, headPos, buffer, off, n);
                headPos += n;
                return passThrough ? n : check(buffer, off, n, false);
            }
            int n = super.read(buffer, off, len);
            if (passThrough) {
                return n;
            }
            if (n < 0) {
                if (carried > 0) {
                    throw malformed(0);
                }
                return n;
            }
            return check(buffer, off, n, false);
        }

        private void decide() throws IOException {
            decided = true;
            while (headLength < 4) {
                int n = super.read(head, headLength, 4 - headLength);
                if (n < 0) {
                    break;
                }
                headLength += n;
            }
            if (headLength >= 2) {
                int b0 = head[0] & 0xFF;
                int b1 = head[1] & 0xFF;
                boolean bom16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
                boolean zero = false;
                for (int i = 0; i < headLength; i++) {
                    zero |= head[i] == 0;
                }
                passThrough = bom16 || zero;
            }
        }

        /** Checks {@code n} new bytes, together with an unfinished sequence carried from before. */
        private int check(byte[] buffer, int off, int n, boolean end) throws IOException {
            int i = off;
            int stop = off + n;
            // finish a sequence carried over from the previous block
            while (carried > 0 && i < stop) {
                carry[carried++] = buffer[i++];
                int r = sequenceLength(carry, 0, carried);
                if (r == 0) {
                    throw malformed(0);
                }
                if (r > 0) {
                    advance(carry, 0, carried);
                    carried = 0;
                }
            }
            while (i < stop) {
                int c = buffer[i];
                if (c >= 0) {
                    advanceAscii((byte) c);
                    i++;
                    continue;
                }
                int r = sequenceLength(buffer, i, stop);
                if (r == 0) {
                    throw malformed(0);
                }
                if (r < 0) {
                    carried = stop - i;
                    System.arraycopy(buffer, i, carry, 0, carried);
                    break;
                }
                advance(buffer, i, i + r);
                i += r;
            }
            return n;
        }

        private void advanceAscii(byte c) {
            offset++;
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }

        private void advance(byte[] b, int from, int to) {
            offset += to - from;
            column++;
        }

        private MalformedException malformed(int ignored) {
            return new MalformedException(offset, line, column);
        }
    }
}
