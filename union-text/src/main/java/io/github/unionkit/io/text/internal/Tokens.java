package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.internal.Chars;
import java.util.Arrays;
import java.util.Objects;

/**
 * The tokens of a text, with their source positions: words, digit runs and single punctuation
 * characters; white space only separates tokens and is not a token itself.
 *
 * <p>This is the common ground of every Russian-text scanner in UnionKit (deadline phrases, decree
 * references, the decree parser): they walk token indexes, compare words with {@link #is(int, String)}
 * (case- and ё-insensitive, without allocating) and map a token range back to the source with
 * {@link #start(int)} and {@link #end(int)}. Tokenizing is one linear pass; the arrays take a few
 * bytes per token. Instances are immutable after construction (the text is not copied: pass an
 * immutable {@link CharSequence} such as a {@link String}).
 */
public final class Tokens {

    private static final byte WORD = 0;
    private static final byte NUMBER = 1;
    private static final byte PUNCT = 2;
    private static final TokenKind[] KINDS = {TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.WORD};

    /** More digits than this and a number token has no {@link #number(int) value}. */
    public static final int MAX_NUMBER_DIGITS = 9;

    private final CharSequence text;
    private final int size;
    // A word with an ignorable character inside (soft hyphen, combining mark) is marked, so that
    // comparing any other word needs no scan for them.
    private static final byte WORD_WITH_IGNORABLE = 3;

    private final byte[] kinds;
    private final int[] starts;
    private final int[] ends;
    // Computed once while tokenizing: for a number its value (-1 when too long), for a word its folded
    // first letter (most comparisons fail on it), for punctuation 0.
    private final int[] values;

    private Tokens(CharSequence text, int size, byte[] kinds, int[] starts, int[] ends, int[] values) {
        this.text = text;
        this.size = size;
        this.kinds = kinds;
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    // Cyrillic and Latin letters without a table look-up; everything else through Character.
    private static boolean isLetter(char c) {
        return c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c > 0x7F && Character.isLetter(c);
    }

    // ASCII and Cyrillic without a table look-up; everything else through Chars.
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return (c < '\u0400' || c > '\u04FF') && Chars.isSpace(c);
    }

    /**
     * Tells whether the text from token {@code first} to token {@code last} is already whitespace-
     * normalised: the tokens touch or are separated by exactly one ASCII space. Looks only at the gaps.
     *
     * @param first the first token
     * @param last the last token, not before {@code first}
     * @return true if the text between them needs no normalising
     */
    public boolean isNormalizedBetween(int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            int gap = starts[k] - ends[k - 1];
            if (gap > 1 || gap == 1 && text.charAt(ends[k - 1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Tokenizes the whole of {@code text}.
     *
     * @param text the text, not null; callers cap its length before tokenizing
     * @return the tokens
     */
    public static Tokens of(CharSequence text) {
        return of(text, 0, Objects.requireNonNull(text, "text").length());
    }

    /**
     * Tokenizes {@code text} between {@code from} (inclusive) and {@code to} (exclusive); positions
     * stay positions in the whole text.
     *
     * @param text the text, not null
     * @param from the first character to read
     * @param to the end of the region
     * @return the tokens of the region
     * @throws IndexOutOfBoundsException if the region is outside the text
     */
    public static Tokens of(CharSequence text, int from, int to) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(from, to, text.length());
        int capacity = Math.max(8, Math.min(1 << 16, (to - from) / 4 + 1));
        byte[] kinds = new byte[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] values = new int[capacity];
        int size = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            byte kind;
            int start = i;
            int value = 0;
            boolean letter = isLetter(c);
            if (!letter && (c == ' ' || isSpace(c))) {
                i++;
                continue;
            }
            if (Chars.isDigit(c)) {
                kind = NUMBER;
                do {
                    value = i - start < MAX_NUMBER_DIGITS ? value * 10 + (text.charAt(i) - '0') : -1;
                    i++;
                } while (i < to && Chars.isDigit(text.charAt(i)));
            } else if (letter) {
                kind = WORD;
                value = Chars.fold(c);
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (isLetter(d)) {
                        i++;
                    } else if (d > ' ' && Chars.isIgnorable(d)) {
                        kind = WORD_WITH_IGNORABLE;
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                kind = PUNCT;
                i++;
            }
            if (size == kinds.length) {
                int grown = kinds.length * 2;
                kinds = Arrays.copyOf(kinds, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                values = Arrays.copyOf(values, grown);
            }
            kinds[size] = kind;
            starts[size] = start;
            ends[size] = i;
            values[size] = value;
            size++;
        }
        return new Tokens(text, size, kinds, starts, ends, values);
    }

    /**
     * Returns the text these tokens were read from.
     *
     * @return the text
     */
    public CharSequence text() {
        return text;
    }

    /**
     * Returns the number of tokens.
     *
     * @return the token count
     */
    public int size() {
        return size;
    }

    /**
     * Returns the kind of token {@code i}.
     *
     * @param i the token index, 0 to {@code size() - 1}
     * @return the kind
     */
    public TokenKind kind(int i) {
        return KINDS[kinds[Objects.checkIndex(i, size)]];
    }

    /**
     * Returns where token {@code i} starts in the text.
     *
     * @param i the token index
     * @return the offset of its first character
     */
    public int start(int i) {
        return starts[Objects.checkIndex(i, size)];
    }

    /**
     * Returns where token {@code i} ends in the text.
     *
     * @param i the token index
     * @return the offset after its last character
     */
    public int end(int i) {
        return ends[Objects.checkIndex(i, size)];
    }

    /**
     * Tells whether token {@code i} exists and is a word.
     *
     * @param i a token index, any value
     * @return true for a word
     */
    public boolean isWord(int i) {
        return i >= 0 && i < size && (kinds[i] == WORD || kinds[i] == WORD_WITH_IGNORABLE);
    }

    /**
     * Tells whether token {@code i} exists and is a digit run.
     *
     * @param i a token index, any value
     * @return true for a number
     */
    public boolean isNumber(int i) {
        return i >= 0 && i < size && kinds[i] == NUMBER;
    }

    /**
     * Tells whether token {@code i} exists and is the punctuation character {@code c}.
     *
     * @param i a token index, any value
     * @param c the character
     * @return true if the token is {@code c}
     */
    public boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
    }

    /**
     * Tells whether token {@code i} exists and is punctuation.
     *
     * @param i a token index, any value
     * @return true for punctuation
     */
    public boolean isPunct(int i) {
        return i >= 0 && i < size && kinds[i] == PUNCT;
    }

    /**
     * Returns the character of punctuation token {@code i}.
     *
     * @param i the index of a punctuation token
     * @return its character
     */
    public char punct(int i) {
        if (!isPunct(i)) {
            throw new IllegalArgumentException("token " + i + " is not punctuation");
        }
        return text.charAt(starts[i]);
    }

    /**
     * Tells whether token {@code i} exists and is a dash of any style.
     *
     * @param i a token index, any value
     * @return true for a dash
     */
    public boolean isDash(int i) {
        return isPunct(i) && Chars.isDash(text.charAt(starts[i]));
    }

    /**
     * Tells whether token {@code i} exists and is a quotation mark of any style.
     *
     * @param i a token index, any value
     * @return true for a quotation mark
     */
    public boolean isQuote(int i) {
        return isPunct(i) && Chars.isQuote(text.charAt(starts[i]));
    }

    /**
     * Returns the first letter of word token {@code i}, folded (lower case, "е" for "ё"), skipping
     * ignorable characters: what a reader dispatches on before comparing whole words.
     *
     * @param i a token index, any value
     * @return the folded first letter, or 0 if the token is not a word
     */
    public char firstLetter(int i) {
        return isWord(i) ? (char) values[i] : 0;
    }

    /**
     * Tells whether token {@code i} is a word equal to {@code folded}, ignoring case, "ё"/"е" and
     * ignorable characters.
     *
     * @param i a token index, any value
     * @param folded the expected word, already folded (lower case, "е" for "ё")
     * @return true on a match
     */
    public boolean is(int i, String folded) {
        return isWord(i) && !folded.isEmpty() && values[i] == folded.charAt(0) && compare(i, folded, true, false);
    }

    /**
     * Tells whether token {@code i} is a word starting with {@code foldedPrefix}.
     *
     * @param i a token index, any value
     * @param foldedPrefix the prefix, already folded
     * @return true on a match
     */
    public boolean startsWith(int i, String foldedPrefix) {
        return isWord(i) && (foldedPrefix.isEmpty() || values[i] == foldedPrefix.charAt(0))
                && compare(i, foldedPrefix, false, false);
    }

    /**
     * Tells whether token {@code i} is a word ending with {@code foldedSuffix}.
     *
     * @param i a token index, any value
     * @param foldedSuffix the suffix, already folded
     * @return true on a match
     */
    public boolean endsWith(int i, String foldedSuffix) {
        return isWord(i) && compare(i, foldedSuffix, false, true);
    }

    private boolean compare(int i, String expected, boolean whole, boolean fromEnd) {
        int start = starts[i];
        int end = ends[i];
        int n = expected.length();
        // Ignorable characters only ever add to a word's length, so a shorter word cannot match.
        if (end - start < n) {
            return false;
        }
        if (kinds[i] == WORD) {
            // The common case: no ignorable characters, a plain comparison.
            if (whole && end - start != n) {
                return false;
            }
            int from = fromEnd ? end - n : start;
            for (int k = 0; k < n; k++) {
                if (Chars.fold(text.charAt(from + k)) != expected.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
        if (fromEnd) {
            int k = n - 1;
            int p = end - 1;
            while (k >= 0) {
                while (p >= start && Chars.isIgnorable(text.charAt(p))) {
                    p--;
                }
                if (p < start || Chars.fold(text.charAt(p)) != expected.charAt(k)) {
                    return false;
                }
                k--;
                p--;
            }
            return true;
        }
        int p = start;
        for (int k = 0; k < n; k++) {
            while (p < end && Chars.isIgnorable(text.charAt(p))) {
                p++;
            }
            if (p >= end || Chars.fold(text.charAt(p)) != expected.charAt(k)) {
                return false;
            }
            p++;
        }
        if (!whole) {
            return true;
        }
        while (p < end && Chars.isIgnorable(text.charAt(p))) {
            p++;
        }
        return p == end;
    }

    /**
     * Returns word or number token {@code i} folded (lower case, "е" for "ё", ignorable characters
     * removed), for table look-ups. Allocates: prefer {@link #is(int, String)} on hot paths.
     *
     * @param i the index of a token
     * @return the folded spelling; for punctuation, the character itself
     */
    public String folded(int i) {
        int start = start(i);
        int end = ends[i];
        StringBuilder out = new StringBuilder(end - start);
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (!Chars.isIgnorable(c)) {
                out.append(Chars.fold(c));
            }
        }
        return out.toString();
    }

    /**
     * Returns how many digits number token {@code i} has.
     *
     * @param i the index of a number token
     * @return the digit count, or 0 if the token is not a number
     */
    public int digits(int i) {
        return isNumber(i) ? ends[i] - starts[i] : 0;
    }

    /**
     * Returns the value of number token {@code i}.
     *
     * @param i a token index, any value
     * @return the value, or -1 if the token is not a number or has more than
     *     {@value #MAX_NUMBER_DIGITS} digits (long digit runs are never evaluated)
     */
    public int number(int i) {
        return isNumber(i) ? values[i] : -1;
    }

    /**
     * Tells whether token {@code i} follows token {@code i - 1} with no white space between them.
     *
     * @param i a token index, 1 to {@code size() - 1}
     * @return true if the two tokens touch
     */
    public boolean touchesPrevious(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    /**
     * Tells whether a line break separates token {@code i} from the token before it (or from the
     * start of the text). Scans only the gap, so calling it once per token stays linear.
     *
     * @param i a token index, 0 to {@code size() - 1}
     * @return true if the gap contains a line break
     */
    public boolean lineBreakBefore(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        for (int p = from; p < start(i); p++) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
                    || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the index of the first token that ends after {@code offset}: the token containing
     * {@code offset}, or the next one.
     *
     * @param offset an offset into the text
     * @return a token index, {@code size()} if no token ends after {@code offset}
     */
    public int indexAt(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
