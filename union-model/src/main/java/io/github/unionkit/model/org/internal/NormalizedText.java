package io.github.unionkit.model.org.internal;

import java.util.Objects;

/**
 * Tells, in one linear pass without allocating, whether text is already in the form that
 * {@link NameKeys#normalizeWhitespace(CharSequence)} produces, so that callers can keep the string they
 * have instead of rebuilding an equal one.
 */
public final class NormalizedText {

    private NormalizedText() {
    }

    /**
     * Tells whether {@code text} has no leading or trailing whitespace and no whitespace other than
     * single plain spaces between other characters, that is whether
     * {@code NameKeys.normalizeWhitespace(text)} would return equal text.
     *
     * @param text the text, not null
     * @return true if normalising would not change the text
     */
    public static boolean isWhitespaceNormalized(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int last = text.length() - 1;
        boolean previousSpace = true;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || previousSpace || i == last) {
                    return false;
                }
                previousSpace = true;
            } else {
                previousSpace = false;
            }
        }
        return true;
    }

    /** The same test as {@link NameKeys}, without the Unicode tables for the chars names are made of. */
    private static boolean isSpace(char c) {
        // No char between '!' and U+0084 or between U+00A1 and U+167F is whitespace or a space char.
        if (c > ' ' && c < '\u0085' || c > '\u00a0' && c < '\u1680') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
