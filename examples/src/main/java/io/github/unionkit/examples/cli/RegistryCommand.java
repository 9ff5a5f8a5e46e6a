package io.github.unionkit.examples.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code union registry}: the membership registry commands ({@code check}, {@code generate}, {@code sample}, {@code eligibility}, {@code stats}, {@code export}). */
@Command(name = "registry", mixinStandardHelpOptions = true,
        subcommands = {RegistryCheckCommand.class, RegistryGenerateCommand.class, RegistrySampleCommand.class,
            RegistryEligibilityCommand.class, RegistryStatsCommand.class, RegistryExportCommand.class})
final class RegistryCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    RegistryCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return ExitCode.BAD_INPUT;
    }
}
