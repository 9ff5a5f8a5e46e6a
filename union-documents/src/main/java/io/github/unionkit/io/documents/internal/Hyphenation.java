package io.github.unionkit.io.documents.internal;

/**
 * Decides whether a line's final hyphen is a word broken at the line's end: only when a lowercase
 * Cyrillic or Latin letter and '-' end the line and a lowercase letter starts the next. A hyphen after
 * a capital or a digit («I-», «2020-») or before a capital or a digit is kept: that is a real dash.
 */
final class Hyphenation {

    private Hyphenation() {
    }

    static boolean joins(String line, String next) {
        int n = line.length();
        if (n < 2 || next.isEmpty() || line.charAt(n - 1) != '-' && line.charAt(n - 1) != '\u00AD') {
            return false;
        }
        return isLowerLetter(line.charAt(n - 2)) && isLowerLetter(next.charAt(0));
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'а' && c <= 'я' || c == 'ё' || c >= 'a' && c <= 'z';
    }
}
