package io.github.unionkit.examples.cli;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryWriter;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code union registry sample FILE}: writes the bundled illustrative registry of the Astrakhan region
 * (the one {@code union check} uses) and its organization tree, so it can be read, edited and checked
 * like any other registry.
 */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class RegistrySampleCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "union.registry.sample.file")
    private Path file;

    RegistrySampleCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        RegistryFormat registryFormat = InputFiles.registryFormat(file, m);
        long written;
        try (RegistryWriter writer = RegistryWriter.open(file, registryFormat)) {
            for (Member member : AstrakhanSample.members()) {
                writer.write(member);
            }
            written = writer.written();
        }
        Path tree = RegistryGenerateCommand.organizationsFileFor(file);
        OrganizationTree organizations = OrganizationTree.of(AstrakhanSample.organizations());
        try (OutputStream out = Files.newOutputStream(tree)) {
            UnionJson.writeDocument(organizations, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Formats f = new Formats(m);
        context.out().println(m.get("sample.done", f.count(written), file, f.count(organizations.size()), tree));
        context.out().println(m.get("sample.label"));
        context.out().println(m.get("sample.next", file, tree));
        context.out().flush();
        return ExitCode.OK;
    }
}
