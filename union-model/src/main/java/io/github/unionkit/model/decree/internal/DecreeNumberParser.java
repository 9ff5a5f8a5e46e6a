package io.github.unionkit.model.decree.internal;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.decree.DecreeNumberParseException.ErrorType;
import io.github.unionkit.model.internal.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written scanner behind {@link DecreeNumber#parse(CharSequence)}. Not part of the API.
 *
 * <p>One left-to-right pass with a fixed look-ahead of white space, so the running time is linear in
 * the (already capped) input; there is no regular expression and no backtracking. The grammar, with
 * white space allowed around every separator:
 *
 * <pre>
 *   text    = [sign] simple ( "/" simple )*
 *   sign    = "№" | ("N" | "n") ["o" | "O" | "º" | "°"] ["."]
 *   simple  = digits [ dash digits [ "." digits ] | "." digits ]
 * </pre>
 *
 * <p>The scanner builds values only through {@link DecreeNumber}'s public factories, so the invariants
 * stay checked in one place.
 */
public final class DecreeNumberParser {

    private DecreeNumberParser() {
    }

    /**
     * Parses a decree number; see {@link DecreeNumber#parse(CharSequence)} for the accepted forms.
     *
     * @param text the text, not null
     * @return the decree number
     * @throws DecreeNumberParseException if the text is not a decree number
     */
    public static DecreeNumber parse(CharSequence text) {
        int n = text.length();
        if (n > DecreeNumber.MAX_LENGTH) {
            throw fail(ErrorType.TOO_LONG, DecreeNumber.MAX_LENGTH, text);
        }
        int i = Chars.skipSpaces(text, 0);
        if (i == n) {
            throw fail(ErrorType.EMPTY, 0, text);
        }
        i = Chars.skipSpaces(text, skipSign(text, i));
        List<DecreeNumber> segments = new ArrayList<>(2);
        int secondSlash = -1;
        while (true) {
            i = parseSimple(text, i, segments);
            if (i == n) {
                break;
            }
            char c = text.charAt(i);
            if (c != '/') {
                throw fail(ErrorType.UNEXPECTED_CHARACTER, i, text);
            }
            if (segments.size() == DecreeNumber.MAX_JOINT_PARTS) {
                throw fail(ErrorType.TOO_MANY_PARTS, i, text);
            }
            if (segments.size() == 2) {
                secondSlash = i;
            }
            i = afterSeparator(text, i);
        }
        return assemble(text, segments, secondSlash);
    }

    private static DecreeNumber assemble(CharSequence text, List<DecreeNumber> segments, int secondSlash) {
        if (segments.size() == 1) {
            return segments.get(0);
        }
        for (DecreeNumber segment : segments) {
            if (segment.isComposite()) {
                return DecreeNumber.joint(segments);
            }
        }
        if (segments.size() > 2) {
            throw fail(ErrorType.TOO_MANY_PARTS, secondSlash, text);
        }
        return DecreeNumber.slashed(segments.get(0).sequence().getAsInt(), segments.get(1).sequence().getAsInt());
    }

    /** Skips an optional number sign at {@code i}; returns the index after it. */
    private static int skipSign(CharSequence text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (c == '\u2116') {
            return i + 1;
        }
        if (c == '\u041D' || c == '\u043D') {
            // Cyrillic Н typed for N: say so, rather than "unexpected character" or a guess
            throw fail(ErrorType.LOOK_ALIKE_SIGN, i, text);
        }
        if (c != 'N' && c != 'n') {
            return i;
        }
        int j = i + 1;
        if (j < n) {
            char o = text.charAt(j);
            if (o == 'o' || o == 'O' || o == '\u00BA' || o == '\u00B0') {
                j++;
            }
        }
        if (j < n && text.charAt(j) == '.') {
            j++;
        }
        return j;
    }

    /**
     * Parses one number without {@code /} at {@code i}, adds it to {@code out} and returns the index of
     * the first non-space character after it.
     */
    private static int parseSimple(CharSequence text, int i, List<DecreeNumber> out) {
        int n = text.length();
        requireDigit(text, i);
        int end = Chars.digitsEnd(text, i);
        int first = counter(text, i, end);
        int j = Chars.skipSpaces(text, end);
        if (j < n && Chars.isDash(text.charAt(j))) {
            int k = afterSeparator(text, j);
            int secondEnd = Chars.digitsEnd(text, k);
            int second = counter(text, k, secondEnd);
            j = Chars.skipSpaces(text, secondEnd);
            if (j < n && text.charAt(j) == '.') {
                k = afterSeparator(text, j);
                int thirdEnd = Chars.digitsEnd(text, k);
                int third = counter(text, k, thirdEnd);
                j = rejectFurtherCounter(text, Chars.skipSpaces(text, thirdEnd));
                out.add(DecreeNumber.of(first, second, third));
            } else {
                j = rejectFurtherCounter(text, j);
                out.add(DecreeNumber.of(first, second));
            }
        } else if (j < n && text.charAt(j) == '.') {
            int k = afterSeparator(text, j);
            int secondEnd = Chars.digitsEnd(text, k);
            int second = counter(text, k, secondEnd);
            j = rejectFurtherCounter(text, Chars.skipSpaces(text, secondEnd));
            out.add(DecreeNumber.dotted(first, second));
        } else {
            if (end - i > DecreeNumber.MAX_WIDTH) {
                throw fail(ErrorType.NUMBER_OUT_OF_RANGE, i, text);
            }
            out.add(DecreeNumber.sequential(first, end - i));
        }
        return j;
    }

    /**
     * Given the index of a separator, returns the index of the digit that must follow it (after
     * optional white space), or fails.
     */
    private static int afterSeparator(CharSequence text, int separator) {
        int k = Chars.skipSpaces(text, separator + 1);
        if (k == text.length()) {
            throw fail(ErrorType.TRAILING_SEPARATOR, separator, text);
        }
        requireDigit(text, k);
        return k;
    }

    /** Fails at {@code j} if a dash or dot would add a counter to a complete number; else returns j. */
    private static int rejectFurtherCounter(CharSequence text, int j) {
        if (j < text.length()) {
            char c = text.charAt(j);
            if (Chars.isDash(c) || c == '.') {
                if (Chars.skipSpaces(text, j + 1) == text.length()) {
                    throw fail(ErrorType.TRAILING_SEPARATOR, j, text);
                }
                throw fail(ErrorType.TOO_MANY_PARTS, j, text);
            }
        }
        return j;
    }

    private static void requireDigit(CharSequence text, int i) {
        if (i == text.length()) {
            throw fail(ErrorType.MISSING_NUMBER, i, text);
        }
        char c = text.charAt(i);
        if (Chars.isDigit(c)) {
            return;
        }
        if (Chars.isDash(c) || c == '.' || c == '/') {
            throw fail(ErrorType.MISSING_NUMBER, i, text);
        }
        throw fail(ErrorType.UNEXPECTED_CHARACTER, i, text);
    }

    private static int counter(CharSequence text, int from, int to) {
        int value = Chars.digitsValue(text, from, to);
        if (value < 1) {
            throw fail(ErrorType.NUMBER_OUT_OF_RANGE, from, text);
        }
        return value;
    }

    private static DecreeNumberParseException fail(ErrorType type, int index, CharSequence text) {
        return new DecreeNumberParseException(type, index, text);
    }
}
