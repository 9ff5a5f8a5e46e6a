package io.github.unionkit.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Escapes, on the way to the terminal, the characters of input that could drive it: C0 and C1
 * control characters other than line feed, carriage return and tab (ESC starts the terminal's
 * escape sequences, which a name or a title in an input file could otherwise use to rewrite the
 * screen) and the bidirectional overrides (U+202A-U+202E, U+2066-U+2069). Each is printed as
 * {@code \}{@code uXXXX}.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /**
     * Tells whether a character is escaped.
     *
     * @param c the character
     * @return true if it is printed as an escape
     */
    static boolean unsafe(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Returns {@code text} with every unsafe character escaped.
     *
     * @param text the text
     * @return the safe text
     */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(escape(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int from = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (unsafe(text.charAt(i))) {
                out.write(text, from, i - from);
                out.write(escape(text.substring(i, i + 1)));
                from = i + 1;
            }
        }
        out.write(text, from, end - from);
    }
}
