package io.github.unionkit.io.text;

import java.util.Objects;

/**
 * Thrown by {@link DecreeTextParser} when no resolution at all can be built from a text: the text is
 * empty, longer than the configured cap, or has neither an operative formula ("постановляет:") nor a
 * numbered clause. Everything short of that is a {@link DecreeParseWarning}, not an exception.
 *
 * <p>The exception carries the {@link ErrorType}, the offset in the text and the 1-based line where
 * the problem was found. Its message never quotes the text (decrees name persons).
 */
public final class DecreeParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why no resolution could be built. */
    public enum ErrorType {
        /** The text is empty or white space only. */
        EMPTY("the text is empty"),
        /** The text is longer than {@link DecreeParseOptions#maxLength()}; nothing was read. */
        TOO_LONG("the text is longer than the configured maximum"),
        /** The text has no operative formula ("постановляет:") and no numbered clause. */
        NO_OPERATIVE_PART("no operative formula and no numbered clause"),
        /**
         * What was read breaks an invariant of the model in a way the parser could not repair; a
         * defect of the parser, reported rather than hidden.
         */
        INVALID_RESOLUTION("the resolution read from the text is invalid"),
        /** The bytes are neither UTF-8 nor Windows-1251 Russian text; nothing was read. */
        UNKNOWN_ENCODING("the bytes are neither UTF-8 nor Windows-1251 text"),
        /**
         * The text was decoded with the wrong character set before it reached the parser («Ð¿Ð¾ÑÑ‚» for
         * «пост», «Ïîñò» for «Пост»); nothing was read, since every fact would be garbage.
         */
        MISDECODED("the text was decoded with the wrong character set");

        private final String description;

        ErrorType(String description) {
            this.description = description;
        }

        /**
         * Returns a short English description of the error type.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    private final ErrorType errorType;
    private final int index;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param errorType why parsing failed, not null
     * @param index the offset in the text where the problem was found, at least 0
     * @param line the 1-based line of {@code index}, at least 1
     * @throws NullPointerException if {@code errorType} is null
     * @throws IllegalArgumentException if {@code index} is negative or {@code line} less than 1
     */
    public DecreeParseException(ErrorType errorType, int index, int line) {
        this(errorType, index, line, null);
    }

    /**
     * Creates the exception with the model's exception as cause.
     *
     * @param errorType why parsing failed, not null
     * @param index the offset in the text where the problem was found, at least 0
     * @param line the 1-based line of {@code index}, at least 1
     * @param cause the underlying exception, or null
     * @throws NullPointerException if {@code errorType} is null
     * @throws IllegalArgumentException if {@code index} is negative or {@code line} less than 1
     */
    public DecreeParseException(ErrorType errorType, int index, int line, Throwable cause) {
        super(Objects.requireNonNull(errorType, "errorType") + " at index " + index + " (line " + line + "): "
                + errorType.description(), cause);
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        this.errorType = errorType;
        this.index = index;
        this.line = line;
    }

    /**
     * Returns why parsing failed.
     *
     * @return the error type
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the offset in the text where the problem was found (for {@link ErrorType#TOO_LONG}, the
     * cap).
     *
     * @return the offset, at least 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns the 1-based line of {@link #index()}.
     *
     * @return the line, at least 1
     */
    public int line() {
        return line;
    }
}
