package io.github.unionkit.model.decree;

import io.github.unionkit.model.internal.Chars;
import java.util.Objects;

/**
 * The whitespace normalisation that every text field of a resolution goes through.
 *
 * <p>Runs of whitespace (spaces, tabs, line breaks, no-break spaces and the other Unicode space
 * separators) become one ASCII space, and whitespace at both ends is removed. Nothing else changes:
 * case, punctuation, dashes and quotation marks stay as written. The golden fixtures and the decree
 * text parser both rely on this function, so a text read from a document and a text typed in code
 * compare equal exactly when they differ only in whitespace.
 *
 * <p>The class is stateless and thread-safe; both methods run in time linear in the input length.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Returns {@code text} with its whitespace normalised.
     *
     * @param text the text, not null
     * @return the normalised text, possibly empty, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (isNormalized(text)) {
            return text.toString();
        }
        return Chars.collapseSpaces(text);
    }

    /**
     * Tells whether {@code text} is already normalised, that is whether {@link #normalize} would
     * return an equal string.
     *
     * @param text the text, not null
     * @return true if the text has no leading, trailing, repeated or non-ASCII-space whitespace
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isNormalized(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                if (c != ' ' || i == 0 || i == length - 1 || text.charAt(i - 1) == ' ') {
                    return false;
                }
            }
        }
        return true;
    }
}
