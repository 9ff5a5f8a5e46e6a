package io.github.unionkit.examples.cli;

/**
 * The process exit codes of the {@code union} command line. Scripts rely on them, so they never change.
 */
public final class ExitCode {
    /** The input was processed and is valid (no violation of severity error). */
    public static final int OK = 0;
    /** The input was processed and has at least one violation of severity error. */
    public static final int VIOLATIONS = 1;
    /** The input could not be processed: a bad argument, an unreadable file, unparseable text. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
