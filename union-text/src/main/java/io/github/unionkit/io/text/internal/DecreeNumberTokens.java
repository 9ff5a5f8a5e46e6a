package io.github.unionkit.io.text.internal;

/**
 * Reads the tokens of a decree number written in running text, shared by the header's requisite line
 * ({@link DecreeRequisites}) and references to other decrees ({@link ReferenceFinder}), so both take
 * the same tokens as a number.
 */
final class DecreeNumberTokens {

    // A joint number has at most 8 parts of 3 counters: 24 numbers and 23 separators.
    private static final int MAX_NUMBER_TOKENS = 47;

    private DecreeNumberTokens() {
    }

    /**
     * Reads a number: digit runs joined by dashes or slashes (spaces allowed: "3- 1") or by dots
     * written without spaces ("25.61", "5-1.1"); a trailing separator is not taken.
     *
     * @param t the tokens
     * @param j the index of the number's first token
     * @return the index after the number's last token, or -1 if token {@code j} is not a number
     */
    static int end(Tokens t, int j) {
        if (!t.isNumber(j)) {
            return -1;
        }
        int k = j + 1;
        while (k - j < MAX_NUMBER_TOKENS) {
            if ((t.isDash(k) || t.isPunct(k, '/')) && t.isNumber(k + 1)) {
                k += 2;
            } else if (t.isPunct(k, '.') && t.touchesPrevious(k) && t.isNumber(k + 1) && t.touchesPrevious(k + 1)) {
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }
}
