package io.github.unionkit.examples.cli;

import java.util.Objects;

/**
 * Input the command line cannot process, with a one-line reason already worded for the user.
 * It ends the command with {@link ExitCode#BAD_INPUT}.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason the one-line, localized reason, not null
     */
    public BadInputException(String reason) {
        super(Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Creates the exception with the failure that caused it (shown only with {@code --debug}).
     *
     * @param reason the one-line, localized reason, not null
     * @param cause the underlying failure, not null
     */
    public BadInputException(String reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(cause, "cause"));
    }
}
