package io.github.unionkit.io.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Copies a registry with every member pseudonymized (see {@link Pseudonymizer}), for analytics outside
 * the union. Records that cannot be read are not written; they are counted and reported, never
 * silently dropped. Streams: memory does not depend on the registry's size.
 */
public final class PseudonymizedExport {

    private static final int RETAINED = 1_000;

    private PseudonymizedExport() {
    }

    /**
     * Exports one file to another; formats follow the file extensions (so JSON Lines can become CSV).
     *
     * @param source the registry, not null
     * @param target the export to create or replace, not null
     * @param pseudonymizer the keyed pseudonymizer, not null
     * @return the report
     * @throws java.io.UncheckedIOException if a file cannot be read or written
     */
    public static ExportReport run(Path source, Path target, Pseudonymizer pseudonymizer) {
        try (RegistryReader reader = RegistryReader.open(source);
                RegistryWriter writer = RegistryWriter.open(target)) {
            return run(reader, writer, pseudonymizer, rejection -> { });
        }
    }

    /**
     * Exports the remaining rows of a reader to a writer (both closed by the caller).
     *
     * @param reader the registry, not null
     * @param writer the export, not null
     * @param pseudonymizer the keyed pseudonymizer, not null
     * @param onRejection receives every record that could not be read, not null
     * @return the report
     */
    public static ExportReport run(RegistryReader reader, RegistryWriter writer, Pseudonymizer pseudonymizer,
            Consumer<Rejection> onRejection) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        Objects.requireNonNull(onRejection, "onRejection");
        long read = 0;
        long written = 0;
        long rejected = 0;
        List<Rejection> kept = new ArrayList<>();
        Optional<RegistryRow> next;
        while ((next = reader.next()).isPresent()) {
            RegistryRow row = next.get();
            read++;
            if (row.hasMember()) {
                writer.write(pseudonymizer.pseudonymize(row.member().orElseThrow()));
                written++;
            } else {
                Rejection rejection = row.rejection().orElseThrow();
                rejected++;
                if (kept.size() < RETAINED) {
                    kept.add(rejection);
                }
                onRejection.accept(rejection);
            }
        }
        return new ExportReport(read, written, rejected, kept, reader.stoppedEarly());
    }
}
