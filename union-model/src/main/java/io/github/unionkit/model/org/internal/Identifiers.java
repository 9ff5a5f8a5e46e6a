package io.github.unionkit.model.org.internal;

import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import java.util.Objects;

/**
 * Validation shared by the identifier types: 1 to 64 characters of {@code [A-Za-z0-9._-]}, starting
 * with a letter or digit. A single linear scan, no regular expression.
 */
public final class Identifiers {

    /** The maximum length of an identifier. */
    public static final int MAX_LENGTH = 64;

    private Identifiers() {
    }

    /**
     * Checks {@code text} and returns it as a string.
     *
     * @param target the type name for the exception
     * @param text the candidate, not null
     * @return {@code text.toString()}
     * @throws IdentifierParseException if the text is not a valid identifier
     */
    public static String check(String target, CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length == 0) {
            throw new IdentifierParseException(target, ErrorType.EMPTY, 0);
        }
        if (length > MAX_LENGTH) {
            throw new IdentifierParseException(target, ErrorType.TOO_LONG, MAX_LENGTH);
        }
        if (!isAlphanumeric(text.charAt(0))) {
            throw new IdentifierParseException(target, ErrorType.ILLEGAL_START, 0);
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                throw new IdentifierParseException(target, ErrorType.ILLEGAL_CHARACTER, i);
            }
        }
        return text.toString();
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
