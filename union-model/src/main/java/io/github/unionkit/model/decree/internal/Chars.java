package io.github.unionkit.model.decree.internal;

/**
 * Character classes shared by the model's hand-written scanners (decree numbers, clause numbers,
 * Roman numerals). Not part of the API.
 *
 * <p>Russian documents arrive from word processors and PDF extraction, so "a space" includes tabs,
 * line breaks and the non-breaking spaces such tools insert, and "a dash" includes the typographic
 * dashes that autocorrection puts between two numbers.
 */
public final class Chars {

    private Chars() {
    }

    /**
     * Tells whether {@code c} is white space a scanner skips: any Java white space plus the
     * non-breaking spaces U+00A0, U+2007 and U+202F.
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean isSpace(char c) {
        // ASCII and Cyrillic, almost every character of a decree, without Character's table look-up.
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        if (c >= '\u0400' && c <= '\u04FF') {
            return false;
        }
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }

    /**
     * Tells whether {@code c} is read as the hyphen between two counters: the hyphen-minus and the
     * Unicode hyphen, non-breaking hyphen, figure dash, en dash, em dash and minus sign.
     *
     * @param c the character
     * @return true for a dash
     */
    public static boolean isDash(char c) {
        switch (c) {
            case '-':
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2212':
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells whether {@code c} is an ASCII digit {@code 0}–{@code 9}; other Unicode digits are not
     * accepted anywhere in UnionKit's identifiers.
     *
     * @param c the character
     * @return true for an ASCII digit
     */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns the first index at or after {@code from} that is not white space, or the length of the
     * text if there is none.
     *
     * @param text the text, not null
     * @param from the index to start at, 0 to {@code text.length()}
     * @return the index of the first non-space character, or {@code text.length()}
     */
    public static int skipSpaces(CharSequence text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Returns the end (exclusive) of the run of ASCII digits starting at {@code from}.
     *
     * @param text the text, not null
     * @param from the index to start at, 0 to {@code text.length()}
     * @return the index of the first non-digit at or after {@code from}, or {@code text.length()}
     */
    public static int digitsEnd(CharSequence text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Returns the value of the ASCII digits in {@code [from, to)}, or -1 if there are more than nine
     * significant digits (the value might not fit an {@code int}). Leading zeros are not significant.
     *
     * @param text the text, not null
     * @param from the first digit's index
     * @param to the index after the last digit
     * @return the value, or -1 when it has more than nine significant digits
     */
    public static int digitsValue(CharSequence text, int from, int to) {
        int i = from;
        while (i < to - 1 && text.charAt(i) == '0') {
            i++;
        }
        if (to - i > 9) {
            return -1;
        }
        int value = 0;
        for (; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * Returns {@code text} with every run of white space (as {@link #isSpace(char)} defines it)
     * replaced by one space and no white space at either end: the normal form of UnionKit's text
     * fields.
     *
     * @param text the text, not null
     * @return the normalized text, possibly empty
     */
    public static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
