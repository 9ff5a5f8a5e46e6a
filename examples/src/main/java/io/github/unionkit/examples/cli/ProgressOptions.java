package io.github.unionkit.examples.cli;

import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Option;

/**
 * The {@code --progress auto|always|never} option of every long command, and the reads and writes it
 * follows with a {@link ProgressBar} on stderr.
 */
final class ProgressOptions {

    @Option(names = "--progress", paramLabel = "auto|always|never", descriptionKey = "progress")
    private ProgressBar.Mode mode = ProgressBar.Mode.AUTO;

    /**
     * Returns when the bar is drawn.
     *
     * @return the mode
     */
    ProgressBar.Mode mode() {
        return mode;
    }

    /**
     * Streams a registry file through {@code work}, drawing the share of the file read so far.
     *
     * @param <T> what the work returns
     * @param context the command line's context
     * @param file the registry file
     * @param format its format
     * @param options the read options
     * @param work what to do with the reader
     * @return what the work returned
     */
    <T> T read(CliContext context, Path file, RegistryFormat format, RegistryReadOptions options,
            Function<RegistryReader, T> work) {
        return read(context, file, input -> RegistryReader.open(input, format, options), work);
    }

    /**
     * Streams a registry file through {@code work} with a reader of the caller's making (an import's),
     * drawing the share of the file read so far.
     *
     * @param <T> what the work returns
     * @param context the command line's context
     * @param file the registry file
     * @param open makes the reader of the tracked stream
     * @param work what to do with the reader
     * @return what the work returned
     */
    <T> T read(CliContext context, Path file, Function<InputStream, RegistryReader> open,
            Function<RegistryReader, T> work) {
        ProgressBar bar = ProgressBar.ofBytes(context, size(file), mode);
        try (InputStream input = bar.track(Files.newInputStream(file));
                RegistryReader reader = open.apply(input)) {
            bar.countRecordsWith(reader::rowsRead);
            return work.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            bar.finish();
        }
    }

    /**
     * Imports a registry file as the library does (in parallel where that applies), drawing the share
     * of the file read so far.
     *
     * @param context the command line's context
     * @param file the registry file
     * @param registryImport the import
     * @return its report
     */
    ImportReport importFile(CliContext context, Path file, RegistryImport registryImport) {
        ProgressBar bar = ProgressBar.ofBytes(context, size(file), mode);
        try {
            return registryImport.run(file, bar::track);
        } finally {
            bar.finish();
        }
    }

    /**
     * Writes a file of {@code records} lines through {@code work}, drawing the share of lines written.
     *
     * @param context the command line's context
     * @param file the file to write
     * @param records how many lines will be written
     * @param work the writing, given the tracked stream; returns what it counts as written
     * @return what the work returned
     */
    long write(CliContext context, Path file, long records, ToLongFunction<OutputStream> work) {
        ProgressBar bar = ProgressBar.ofRecords(context, records, mode);
        try (OutputStream output = bar.trackLines(Files.newOutputStream(file))) {
            return work.applyAsLong(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            bar.finish();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
