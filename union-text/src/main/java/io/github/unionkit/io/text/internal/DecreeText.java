package io.github.unionkit.io.text.internal;

/**
 * Small text transformations the decree reader needs before it compares words: joining a
 * letter-spaced heading («П Р Е З И Д И У М» → «ПРЕЗИДИУМ») while keeping its word breaks (two or
 * more spaces, or a space between multi-letter words).
 */
final class DecreeText {

    private DecreeText() {
    }

    /**
     * Joins letter-spaced words: a run of single letters separated by single spaces becomes one word.
     * Text without such runs is returned as it is. Linear in the length.
     *
     * @param line a line, whitespace as written
     * @return the line with spaced words joined
     */
    static String despaced(String line) {
        int n = line.length();
        int singles = 0;
        for (int i = 0; i < n; i++) {
            if (Character.isLetter(line.charAt(i)) && (i == 0 || !Character.isLetter(line.charAt(i - 1)))
                    && (i + 1 == n || !Character.isLetter(line.charAt(i + 1)))) {
                singles++;
            }
        }
        if (singles < 4) {
            return line;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < n && isSingleLetter(line, i - 1) && isSingleLetter(line, i + 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isSingleLetter(String s, int i) {
        return Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
                && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)));
    }
}
