package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.registry.RegistryRow;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where registry rows come from: one implementation per file format.
 */
public interface RowSource extends Closeable {

    /**
     * Reads the next record.
     *
     * @return the next row, or null at the end of the input (or after an unrecoverable error, which
     *     is itself returned once as a row with reason {@code UNREADABLE} or {@code LINE_TOO_LONG})
     */
    RegistryRow next();

    /**
     * Tells whether the source stopped before the end of its input because of an unrecoverable error.
     *
     * @return true if stopped early
     */
    boolean stoppedEarly();

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    void close() throws IOException;
}
