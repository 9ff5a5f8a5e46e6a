package io.github.unionkit.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every command needs from its environment: where to print, in which language, whether to show
 * stack traces, and the clock that supplies "today" when the user gives no date.
 *
 * <p>The command line is an application, so it may read the system clock; it does so only through
 * this clock, which tests replace.
 */
public final class CliContext {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;
    private final boolean debug;
    private final Clock clock;
    private final boolean errIsTerminal;

    /**
     * Creates a context.
     *
     * @param out the report stream, not null
     * @param err the diagnostics and progress stream, not null
     * @param messages the output texts, not null
     * @param debug whether failures print their stack trace
     * @param clock the clock that defines today, not null
     * @param errIsTerminal whether {@code err} is an interactive terminal (progress bars are drawn only there
     *     unless forced)
     */
    public CliContext(PrintWriter out, PrintWriter err, Messages messages, boolean debug, Clock clock,
            boolean errIsTerminal) {
        // the report echoes names and titles from input files: their control characters are escaped
        this.out = new PrintWriter(new TerminalSafeWriter(Objects.requireNonNull(out, "out")), true);
        this.err = Objects.requireNonNull(err, "err");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.debug = debug;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errIsTerminal = errIsTerminal;
    }

    /** @return the report stream */
    public PrintWriter out() {
        return out;
    }

    /** @return the diagnostics and progress stream */
    public PrintWriter err() {
        return err;
    }

    /** @return the output texts */
    public Messages messages() {
        return messages;
    }

    /** @return whether failures print their stack trace */
    public boolean debug() {
        return debug;
    }

    /** @return today according to the context's clock */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return whether the diagnostics stream is an interactive terminal */
    public boolean errIsTerminal() {
        return errIsTerminal;
    }
}
