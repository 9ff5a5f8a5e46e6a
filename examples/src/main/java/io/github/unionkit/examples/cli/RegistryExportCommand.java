package io.github.unionkit.examples.cli;

import io.github.unionkit.io.registry.ExportReport;
import io.github.unionkit.io.registry.PseudonymizedExport;
import io.github.unionkit.io.registry.Pseudonymizer;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code union registry export FILE --out FILE [--key-file KEY]}: the pseudonymised export of a
 * registry ({@link PseudonymizedExport}): member ids replaced by keyed-hash pseudonyms, names, card
 * numbers and birth dates removed; the formats follow the extensions. With the same key file the same
 * member gets the same pseudonym in every export; without one a random key is used. Exit code 0 when
 * every record was exported, 1 when some could not be read (they are not written), 2 on bad input.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class RegistryExportCommand implements Callable<Integer> {

    private static final int RANDOM_KEY_BYTES = 32;
    private static final int MIN_KEY_BYTES = 16;

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "union.registry.export.file")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", required = true)
    private Path out;

    @Option(names = "--key-file", paramLabel = "KEY")
    private Path keyFile;

    @Mixin
    private CsvDialectOptions csvDialect = new CsvDialectOptions();

    @Mixin
    private ProgressOptions progress = new ProgressOptions();

    RegistryExportCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        InputFiles.requireFile(file, m);
        RegistryFormat source = InputFiles.registryFormat(file, m);
        RegistryFormat target = InputFiles.registryFormat(out, m);
        if (same(file, out)) {
            throw new BadInputException(m.get("error.exportSameFile", out));
        }
        Pseudonymizer pseudonymizer = Pseudonymizer.withKey(key(m));
        ExportReport report;
        try (RegistryWriter writer = RegistryWriter.open(out, target)) {
            report = progress.read(context, file, source, csvDialect.readOptions(m),
                    reader -> PseudonymizedExport.run(reader, writer, pseudonymizer, rejection -> { }));
        }
        Formats f = new Formats(m);
        context.out().println(m.get("export.done", f.count(report.written()), out));
        if (report.rejected() > 0) {
            context.err().println(m.get("export.rejected", f.count(report.rejected()), file));
        }
        context.out().flush();
        context.err().flush();
        return report.rejected() == 0 && !report.stoppedEarly() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] key(Messages m) {
        if (keyFile == null) {
            context.err().println(m.get("export.randomKey"));
            byte[] key = new byte[RANDOM_KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
        InputFiles.requireFile(keyFile, m);
        byte[] key;
        try {
            key = Files.readAllBytes(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new BadInputException(m.get("error.keyFile", keyFile, MIN_KEY_BYTES));
        }
        return key;
    }
}
