package io.github.unionkit.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for long reads: drawn only once a read has taken a second, redrawn
 * at most five times a second, erased when done. Single-threaded, like the read it follows.
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
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;
    private LongSupplier records = () -> 0;

    ProgressBar(CliContext context, long totalBytes, Mode mode) {
        this.err = context.err();
        this.messages = context.messages();
        this.formats = new Formats(context.messages());
        this.totalBytes = totalBytes;
        this.enabled = mode == Mode.ALWAYS || mode == Mode.AUTO && context.errIsTerminal();
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
        int percent = totalBytes <= 0 ? 0 : (int) Math.min(100, bytes * 100 / totalBytes);
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "%  "
                + messages.get("progress.records", formats.count(records.getAsLong())) + "  "
                + formats.count(bytes / (1024 * 1024)) + "/" + formats.count(totalBytes / (1024 * 1024)) + " MB ");
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
