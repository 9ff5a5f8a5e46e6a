package io.github.unionkit.examples.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The entry point of the {@code union} command line ({@code java -jar examples/target/union.jar}).
 *
 * <p>Exit codes: {@link ExitCode#OK 0} valid, {@link ExitCode#VIOLATIONS 1} violations of severity
 * error, {@link ExitCode#BAD_INPUT 2} bad input (one line on stderr; a stack trace only with
 * {@code --debug}).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        quietLibraryLogging(List.of(args).contains("--debug"));
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset), true);
        int code = execute(args, out, err, Locale.getDefault(), Clock.systemDefaultZone(), StderrTerminal.isTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting: the form used by tests and by programs that embed it.
     *
     * @param args the command line arguments, not null
     * @param out where reports and help go, not null
     * @param err where errors and progress go, not null
     * @param defaultLocale the locale that chooses the language when {@code --lang} is absent, not null
     * @param clock the clock that defines "today" when no date is given, not null
     * @param errIsTerminal whether {@code err} is an interactive terminal
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Locale defaultLocale, Clock clock,
            boolean errIsTerminal) {
        Objects.requireNonNull(args, "args");
        Lang lang = requestedLang(List.of(args)).orElse(Lang.fromLocale(Objects.requireNonNull(defaultLocale, "defaultLocale")));
        boolean debug = List.of(args).contains("--debug");
        CliContext context = new CliContext(out, err, Messages.of(lang), debug, clock, errIsTerminal);
        CommandLine commandLine = newCommandLine(context);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Builds the picocli command tree wired to a context: localized help, exit codes and error handlers.
     *
     * @param context the context, not null
     * @return the command line, ready to {@code execute}
     */
    static CommandLine newCommandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new UnionCommand(context), new ContextFactory(context));
        commandLine.setResourceBundle(Messages.bundle(Messages.HELP_BUNDLE, context.messages().lang()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        ErrorHandler handler = new ErrorHandler(context);
        commandLine.setExecutionExceptionHandler(handler);
        commandLine.setParameterExceptionHandler(handler);
        commandLine.setExitCodeExceptionMapper(handler);
        return commandLine;
    }

    /**
     * Routes Hibernate Validator's JBoss Logging to SLF4J and keeps library log lines off the user's
     * terminal unless {@code --debug} asks for them; explicit system properties win.
     */
    private static void quietLibraryLogging(boolean debug) {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // Apache POI logs through the Log4j API; without a provider it complains on every run.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "error");
        }
    }

    /** Reads {@code --lang X} or {@code --lang=X} before picocli runs, so help is localized too. */
    private static java.util.Optional<Lang> requestedLang(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ("--".equals(arg)) {
                break;
            }
            String value = null;
            if ("--lang".equals(arg) && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
            }
            if (value != null) {
                for (Lang lang : Lang.values()) {
                    if (lang.name().equalsIgnoreCase(value)) {
                        return java.util.Optional.of(lang);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The console's charset when the JVM reports one that can print Cyrillic (Java 19+
     * {@code stdout.encoding}, or the console encoding of older JDKs), UTF-8 otherwise, so the
     * decree's Russian text never turns into question marks in a C/POSIX locale.
     */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        if (name != null && Charset.isSupported(name)) {
            Charset charset = Charset.forName(name);
            if (charset.canEncode() && charset.newEncoder().canEncode("Профсоюз №")) {
                return charset;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
