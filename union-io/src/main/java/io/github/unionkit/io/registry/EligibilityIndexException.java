package io.github.unionkit.io.registry;

import java.util.Objects;

/**
 * Thrown when an {@link EligibilityIndex} cannot be built or loaded. Carries the
 * {@link #errorType() reason}; the message has counts and positions, never an id or card number.
 */
public final class EligibilityIndexException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the index could not be built or loaded. */
    public enum ErrorType {
        /** Two members share an id. */
        DUPLICATE_MEMBER_ID,
        /** Two members share a card number. */
        DUPLICATE_CARD,
        /** The file is not an eligibility index, or is damaged (wrong magic, checksum, counts). */
        CORRUPT_FILE,
        /** The file was written by a format version this library does not read. */
        UNSUPPORTED_VERSION
    }

    /** @serial the reason */
    private final ErrorType errorType;

    /**
     * Creates an exception.
     *
     * @param errorType the reason, not null
     * @param detail a description without ids or card numbers, not null
     */
    public EligibilityIndexException(ErrorType errorType, String detail) {
        super(Objects.requireNonNull(errorType, "errorType") + ": " + Objects.requireNonNull(detail, "detail"));
        this.errorType = errorType;
    }

    /**
     * Returns why the index could not be built or loaded.
     *
     * @return the error type, never null
     */
    public ErrorType errorType() {
        return errorType;
    }
}
