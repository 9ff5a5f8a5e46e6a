package io.github.unionkit.model.internal;

import java.util.OptionalInt;

/**
 * Cyrillic and Latin letters that look the same (А and A, Н and H, С and C, …), so that an error can
 * say «кириллическая буква, похожая на латинскую "H"» where a reader sees only "H". The pairs are the
 * letters that share a glyph in common fonts, upper and lower case.
 */
public final class LookAlikes {

    private static final String CYRILLIC = "АВЕКМНОРСТХаеорсухіјѕ";
    private static final String LATIN = "ABEKMHOPCTXaeopcyxijs";

    private LookAlikes() {
    }

    /**
     * Returns the letter of the other script that looks like this one.
     *
     * @param codePoint a character
     * @return its twin, or empty when it has none
     */
    public static OptionalInt twin(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return OptionalInt.empty();
        }
        int i = CYRILLIC.indexOf(codePoint);
        if (i >= 0) {
            return OptionalInt.of(LATIN.charAt(i));
        }
        i = LATIN.indexOf(codePoint);
        return i >= 0 ? OptionalInt.of(CYRILLIC.charAt(i)) : OptionalInt.empty();
    }
}
