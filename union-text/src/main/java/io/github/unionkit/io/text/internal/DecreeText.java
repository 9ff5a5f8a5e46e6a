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
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            // A run: letter, space, letter, space, letter … of single letters, at least three of them.
            int end = i;
            int letters = 0;
            while (end < n && isSingleLetter(line, end)) {
                letters++;
                if (end + 2 < n && line.charAt(end + 1) == ' ' && isSingleLetter(line, end + 2)) {
                    end += 2;
                } else {
                    end++;
                    break;
                }
            }
            if (letters >= 3) {
                if (out == null) {
                    out = new StringBuilder(n).append(line, 0, i);
                }
                for (int k = i; k < end; k += 2) {
                    out.append(line.charAt(k));
                }
                i = end;
                // The wider gap after a spaced word is one word break.
                if (i < n && Character.isWhitespace(line.charAt(i))) {
                    out.append(' ');
                    while (i < n && Character.isWhitespace(line.charAt(i))) {
                        i++;
                    }
                }
                continue;
            }
            if (out != null) {
                out.append(line.charAt(i));
            }
            i++;
        }
        return out == null ? line : out.toString();
    }

    private static boolean isSingleLetter(String s, int i) {
        return Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
                && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)));
    }
}
