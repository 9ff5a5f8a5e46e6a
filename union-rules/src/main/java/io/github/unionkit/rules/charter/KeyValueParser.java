package io.github.unionkit.rules.charter;

import io.github.unionkit.rules.charter.CharterProfileException.ErrorType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small strict reader of {@code key=value} lines: blank lines and lines starting with {@code #} are
 * skipped; keys are {@code [A-Za-z0-9._-]+}; values are trimmed and taken literally (UTF-8 text, no
 * escapes, no continuation lines); a key may appear once. Linear in the input, capped at 64 KiB.
 */
final class KeyValueParser {

    /** The largest text accepted, in characters. */
    public static final int MAX_CHARS = 64 * 1024;

    private KeyValueParser() {
    }

    /** A value and the line it was read from. */
    public static final class Entry {
        private final String value;
        private final int line;

        Entry(String value, int line) {
            this.value = value;
            this.line = line;
        }

        /**
         * Returns the trimmed value.
         *
         * @return the value
         */
        public String value() {
            return value;
        }

        /**
         * Returns the one-based line.
         *
         * @return the line
         */
        public int line() {
            return line;
        }
    }

    /**
     * Parses the text.
     *
     * @param text the text
     * @return the entries in file order
     * @throws CharterProfileException on a syntax error, a duplicate key or oversized input
     */
    public static Map<String, Entry> parse(CharSequence text) {
        if (text.length() > MAX_CHARS) {
            throw new CharterProfileException(ErrorType.TOO_LARGE, 0, "", "more than " + MAX_CHARS + " characters");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int lineNo = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n') {
                end++;
            }
            lineNo++;
            String line = text.subSequence(start, end).toString();
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
                int eq = trimmed.indexOf('=');
                if (eq <= 0) {
                    throw new CharterProfileException(ErrorType.SYNTAX, lineNo, "", "expected key=value");
                }
                String key = trimmed.substring(0, eq).strip();
                checkKey(key, lineNo);
                String value = trimmed.substring(eq + 1).strip();
                if (entries.containsKey(key)) {
                    throw new CharterProfileException(ErrorType.DUPLICATE_KEY, lineNo, key,
                            "first given at line " + entries.get(key).line());
                }
                entries.put(key, new Entry(value, lineNo));
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(entries);
    }

    private static void checkKey(String key, int lineNo) {
        if (key.isEmpty() || key.length() > 100) {
            throw new CharterProfileException(ErrorType.SYNTAX, lineNo, "", "key must have 1-100 characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                throw new CharterProfileException(ErrorType.SYNTAX, lineNo, "",
                        "illegal character in key at column " + (i + 1));
            }
        }
    }
}
