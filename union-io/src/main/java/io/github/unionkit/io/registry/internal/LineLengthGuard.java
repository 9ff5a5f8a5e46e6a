package io.github.unionkit.io.registry.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails the read as soon as a physical line grows longer than a limit, so that a parser reading
 * through it never buffers a gigabyte line.
 */
final class LineLengthGuard extends FilterInputStream {

    /** Thrown when a line exceeds the limit. */
    static final class LineTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long line;

        LineTooLongException(long line, int limit) {
            super("line " + line + " is longer than " + limit + " bytes");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final int maxLineLength;
    private long line = 1;
    private long run;

    LineLengthGuard(InputStream in, int maxLineLength) {
        super(in);
        this.maxLineLength = maxLineLength;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            account(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    private void account(byte b) throws LineTooLongException {
        if (b == '\n') {
            line++;
            run = 0;
        } else if (++run > maxLineLength + 1L) {
            throw new LineTooLongException(line, maxLineLength);
        }
    }
}
