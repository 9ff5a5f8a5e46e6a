package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.internal.Chars;
import io.github.unionkit.model.decree.ClauseNumber;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a decree into lines and classifies each one by how it starts: blank, a numbered clause
 * ("3.1.1.", "6.Контроль", "3.1.1 без точки"), a numbered item ("1)", "2)"), a bullet ("·", "•", "▪", "-",
 * "–", "—", Word's private-use bullet), or plain text. One linear pass; the results live in parallel arrays.
 *
 * <p>Line breaks are LF, CR, CRLF, and the Unicode line and paragraph separators. A line's content is
 * the line without surrounding white space (tabs, no-break and zero-width spaces included).
 *
 * <p>A clause number is digit runs joined by dots, each part 1 to {@link ClauseNumber#MAX_PART}; a
 * single part needs its dot ("1."), several parts may omit the last one ("3.1.1 текст"); it must be
 * followed by white space, a letter or a quote. "18.12.2020" is a date, not a clause. Numbers with
 * more than {@link ClauseNumber#MAX_DEPTH} parts or parts out of range are {@link #BAD_CLAUSE}: the
 * reader warns and keeps them as text. Only the first {@code MAX_DEPTH + 1} parts are ever stored, so
 * "1.1.1.…" a megabyte long costs one pass.
 */
public final class DecreeLineScanner {

    /** A line of white space only. */
    public static final byte BLANK = 0;
    /** A line of plain text. */
    public static final byte TEXT = 1;
    /** A line starting with a valid clause number. */
    public static final byte CLAUSE = 2;
    /** A line starting with a bullet. */
    public static final byte BULLET = 3;
    /** A line starting with a clause number that is too deep or out of range. */
    public static final byte BAD_CLAUSE = 5;

    /** {@link #badReason(int)}: more than {@link ClauseNumber#MAX_DEPTH} parts. */
    public static final int TOO_DEEP = 1;
    /** {@link #badReason(int)}: a part is 0 or above {@link ClauseNumber#MAX_PART}. */
    public static final int OUT_OF_RANGE = 2;

    private static final int MAX_PART_DIGITS = 4;

    private final String text;
    private int count;
    private int[] starts;
    private int[] contentStarts;
    private int[] contentEnds;
    private int[] bodyStarts;
    private byte[] kinds;
    private boolean[] parens;
    private int[][] numbers;

    private DecreeLineScanner(String text) {
        this.text = text;
        int capacity = 64;
        starts = new int[capacity];
        contentStarts = new int[capacity];
        contentEnds = new int[capacity];
        bodyStarts = new int[capacity];
        kinds = new byte[capacity];
        parens = new boolean[capacity];
        numbers = new int[capacity][];
    }

    /**
     * Splits and classifies the whole text.
     *
     * @param text the decree, not null; callers cap its length first
     * @return the lines
     */
    public static DecreeLineScanner scan(String text) {
        DecreeLineScanner lines = new DecreeLineScanner(Objects.requireNonNull(text, "text"));
        lines.run();
        return lines;
    }

    private void run() {
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i <= n) {
            if (i == n || isBreak(text.charAt(i))) {
                add(start, i);
                if (i == n) {
                    break;
                }
                if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\u000C';
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            int grown = count * 2;
            starts = Arrays.copyOf(starts, grown);
            contentStarts = Arrays.copyOf(contentStarts, grown);
            contentEnds = Arrays.copyOf(contentEnds, grown);
            bodyStarts = Arrays.copyOf(bodyStarts, grown);
            kinds = Arrays.copyOf(kinds, grown);
            parens = Arrays.copyOf(parens, grown);
            numbers = Arrays.copyOf(numbers, grown);
        }
        int cs = start;
        while (cs < end && Chars.isSpace(text.charAt(cs))) {
            cs++;
        }
        int ce = end;
        while (ce > cs && Chars.isSpace(text.charAt(ce - 1))) {
            ce--;
        }
        starts[count] = start;
        contentStarts[count] = cs;
        contentEnds[count] = ce;
        bodyStarts[count] = cs;
        kinds[count] = classify(count, cs, ce);
        count++;
    }

    private byte classify(int line, int cs, int ce) {
        if (cs == ce) {
            return BLANK;
        }
        char first = text.charAt(cs);
        if (Chars.isDigit(first)) {
            return clauseNumber(line, cs, ce);
        }
        boolean letterItem = Character.isLetter(first) && cs + 2 < ce && text.charAt(cs + 1) == ')'
                && Chars.isSpace(text.charAt(cs + 2));
        if (letterItem) {
            // "а) …", "б) …": lettered items of the clause above.
            int body = cs + 2;
            while (body < ce && Chars.isSpace(text.charAt(body))) {
                body++;
            }
            bodyStarts[line] = body;
            return BULLET;
        }
        if (isRoundBullet(first) || Chars.isDash(first) && cs + 1 < ce && Chars.isSpace(text.charAt(cs + 1))) {
            int body = cs + 1;
            while (body < ce && Chars.isSpace(text.charAt(body))) {
                body++;
            }
            if (body == ce) {
                return TEXT;
            }
            bodyStarts[line] = body;
            return BULLET;
        }
        return TEXT;
    }

    private static boolean isRoundBullet(char c) {
        return c == '·' || c == '•' || c == '▪' || c == '◦' || c == '‣' || c == '∙' || c == '●' || c == '\uF0B7';
    }

    /** Reads "3.1.1." at the start of a line; bounded storage whatever the number's length. */
    private byte clauseNumber(int line, int cs, int ce) {
        int[] parts = new int[ClauseNumber.MAX_DEPTH + 1];
        int[] widths = new int[3];
        int depth = 0;
        boolean outOfRange = false;
        boolean trailingDot = false;
        boolean paren = false;
        int p = cs;
        while (true) {
            int digitsStart = p;
            int value = 0;
            while (p < ce && Chars.isDigit(text.charAt(p))) {
                if (p - digitsStart < MAX_PART_DIGITS + 1) {
                    value = value * 10 + (text.charAt(p) - '0');
                }
                p++;
            }
            int digits = p - digitsStart;
            if (digits > MAX_PART_DIGITS || value < 1 || value > ClauseNumber.MAX_PART) {
                outOfRange = true;
            }
            if (depth < parts.length) {
                parts[depth] = value;
            }
            if (depth < widths.length) {
                widths[depth] = digits;
            }
            depth++;
            if (p < ce && text.charAt(p) == ')' && depth == 1) {
                trailingDot = true;
                paren = true;
                p++;
            } else if (p < ce && text.charAt(p) == '.') {
                if (p + 1 < ce && Chars.isDigit(text.charAt(p + 1))) {
                    p++;
                    continue;
                }
                trailingDot = true;
                p++;
            }
            break;
        }
        if (p < ce) {
            char next = text.charAt(p);
            boolean separated = Chars.isSpace(next) || Character.isLetter(next) || Chars.isQuote(next);
            if (!separated || !trailingDot && !Chars.isSpace(next)) {
                return TEXT;
            }
        }
        if (!trailingDot && depth < 2) {
            return TEXT;
        }
        if (looksLikeDate(parts, widths, depth)) {
            return TEXT;
        }
        int body = p;
        while (body < ce && Chars.isSpace(text.charAt(body))) {
            body++;
        }
        bodyStarts[line] = body;
        if (depth > ClauseNumber.MAX_DEPTH) {
            numbers[line] = new int[] {TOO_DEEP};
            return BAD_CLAUSE;
        }
        if (outOfRange) {
            numbers[line] = new int[] {OUT_OF_RANGE};
            return BAD_CLAUSE;
        }
        numbers[line] = Arrays.copyOf(parts, depth);
        parens[line] = paren;
        return CLAUSE;
    }

    /** "18.12.2020", "18.12.20": a day, a month and a year are a date, not clause 18.12.2020. */
    private static boolean looksLikeDate(int[] parts, int[] widths, int depth) {
        if (depth != 3 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12) {
            return false;
        }
        return widths[2] == 4 && parts[2] >= 1900 || widths[0] == 2 && widths[1] == 2 && widths[2] == 2;
    }

    /**
     * Returns the text.
     *
     * @return the text the lines were read from
     */
    public String text() {
        return text;
    }

    /**
     * Returns the number of lines (an empty text has one empty line).
     *
     * @return the line count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the kind of line {@code i}.
     *
     * @param i the line index, 0-based
     * @return {@link #BLANK}, {@link #TEXT}, {@link #CLAUSE}, {@link #BULLET} or
     *     {@link #BAD_CLAUSE}
     */
    public byte kind(int i) {
        return kinds[Objects.checkIndex(i, count)];
    }

    /**
     * Returns where line {@code i} starts, white space included.
     *
     * @param i the line index
     * @return the offset of its first character
     */
    public int start(int i) {
        return starts[Objects.checkIndex(i, count)];
    }

    /**
     * Returns where the content of line {@code i} starts (after leading white space).
     *
     * @param i the line index
     * @return an offset
     */
    public int contentStart(int i) {
        return contentStarts[Objects.checkIndex(i, count)];
    }

    /**
     * Returns where the content of line {@code i} ends (before trailing white space).
     *
     * @param i the line index
     * @return an offset
     */
    public int contentEnd(int i) {
        return contentEnds[Objects.checkIndex(i, count)];
    }

    /**
     * Returns where the body of line {@code i} starts: after the clause number or bullet and the white
     * space after it; the content start for other lines.
     *
     * @param i the line index
     * @return an offset
     */
    public int bodyStart(int i) {
        return bodyStarts[Objects.checkIndex(i, count)];
    }

    /**
     * Returns the clause number written at the start of a {@link #CLAUSE} line.
     *
     * @param i the index of a clause line
     * @return the number
     * @throws IllegalArgumentException if the line is not a clause line
     */
    public ClauseNumber clauseNumber(int i) {
        if (kind(i) != CLAUSE) {
            throw new IllegalArgumentException("line " + i + " is not a clause line");
        }
        return ClauseNumber.of(numbers[i]);
    }

    /**
     * Tells whether a {@link #CLAUSE} line is numbered "1)" rather than "1.".
     *
     * @param i the line index
     * @return true for a parenthesised number
     */
    public boolean isParen(int i) {
        return parens[Objects.checkIndex(i, count)];
    }

    /**
     * Returns why a {@link #BAD_CLAUSE} line's number was refused.
     *
     * @param i the index of a bad clause line
     * @return {@link #TOO_DEEP} or {@link #OUT_OF_RANGE}
     * @throws IllegalArgumentException if the line is not a bad clause line
     */
    public int badReason(int i) {
        if (kind(i) != BAD_CLAUSE) {
            throw new IllegalArgumentException("line " + i + " is not a bad clause line");
        }
        return numbers[i][0];
    }

    /**
     * Tells whether line {@code i} has no content.
     *
     * @param i the line index
     * @return true for a blank line
     */
    public boolean isBlank(int i) {
        return kind(i) == BLANK;
    }

    /**
     * Returns the 1-based line number of an offset, for warnings. Binary search over the line starts.
     *
     * @param offset an offset into the text
     * @return the 1-based line containing it
     */
    public int lineOf(int offset) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
