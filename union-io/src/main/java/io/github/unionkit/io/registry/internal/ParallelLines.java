package io.github.unionkit.io.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads lines on the calling thread, processes batches of them on worker threads, and hands the
 * results back to the calling thread in input order. At most {@code 2 × threads} batches are in
 * flight, so memory stays bounded whatever the input size.
 */
public final class ParallelLines {

    // below half a G1 region of a small heap, so that batches are never "humongous" objects
    private static final int BATCH_BYTES = 192 * 1024;
    private static final int BATCH_LINES = 2_048;

    /** How a read ended. */
    public static final class End {

        private final long lastLine;
        private final IOException failure;

        End(long lastLine, IOException failure) {
            this.lastLine = lastLine;
            this.failure = failure;
        }

        /**
         * Returns the number of the last line read.
         *
         * @return the line number, 0 for empty input
         */
        public long lastLine() {
            return lastLine;
        }

        /**
         * Returns the I/O failure that ended the read, if any.
         *
         * @return the failure, or null at a normal end
         */
        public IOException failure() {
            return failure;
        }
    }

    private ParallelLines() {
    }

    /**
     * Processes every non-blank line of the input.
     *
     * @param in the input, not closed
     * @param maxLineLength the longest line in bytes
     * @param threads the number of worker threads, at least 1
     * @param worker processes one batch, on a worker thread; must be thread-safe, and its result must not
     *     refer to the batch, which is reused once the result is taken
     * @param sink receives each batch's result on the calling thread, in input order
     * @param <R> the result type
     * @return how the read ended
     */
    public static <R> End run(InputStream in, int maxLineLength, int threads, Function<LineBatch, R> worker,
            Consumer<R> sink) {
        LineSplitter lines = new LineSplitter(in, maxLineLength);
        Entries entries = batch -> {
            while (lines.next()) {
                if (!lines.isBlank()) {
                    batch.add(lines.lineNumber(), lines.buffer(), lines.start(), lines.length(), lines.isTooLong());
                    return true;
                }
            }
            return false;
        };
        IOException failure = run(entries, maxLineLength, threads, worker, sink);
        return new End(lines.lineNumber(), failure);
    }

    /** Adds the next entry of the input to a batch, on the reading thread. */
    @FunctionalInterface
    public interface Entries {
        /**
         * Adds one entry.
         *
         * @param batch the batch being filled
         * @return false at the end of the input (nothing added)
         * @throws IOException if reading fails
         */
        boolean addNext(LineBatch batch) throws IOException;
    }

    /**
     * Processes every entry of an input, batch by batch, as {@link #run(InputStream, int, int, Function,
     * Consumer)} does with lines.
     *
     * @param entries adds the input's entries, on the calling thread
     * @param maxLineLength the longest entry in bytes
     * @param threads the number of worker threads, at least 1
     * @param worker processes one batch, on a worker thread; must be thread-safe, and its result must not
     *     refer to the batch, which is reused once the result is taken
     * @param sink receives each batch's result on the calling thread, in input order
     * @param <R> the result type
     * @return the I/O failure that ended the read, or null
     */
    public static <R> IOException run(Entries entries, int maxLineLength, int threads, Function<LineBatch, R> worker,
            Consumer<R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        // batches come back once their result is taken: a quarter of a 5-million-record import's
        // allocation was new batches (measured with JFR), now there are at most 2 × threads + 1
        Deque<LineBatch> submitted = new ArrayDeque<>();
        Deque<LineBatch> free = new ArrayDeque<>();
        IOException failure = null;
        try {
            LineBatch batch = new LineBatch(BATCH_BYTES + maxLineLength, BATCH_LINES);
            try {
                while (entries.addNext(batch)) {
                    if (batch.size() >= BATCH_LINES || batch.bytes() >= BATCH_BYTES) {
                        submit(pool, inFlight, batch, worker);
                        submitted.addLast(batch);
                        batch = free.isEmpty() ? new LineBatch(BATCH_BYTES + maxLineLength, BATCH_LINES)
                                : free.removeFirst();
                        while (inFlight.size() >= 2 * threads) {
                            sink.accept(await(inFlight.removeFirst()));
                            LineBatch done = submitted.removeFirst();
                            done.clear();
                            free.addLast(done);
                        }
                    }
                }
            } catch (IOException e) {
                failure = e;
            }
            if (batch.size() > 0) {
                submit(pool, inFlight, batch, worker);
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            for (Future<R> future : inFlight) {
                future.cancel(true);
            }
            pool.shutdownNow();
        }
        return failure;
    }

    private static <R> void submit(ExecutorService pool, Deque<Future<R>> inFlight, LineBatch batch,
            Function<LineBatch, R> worker) {
        inFlight.addLast(pool.submit(() -> worker.apply(batch)));
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "unionkit-registry-import");
            thread.setDaemon(true);
            return thread;
        };
    }
}
