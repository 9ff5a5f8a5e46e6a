package io.github.unionkit.io.json;

import io.github.unionkit.io.json.internal.Expectations;
import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * JSON input that UnionKit cannot read, with the kind of problem, where it is and which value it
 * concerns.
 *
 * <p>This is a {@link JacksonException}, so code that already handles Jackson's unchecked exceptions
 * handles it too. {@link tools.jackson.databind.ObjectMapper#readValue(String, Class) readValue} on a
 * mapper from {@link UnionJson} throws it from UnionKit's deserializers; {@link UnionJson#read} turns
 * every other Jackson failure (syntax, limits, duplicates) into one as well.
 *
 * <p>The message names the problem, the location and the JSON Pointer of the value, never the
 * value itself: registry records hold personal data. {@link #message(Locale)} says it in Russian or
 * English, with the line and column counted from 1.
 */
public final class JsonInputException extends JacksonException {

    private static final long serialVersionUID = 1L;

    /** The kinds of unreadable input. */
    public enum ErrorType implements UnionKitErrorType {
        /** Not JSON: an unexpected character, invalid UTF-8, binary content. */
        MALFORMED,
        /** The input ended inside a value, or was empty. */
        TRUNCATED,
        /** Arrays and objects nest deeper than {@link JsonLimits#maxNestingDepth()}. */
        TOO_DEEP,
        /** A string is longer than {@link JsonLimits#maxStringLength()}. */
        STRING_TOO_LONG,
        /** A number literal is longer than {@link JsonLimits#maxNumberLength()}. */
        NUMBER_TOO_LONG,
        /** A property name is longer than {@link JsonLimits#maxNameLength()}. */
        NAME_TOO_LONG,
        /** The document is longer than {@link JsonLimits#maxDocumentLength()}. */
        DOCUMENT_TOO_LONG,
        /** The document holds more than {@link JsonLimits#maxTokenCount()} tokens. */
        TOO_MANY_TOKENS,
        /** An object has the same property twice. */
        DUPLICATE_PROPERTY,
        /** An object has a property the format does not define (under {@link UnknownPropertyPolicy#FAIL}). */
        UNKNOWN_PROPERTY,
        /** A required property is absent. */
        MISSING_PROPERTY,
        /** A value has the wrong JSON type (a number where a string belongs, {@code null}, ...). */
        WRONG_TYPE,
        /** A value has the right JSON type but is not valid (a bad date, an unknown enum constant, ...). */
        INVALID_VALUE,
        /** Content follows the end of the document. */
        TRAILING_CONTENT,
        /** Reading the underlying stream failed. */
        IO_ERROR;

        /**
         * Returns a short description of this kind of problem in Russian or English.
         *
         * @param locale the language: Russian for {@code ru}, else English; not null
         * @return the description
         */
        @Override
        public String description(Locale locale) {
            return TEXTS.get("JsonInputException." + name(), locale);
        }
    }

    /** The kind of problem. */
    private static final String BUNDLE = "io.github.unionkit.io.json.errors";
    private static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    private final ErrorType errorType;
    /** The JSON Pointer of the offending value. */
    private final String pointer;

    /**
     * Creates an exception.
     *
     * @param errorType the kind of problem, not null
     * @param message the description, not null; must not contain input values
     * @param location where in the input the problem is, not null ({@link TokenStreamLocation#NA}
     *     when unknown)
     * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the document,
     *     not null
     * @param cause the underlying exception, or null
     * @throws NullPointerException if an argument other than {@code cause} is null
     */
    public JsonInputException(ErrorType errorType, String message, TokenStreamLocation location,
            String pointer, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(location, "location"),
                cause);
        this.errorType = Objects.requireNonNull(errorType, "errorType");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Returns the kind of problem.
     *
     * @return the error type
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document.
     *
     * @return the pointer, possibly empty
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the 1-based line of the problem, or -1 when unknown.
     *
     * @return the line number
     */
    public int line() {
        TokenStreamLocation location = getLocation();
        return location == null ? -1 : location.getLineNr();
    }

    /**
     * Returns the 1-based column of the problem, or -1 when unknown.
     *
     * @return the column number
     */
    public int column() {
        TokenStreamLocation location = getLocation();
        return location == null ? -1 : location.getColumnNr();
    }

    /**
     * Returns the 0-based byte offset of the problem (character offset for text input), or -1 when
     * unknown.
     *
     * @return the offset
     */
    public long offset() {
        TokenStreamLocation location = getLocation();
        if (location == null) {
            return -1;
        }
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    /**
     * Returns the message with the error type, the pointer and the location.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        String base = super.getMessage();
        String where = pointer.isEmpty() ? "" : " at " + pointer;
        return errorType + where + ": " + base;
    }

    /**
     * Returns the problem in Russian or English: the line and column (from 1) where it was found, the
     * JSON Pointer of the value, the kind of problem and the particulars of
     * {@link #getOriginalMessage()} ("expected an ISO date like 2021-03-31", «ожидается дата в виде
     * 2021-03-31»; in Russian only those that have a Russian text). Never the value itself.
     *
     * @param locale the language: Russian for {@code ru}, else English; not null
     * @return the message
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String property = pointer.isEmpty() ? "" : TEXTS.format("json.property", locale, pointer);
        String particulars = Expectations.in(getOriginalMessage(), locale)
                .map(text -> TEXTS.format("json.particulars", locale, text)).orElse("");
        String description = errorType.description(locale);
        return line() > 0 && column() > 0
                ? TEXTS.format("json.message.at", locale, Integer.toString(line()), Integer.toString(column()),
                        property, description, particulars)
                : TEXTS.format("json.message", locale, "", "", property, description, particulars);
    }
}
