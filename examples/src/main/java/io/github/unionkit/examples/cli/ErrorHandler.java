package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.model.error.UnionKitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Turns every failure into exit code {@link ExitCode#BAD_INPUT} and one line on stderr. The stack trace
 * is printed only with {@code --debug}: users see a reason, never a trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler, CommandLine.IExitCodeExceptionMapper {
    private final CliContext context;

    ErrorHandler(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        report(commandLine, reason(exception), exception);
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        report(commandLine, parameterReason(exception), exception);
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            context.err().println(context.messages().get("error.didYouMean",
                    String.join(", ", unmatched.getSuggestions())));
        }
        context.err().println(context.messages().get("error.tryHelp", commandLine.getCommandSpec().qualifiedName()));
        return ExitCode.BAD_INPUT;
    }

    /**
     * picocli's own complaints in the user's language: the common ones by type, with the option names
     * they are about; anything rarer keeps picocli's English text.
     */
    private String parameterReason(CommandLine.ParameterException exception) {
        Messages m = context.messages();
        if (exception instanceof CommandLine.MissingParameterException missing) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (CommandLine.Model.ArgSpec arg : missing.getMissing()) {
                names.add(arg instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                        : ((CommandLine.Model.PositionalParamSpec) arg).paramLabel());
            }
            return m.get("error.missingParameter", String.join(", ", names));
        }
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return m.get("error.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (exception instanceof CommandLine.OverwrittenOptionException overwritten) {
            CommandLine.Model.ArgSpec twice = overwritten.getOverwritten();
            return m.get("error.optionTwice", twice instanceof CommandLine.Model.OptionSpec option
                    ? option.longestName() : twice.paramLabel());
        }
        if (exception instanceof CommandLine.MutuallyExclusiveArgsException) {
            return m.get("error.exclusiveOptions");
        }
        if (exception.getArgSpec() != null && exception.getCause() instanceof CommandLine.TypeConversionException why) {
            // UnionKit's converters explain in the user's language (and never echo personal data).
            String name = exception.getArgSpec() instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                    : exception.getArgSpec().paramLabel();
            return m.get("error.badValueBecause", name, conversionReason(exception.getArgSpec(), why));
        }
        if (exception.getArgSpec() != null && exception.getValue() != null) {
            // The value itself is not repeated: it may be a card number or a member's id.
            String name = exception.getArgSpec() instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                    : exception.getArgSpec().paramLabel();
            return m.get("error.badValue", name);
        }
        return exception.getMessage();
    }

    /**
     * Why a value could not be converted, in the user's language: picocli's own converters say
     * "'1e6' is not a long" in English (and echo the value), so numbers and choices get UnionKit's
     * texts; UnionKit's converters already explain in the user's language.
     */
    private String conversionReason(CommandLine.Model.ArgSpec arg, CommandLine.TypeConversionException why) {
        Messages m = context.messages();
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return m.get("error.expectedInteger");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return m.get("error.expectedNumber");
        }
        if (type.isEnum()) {
            java.util.List<String> values = new java.util.ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
            }
            return m.get("error.expectedOneOf", String.join(", ", values));
        }
        return why.getMessage();
    }

    @Override
    public int getExitCode(Throwable exception) {
        return ExitCode.BAD_INPUT;
    }

    private void report(CommandLine commandLine, String reason, Throwable exception) {
        String command = commandLine.getCommandSpec().qualifiedName();
        context.err().println(context.messages().get("error.line", command, oneLine(reason)));
        if (context.debug()) {
            exception.printStackTrace(context.err());
        }
        context.err().flush();
    }

    /** The user-facing reason of a failure; library exceptions already carry a precise message. */
    private String reason(Throwable exception) {
        Messages messages = context.messages();
        Throwable failure = exception instanceof UncheckedIOException ? exception.getCause() : exception;
        if (failure instanceof BadInputException) {
            return failure.getMessage();
        }
        if (failure instanceof UnionKitException ours) {
            // Every UnionKit failure speaks the user's language; getMessage() is English only.
            return ours.message(messages.locale());
        }
        if (failure instanceof JsonInputException json) {
            return json.message(messages.locale());
        }
        if (failure instanceof NoSuchFileException) {
            return messages.get("error.noSuchFile", failure.getMessage());
        }
        if (failure instanceof AccessDeniedException) {
            return messages.get("error.accessDenied", failure.getMessage());
        }
        if (failure instanceof IOException) {
            return messages.get("error.io", String.valueOf(failure.getMessage()));
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : message + debugHint(failure);
    }

    private String debugHint(Throwable failure) {
        boolean ours = failure.getClass().getName().startsWith("io.github.unionkit.");
        return ours || context.debug() ? "" : " (" + failure.getClass().getSimpleName() + ")";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
