package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code union registry generate N FILE}: writes a synthetic registry of N members (JSON Lines or CSV
 * by the file's extension) and its organization tree next to it, for tests and demonstrations. Every
 * person is invented; the same seed gives byte-identical files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class RegistryGenerateCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "N", descriptionKey = "union.registry.generate.n")
    private long members;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "union.registry.generate.file")
    private Path file;

    @Option(names = "--seed", paramLabel = "SEED")
    private long seed = 2021;

    @Option(names = "--invalid-share", paramLabel = "SHARE")
    private double invalidShare;

    @Option(names = "--personal-data")
    private boolean personalData;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate asOf = LocalDate.of(2021, 1, 1);

    @picocli.CommandLine.Mixin
    private ProgressOptions progress = new ProgressOptions();

    RegistryGenerateCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        if (members < 0 || members > 100_000_000L) {
            throw new BadInputException(m.get("error.memberCount", members));
        }
        if (invalidShare < 0 || invalidShare >= 1) {
            throw new BadInputException(m.get("error.invalidShare", invalidShare));
        }
        RegistryFormat registryFormat = InputFiles.registryFormat(file, m);
        RegistryGenerator.Builder builder = RegistryGenerator.builder().seed(seed).members(members).asOf(asOf)
                .personalData(personalData).invalidShare(invalidShare);
        sizeTree(builder);
        RegistryGenerator generator = builder.build();
        long records = members + Math.round(members * invalidShare / (1 - invalidShare));
        long written = progress.write(context, file, records, output -> generator.write(output, registryFormat));
        Path tree = organizationsFileFor(file);
        try (OutputStream out = Files.newOutputStream(tree)) {
            UnionJson.writeDocument(generator.organizations(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Formats f = new Formats(m);
        context.out().println(m.get("generate.done", f.count(written), file, f.count(generator.organizations().size()), tree));
        context.out().println(m.get("generate.next", file, tree));
        context.out().flush();
        return ExitCode.OK;
    }

    /** A tree in proportion to the registry: a national one only for a national-size registry. */
    private void sizeTree(RegistryGenerator.Builder builder) {
        if (members <= 20_000) {
            builder.organizations(1, 8, 10, 2);
        } else if (members <= 1_000_000) {
            builder.organizations(10, 15, 30, 3);
        }
    }

    /** {@code registry.jsonl} → {@code registry.organizations.json}, next to it. */
    static Path organizationsFileFor(Path registry) {
        String name = registry.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return registry.resolveSibling(base + ".organizations.json");
    }
}
