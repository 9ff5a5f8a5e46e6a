package io.github.unionkit.model.decree.internal;

import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ClauseNumberParseException;
import io.github.unionkit.model.decree.ClauseNumberParseException.ErrorType;
import io.github.unionkit.model.internal.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written scanner behind {@link ClauseNumber#parse(CharSequence)}. Not part of the API.
 *
 * <p>Grammar: optional white space, {@code digits ("." digits)*}, an optional final dot, optional white
 * space. One linear pass over the (already capped) input, no backtracking.
 */
public final class ClauseNumberParser {

    private ClauseNumberParser() {
    }

    /**
     * Parses a clause number; see {@link ClauseNumber#parse(CharSequence)} for the accepted forms.
     *
     * @param text the text, not null
     * @return the clause number's parts, each 1 to {@link ClauseNumber#MAX_PART}, 1 to
     *     {@link ClauseNumber#MAX_DEPTH} of them
     * @throws ClauseNumberParseException if the text is not a clause number
     */
    public static List<Integer> parse(CharSequence text) {
        int n = text.length();
        if (n > ClauseNumber.MAX_LENGTH) {
            throw fail(ErrorType.TOO_LONG, ClauseNumber.MAX_LENGTH, text);
        }
        int i = Chars.skipSpaces(text, 0);
        if (i == n) {
            throw fail(ErrorType.EMPTY, 0, text);
        }
        List<Integer> parts = new ArrayList<>(4);
        while (true) {
            char c = text.charAt(i);
            if (!Chars.isDigit(c)) {
                throw fail(c == '.' ? ErrorType.MISSING_NUMBER : ErrorType.UNEXPECTED_CHARACTER, i, text);
            }
            int end = Chars.digitsEnd(text, i);
            int value = Chars.digitsValue(text, i, end);
            if (value < 1 || value > ClauseNumber.MAX_PART) {
                throw fail(ErrorType.NUMBER_OUT_OF_RANGE, i, text);
            }
            if (parts.size() == ClauseNumber.MAX_DEPTH) {
                throw fail(ErrorType.TOO_DEEP, i, text);
            }
            parts.add(value);
            i = end;
            if (i < n && text.charAt(i) == '.') {
                i++;
                if (i < n && !Chars.isSpace(text.charAt(i))) {
                    continue;
                }
            }
            int rest = Chars.skipSpaces(text, i);
            if (rest < n) {
                throw fail(ErrorType.UNEXPECTED_CHARACTER, rest, text);
            }
            return parts;
        }
    }

    private static ClauseNumberParseException fail(ErrorType type, int index, CharSequence text) {
        return new ClauseNumberParseException(type, index, text);
    }
}
