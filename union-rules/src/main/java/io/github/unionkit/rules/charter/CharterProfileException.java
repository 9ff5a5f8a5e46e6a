package io.github.unionkit.rules.charter;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Thrown when a charter profile resource cannot be read: it carries the {@link #errorType()}, the
 * one-based {@link #line()} and, where known, the offending {@link #key()}.
 */
public final class CharterProfileException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Why the profile was rejected. */
    public enum ErrorType implements UnionKitErrorType {
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
        IO;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return TEXTS.get("CharterProfileException." + name(), locale);
        }
    }

    private static final String BUNDLE = "io.github.unionkit.rules.charter.errors";
    private static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    /** @serial the English message, with the parser's detail */
    private final String englishMessage;
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
        super(errorType, null);
        this.englishMessage = "charter profile: " + Objects.requireNonNull(errorType, "errorType")
                + (line > 0 ? " at line " + line : "")
                + (Objects.requireNonNull(key, "key").isEmpty() ? "" : " (key '" + key + "')")
                + ": " + Objects.requireNonNull(detail, "detail");
        this.line = Math.max(0, line);
        this.key = key;
    }

    /**
     * Returns why the profile was rejected.
     *
     * @return the error type
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the message in Russian or English: in English with the parser's detail, in Russian the
     * description of the error type with the line and the key.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     */
    @Override
    public String message(Locale locale) {
        if (!LocalizedTexts.isRussian(locale)) {
            return englishMessage;
        }
        String where = line > 0 ? TEXTS.format("CharterProfileException.line", locale, line) : "";
        String which = key.isEmpty() ? "" : TEXTS.format("CharterProfileException.key", locale, key);
        return TEXTS.format("CharterProfileException.message", locale, errorType().description(locale), where, which);
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
