package io.github.unionkit.examples.cli;

import io.github.unionkit.model.org.OrganizationTree;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code union check [DECREE] [--registry FILE --organizations FILE] [--as-of DATE] [--format text|json]}:
 * reads a decree, validates it with the rule catalogue against a registry, and prints the clause tree
 * with each deadline's status, the membership-size routing and the violations. Without arguments it
 * checks the bundled sample. Exit code 0 when no violation is an error, 1 otherwise, 2 on bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DECREE", descriptionKey = "union.check.decree")
    private Path decreeFile;

    @Option(names = "--registry", paramLabel = "FILE")
    private Path registryFile;

    @Option(names = "--organizations", paramLabel = "FILE")
    private Path organizationsFile;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate asOf;

    @Mixin
    private ProgressOptions progress = new ProgressOptions();

    @Mixin
    private InputLimits inputLimits = new InputLimits();

    @Option(names = "--format", paramLabel = "text|json")
    private OutputFormat format = OutputFormat.TEXT;

    CheckCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        if (registryFile != null && organizationsFile == null) {
            throw new BadInputException(m.get("error.registryNeedsOrganizations"));
        }
        Optional<OrganizationTree> tree = organizationsFile == null ? Optional.empty()
                : Optional.of(RegistryLoader.streamTree(organizationsFile, inputLimits.limits(m), m));
        DecreeLoader.Loaded decree;
        if (decreeFile != null) {
            decree = DecreeLoader.fromFile(decreeFile, tree, m);
        } else {
            decree = DecreeLoader.sample(tree.isPresent() ? tree : Optional.of(RegistryLoader.sampleTree()), m);
        }
        boolean today = asOf == null;
        LocalDate statusDate = today ? context.today() : asOf;
        // Counts as of the decree's date; as of the status date when the decree's date is unknown.
        LocalDate countsAsOf = decree.resolution.documentDate().orElse(statusDate);
        Optional<RegistryLoader.Loaded> registry;
        if (tree.isPresent()) {
            registry = Optional.of(RegistryLoader.fromFiles(tree.get(), organizationsFile,
                    Optional.ofNullable(registryFile), countsAsOf, context, progress));
        } else if (decree.sample) {
            registry = Optional.of(RegistryLoader.sample(countsAsOf, m));
        } else {
            registry = Optional.empty();
        }
        CheckResult result = CheckResult.of(decree, registry, statusDate, m.locale());
        if (format == OutputFormat.JSON) {
            new CheckJsonReport(m).print(result, context.out());
        } else {
            new CheckTextReport(m).print(result, today, context.out());
        }
        return result.isValid() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }
}
