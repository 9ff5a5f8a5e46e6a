package io.github.unionkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** One run of the command line in-process, with its captured streams and exit code. */
final class CliRun {
    /** "Today" in every test run, so reports never depend on the machine's clock. */
    static final LocalDate TODAY = LocalDate.of(2021, 2, 15);

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /** Runs with an English default locale. */
    static CliRun run(String... args) {
        return runWithLocale(Locale.ENGLISH, args);
    }

    /** Runs with the given default locale (what {@code --lang} falls back to). */
    static CliRun runWithLocale(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), locale, clock, false);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
