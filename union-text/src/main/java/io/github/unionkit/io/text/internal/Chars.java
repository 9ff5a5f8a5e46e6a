package io.github.unionkit.io.text.internal;

/**
 * Character classes of Russian document text, shared by the tokenizer and the scanners.
 *
 * <p>Folding is what makes matching insensitive to case and to "ё" versus "е": the scanners compare
 * folded characters only, so "Четвёртом", "ЧЕТВЕРТОМ" and "четвертом" are one word.
 */
public final class Chars {

    private Chars() {
    }

    /**
     * Tells whether {@code c} separates tokens: white space, the Unicode space separators (no-break
     * spaces included) and the zero-width characters word processors leave between words.
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
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
}
