package io.github.unionkit.io.registry;

import io.github.unionkit.io.registry.internal.RecordWriters;
import io.github.unionkit.model.member.Member;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes registry records, one {@link Member} at a time, as JSON Lines or CSV (with a header row),
 * UTF-8 with {@code "\n"} line ends. Memory does not grow with the number of records.
 *
 * <p>Writing personal data (names, card numbers, birth dates) is the caller's decision; for analytics
 * outside the union use {@link PseudonymizedExport}. A writer is not thread-safe; closing it closes
 * the output.
 */
public final class RegistryWriter implements Closeable {

    private final RecordWriters.RecordSink sink;
    private long written;

    private RegistryWriter(RecordWriters.RecordSink sink) {
        this.sink = sink;
    }

    /**
     * Creates (or replaces) a file in the format its extension names.
     *
     * @param file the file, not null
     * @return the writer
     * @throws IllegalArgumentException if the extension names no format
     * @throws UncheckedIOException if the file cannot be created
     */
    public static RegistryWriter open(Path file) {
        return open(file, RegistryFormat.of(file));
    }

    /**
     * Creates (or replaces) a file.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @return the writer
     * @throws UncheckedIOException if the file cannot be created
     */
    public static RegistryWriter open(Path file, RegistryFormat format) {
        Objects.requireNonNull(file, "file");
        try {
            return open(Files.newOutputStream(file), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes to a stream, which the writer owns from now on and closes when it is closed.
     *
     * @param output the output, not null; buffering is done by the writer
     * @param format the format, not null
     * @return the writer
     */
    public static RegistryWriter open(OutputStream output, RegistryFormat format) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        OutputStream buffered = new BufferedOutputStream(output, 64 * 1024);
        return new RegistryWriter(format == RegistryFormat.CSV
                ? RecordWriters.csv(buffered) : RecordWriters.jsonLines(buffered));
    }

    /**
     * Writes one record.
     *
     * @param member the member, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(Member member) {
        Objects.requireNonNull(member, "member");
        sink.write(member);
        written++;
    }

    /**
     * Returns how many records were written.
     *
     * @return the count
     */
    public long written() {
        return written;
    }

    /**
     * Flushes and closes the output.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        sink.close();
    }
}
