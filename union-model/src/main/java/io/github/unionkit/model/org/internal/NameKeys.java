package io.github.unionkit.model.org.internal;

import java.util.Objects;

/**
 * Normalisation of organization names for comparison: case-insensitive, {@code ё} read as {@code е},
 * runs of whitespace as one space, typographic quotes and dashes unified, leading and trailing
 * whitespace ignored. One linear pass.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * Returns the comparison key of a name; two names are the same name iff their keys are equal.
     *
     * @param name the name, not null
     * @return the key, never null
     */
    public static String key(CharSequence name) {
        return collapse(Objects.requireNonNull(name, "name"), true);
    }

    /**
     * Returns {@code text} with runs of whitespace (including no-break spaces and line breaks) replaced
     * by one space and trimmed.
     *
     * @param text the text, not null
     * @return the normalised text
     */
    public static String normalizeWhitespace(CharSequence text) {
        return collapse(Objects.requireNonNull(text, "text"), false);
    }

    /** One pass: whitespace runs become one space, ends trimmed, and with {@code fold} each char folded. */
    private static String collapse(CharSequence text, boolean fold) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(fold ? fold(c) : c);
        }
        return out.toString();
    }

    private static char fold(char c) {
        switch (c) {
            case 'ё':
            case 'Ё':
                return 'е';
            case '«':
            case '»':
            case '„':
            case '“':
            case '”':
                return '"';
            case '–':
            case '—':
            case '‑':
                return '-';
            default:
                return Character.toLowerCase(Character.toUpperCase(c));
        }
    }
}
