package io.github.unionkit.io.registry;

import java.util.Objects;

/**
 * A registry record that a strict read could not accept: thrown by {@link RegistryReader#members()} at
 * the first rejected record, and by {@link RegistryImport} under {@link BadRowPolicy#STOP_AT_FIRST}
 * when asked to fail. The message is the rejection's, which holds no personal data.
 */
public final class RegistryReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /**
     * Creates the exception.
     *
     * @param rejection the rejected record, not null
     */
    public RegistryReadException(Rejection rejection) {
        super(Objects.requireNonNull(rejection, "rejection").toString());
        this.rejection = rejection;
    }

    /**
     * Returns the rejected record's line, reason and field.
     *
     * @return the rejection
     */
    public Rejection rejection() {
        return rejection;
    }

    /**
     * Returns the rejection's reason, the error type of this exception.
     *
     * @return the reason
     */
    public Rejection.Reason reason() {
        return rejection.reason();
    }
}
