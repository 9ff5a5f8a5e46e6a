package io.github.unionkit.model.internal;

/**
 * Character classes of Russian document text, shared by every hand-written scanner of UnionKit: the
 * model's (decree numbers, clause numbers, Roman numerals) and the Russian text parsers' (exported to
 * union-text only). Not part of the API.
 *
 * <p>Russian documents arrive from word processors and PDF extraction, so "a space" includes tabs,
 * line breaks, the non-breaking spaces such tools insert and zero-width characters, and "a dash"
 * includes the typographic dashes that autocorrection puts between two numbers. Folding is what makes
 * matching insensitive to case and to "ё" versus "е": "Четвёртом", "ЧЕТВЕРТОМ" and "четвертом" fold to
 * one word.
 */
public final class Chars {

    private Chars() {
    }

    /**
     * Tells whether {@code c} is white space: any Java white space, the Unicode space separators (the
     * no-break spaces U+00A0, U+2007 and U+202F among them) and the zero-width space and byte-order
     * mark that word processors leave between words. This is UnionKit's one definition of white
     * space; every scanner of the model and of the Russian text parsers uses it.
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
        return c == '\u200B' || c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Tells whether {@code c} may sit inside a word without being part of its spelling: combining marks
     * (a stress accent, the diaeresis of a decomposed "ё"), the soft hyphen and zero-width joiners.
     *
     * @param c the character
     * @return true if matching should skip {@code c} inside a word
     */
    public static boolean isIgnorable(char c) {
        // Fast paths for Latin and Cyrillic text, which is nearly all a decree has.
        if (c < '\u0300') {
            return c == '\u00AD';
        }
        if (c >= '\u0400' && c <= '\u04FF') {
            return c >= '\u0483' && c <= '\u0489';
        }
        if (c == '\u200C' || c == '\u200D') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Tells whether {@code c} is an ASCII digit. Other scripts' digits are deliberately not numbers:
     * dates and decree numbers in Russian documents are written with ASCII digits only.
     *
     * @param c the character
     * @return true for {@code 0} to {@code 9}
     */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Tells whether {@code c} is one of the dashes word processors substitute for a hyphen: hyphen,
     * non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign and their small
     * and full-width forms.
     *
     * @param c the character
     * @return true for any dash
     */
    public static boolean isDash(char c) {
        switch (c) {
            case '-':
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
            case '\u2212':
            case '\uFE58':
            case '\uFE63':
            case '\uFF0D':
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells whether {@code c} is an opening or closing quotation mark of any of the styles Russian
     * typing produces ({@code « » „ “ ” " ' ‘ ’ ‹ ›}).
     *
     * @param c the character
     * @return true for a quotation mark
     */
    public static boolean isQuote(char c) {
        switch (c) {
            case '«':
            case '»':
            case '„':
            case '“':
            case '”':
            case '"':
            case '\'':
            case '‘':
            case '’':
            case '‹':
            case '›':
                return true;
            default:
                return false;
        }
    }

    /**
     * Folds {@code c} for matching: lower case, and "ё" read as "е".
     *
     * @param c the character
     * @return the folded character
     */
    public static char fold(char c) {
        if (c >= 'а' && c <= 'я' || c >= 'a' && c <= 'z') {
            return c;
        }
        if (c >= 'А' && c <= 'Я') {
            return (char) (c + ('а' - 'А'));
        }
        if (c == 'ё' || c == 'Ё') {
            return 'е';
        }
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
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
