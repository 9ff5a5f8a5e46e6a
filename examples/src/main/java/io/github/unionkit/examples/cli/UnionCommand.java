package io.github.unionkit.examples.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code union}: the top of the command tree. It owns the options every command inherits
 * ({@code --lang}, {@code --debug}); run alone it prints the list of commands and exits with 2.
 */
@Command(name = "union",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            CheckCommand.class,
            DeadlineCommand.class,
            NumberCommand.class,
            RefsCommand.class,
            RenderCommand.class,
            RegistryCommand.class,
            CommandLine.HelpCommand.class
        })
final class UnionCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    // Read before picocli runs (Main.requestedLang) so the help itself is localized; declared here so
    // picocli validates the value and lists the option under every command.
    @Option(names = "--lang", paramLabel = "ru|en", scope = ScopeType.INHERIT)
    private Lang lang;

    // Read before picocli runs (Main.execute), declared for help and validation.
    @Option(names = "--debug", scope = ScopeType.INHERIT)
    private boolean debug;

    UnionCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return ExitCode.BAD_INPUT;
    }
}
