package io.github.unionkit.io.registry;

import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.registry.internal.CsvSource;
import io.github.unionkit.io.registry.internal.JsonLinesSource;
import io.github.unionkit.io.registry.internal.RowSource;
import io.github.unionkit.model.member.Member;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a registry file record by record, as an iterator or a closeable {@link Stream}, in memory
 * independent of the file's size.
 *
 * <p>Every record becomes a {@link RegistryRow}: a {@link Member}, or a {@link Rejection} with its line
 * number and reason; a bad record never stops the rows that follow it in JSON Lines. Blank lines are
 * not records. An unrecoverable problem (an I/O error, broken CSV quoting, an over-long CSV line) is
 * returned as one last rejected row, after which {@link #stoppedEarly()} is true.
 *
 * <pre>{@code
 * try (RegistryReader reader = RegistryReader.open(Path.of("registry.jsonl"));
 *      Stream<RegistryRow> rows = reader.rows()) {
 *     rows.forEach(row -> ...);
 * }
 * }</pre>
 * A reader is single-use and not thread-safe; closing it closes the input.
 */
public final class RegistryReader implements Closeable {

    private final RowSource source;
    private final RegistryFormat format;
    private boolean consumed;
    private long rowsRead;

    private RegistryReader(RowSource source, RegistryFormat format) {
        this.source = source;
        this.format = format;
    }

    /**
     * Opens a file in the format its extension names, with the default options.
     *
     * @param file the file, not null
     * @return the reader
     * @throws IllegalArgumentException if the extension names no format
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static RegistryReader open(Path file) {
        return open(file, RegistryFormat.of(file), RegistryReadOptions.defaults());
    }

    /**
     * Opens a file.
     *
     * @param file the file, not null
     * @param format its format, not null
     * @param options how to read it, not null
     * @return the reader
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static RegistryReader open(Path file, RegistryFormat format, RegistryReadOptions options) {
        Objects.requireNonNull(file, "file");
        try {
            return open(Files.newInputStream(file), format, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a stream, which the reader owns from now on and closes when it is closed.
     *
     * @param input the input, not null; buffering is done by the reader
     * @param format its format, not null
     * @param options how to read it, not null
     * @return the reader
     */
    public static RegistryReader open(InputStream input, RegistryFormat format, RegistryReadOptions options) {
        return open(input, format, options, KnownOrganizations.NONE);
    }

    /** Opens a stream, reusing the organization ids of an import's tree. */
    static RegistryReader open(InputStream input, RegistryFormat format, RegistryReadOptions options,
            KnownOrganizations known) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        RowSource source = format == RegistryFormat.CSV
                ? new CsvSource(input, options, known) : new JsonLinesSource(input, options, known);
        return new RegistryReader(source, format);
    }

    /**
     * Returns the format being read.
     *
     * @return the format
     */
    public RegistryFormat format() {
        return format;
    }

    /**
     * Reads the next row.
     *
     * @return the next row, or empty at the end of the input
     */
    public java.util.Optional<RegistryRow> next() {
        RegistryRow row = source.next();
        if (row != null) {
            rowsRead++;
        }
        return java.util.Optional.ofNullable(row);
    }

    /**
     * Returns the rows as an iterator; may be called once.
     *
     * @return the iterator
     * @throws IllegalStateException if rows were already requested
     */
    public Iterator<RegistryRow> iterator() {
        claim();
        return new Iterator<>() {
            private RegistryRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = RegistryReader.this.next().orElse(null);
                }
                return next != null;
            }

            @Override
            public RegistryRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RegistryRow row = next;
                next = null;
                return row;
            }
        };
    }

    /**
     * Returns the rows as a sequential stream whose {@code close()} closes this reader; may be called
     * once.
     *
     * @return the stream of rows in file order
     * @throws IllegalStateException if rows were already requested
     */
    public Stream<RegistryRow> rows() {
        Iterator<RegistryRow> iterator = iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Returns the members, failing at the first rejected record; may be called once.
     *
     * @return the stream of members in file order, closing this reader when closed
     * @throws IllegalStateException if rows were already requested
     * @throws RegistryReadException from the stream's terminal operation, at the first rejected
     *     record
     */
    public Stream<Member> members() {
        return rows().map(row -> row.member().orElseThrow(
                () -> new RegistryReadException(row.rejection().orElseThrow())));
    }

    /**
     * Returns how many rows (members and rejections) were read so far.
     *
     * @return the count
     */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Tells whether an unrecoverable problem ended the read before the end of the input.
     *
     * @return true if the read stopped early
     */
    public boolean stoppedEarly() {
        return source.stoppedEarly();
    }

    /**
     * Closes the input.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void claim() {
        if (consumed) {
            throw new IllegalStateException("the rows of a registry reader can be requested once");
        }
        consumed = true;
    }
}
