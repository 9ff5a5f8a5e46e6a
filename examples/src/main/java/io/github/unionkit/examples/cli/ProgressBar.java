package io.github.unionkit.examples.cli;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for long reads and writes: drawn only once the work has taken a
 * second, redrawn at most five times a second, erased when done. It measures a read by the bytes of the
 * file read so far and a write by the lines written out of those announced. Single-threaded, like the
 * work it follows.
 */
final class ProgressBar {
    /** When a progress bar is drawn. */
    enum Mode {
        /** Only when stderr is an interactive terminal. */
        AUTO,
        /** Always (e.g. to watch a long run in a log). */
        ALWAYS,
        /** Never. */
        NEVER
    }

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Formats formats;
    private final Messages messages;
    private final long totalBytes;
    private final long totalRecords;
    private long written;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;
    /** Where the count of records read comes from; none for an import whose threads count them. */
    private LongSupplier records;

    private ProgressBar(CliContext context, long totalBytes, long totalRecords, Mode mode) {
        this.err = context.err();
        this.messages = context.messages();
        this.formats = new Formats(context.messages());
        this.totalBytes = totalBytes;
        this.totalRecords = totalRecords;
        this.enabled = mode == Mode.ALWAYS || mode == Mode.AUTO && context.errIsTerminal();
    }

    /** A bar for reading a file of {@code totalBytes} bytes (unknown when negative). */
    static ProgressBar ofBytes(CliContext context, long totalBytes, Mode mode) {
        return new ProgressBar(context, totalBytes, -1, mode);
    }

    /** A bar for writing {@code totalRecords} lines. */
    static ProgressBar ofRecords(CliContext context, long totalRecords, Mode mode) {
        ProgressBar bar = new ProgressBar(context, -1, totalRecords, mode);
        bar.records = () -> bar.written;
        return bar;
    }

    /** Wraps a stream so that each line written advances the bar. */
    OutputStream trackLines(OutputStream output) {
        return new FilterOutputStream(output) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                if (b == '\n') {
                    written++;
                    update(0);
                }
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        written++;
                    }
                }
                update(0);
            }
        };
    }

    /** Sets where the bar reads the number of records so far. */
    void countRecordsWith(LongSupplier supplier) {
        this.records = Objects.requireNonNull(supplier, "supplier");
    }

    /** Wraps a stream so that reading it advances the bar. */
    InputStream track(InputStream input) {
        return new FilterInputStream(input) {
            private long position;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }

            private void advance(int n) {
                position += n;
                update(position);
            }
        };
    }

    private void update(long bytes) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        long done = totalRecords > 0 ? written : bytes;
        long total = totalRecords > 0 ? totalRecords : totalBytes;
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        String size = totalRecords > 0 ? "" : "  " + messages.get("progress.megabytes",
                formats.count(bytes / (1024 * 1024)), formats.count(Math.max(0, totalBytes) / (1024 * 1024)));
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "%  "
                + (records == null ? "" : messages.get("progress.records", formats.count(records.getAsLong())))
                + size + " ");
        err.flush();
    }

    /** Erases the bar if it was drawn. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
