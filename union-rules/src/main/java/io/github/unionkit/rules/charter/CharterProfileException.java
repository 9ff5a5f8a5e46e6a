package io.github.unionkit.rules.charter;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a charter profile resource cannot be read: it carries the {@link #errorType()}, the
 * one-based {@link #line()} and, where known, the offending {@link #key()}.
 */
public final class CharterProfileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the profile was rejected. */
    public enum ErrorType {
        /** The resource is larger than the parser accepts. */
        TOO_LARGE,
        /** A line is neither blank, a comment, nor {@code key=value}. */
        SYNTAX,
        /** A key appears twice. */
        DUPLICATE_KEY,
        /** A key is not one the profile format knows (often a typo). */
        UNKNOWN_KEY,
        /** A required key is missing. */
        MISSING_KEY,
        /** A value cannot be read as the key's type or is out of range. */
        BAD_VALUE,
        /** The resource could not be read at all. */
        IO
    }

    private final ErrorType errorType;
    private final int line;
    private final String key;

    /**
     * Creates the exception.
     *
     * @param errorType the reason, not null
     * @param line the one-based line, or 0 when the problem has no line
     * @param key the key concerned, or an empty string
     * @param detail a short explanation, not null
     */
    public CharterProfileException(ErrorType errorType, int line, String key, String detail) {
        super("charter profile: " + Objects.requireNonNull(errorType, "errorType")
                + (line > 0 ? " at line " + line : "")
                + (Objects.requireNonNull(key, "key").isEmpty() ? "" : " (key '" + key + "')")
                + ": " + Objects.requireNonNull(detail, "detail"));
        this.errorType = errorType;
        this.line = Math.max(0, line);
        this.key = key;
    }

    /**
     * Returns why the profile was rejected.
     *
     * @return the error type
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the one-based line of the problem.
     *
     * @return the line, or 0 when the problem is not on a line (a missing key, an I/O error)
     */
    public int line() {
        return line;
    }

    /**
     * Returns the key concerned.
     *
     * @return the key, or empty
     */
    public Optional<String> key() {
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
