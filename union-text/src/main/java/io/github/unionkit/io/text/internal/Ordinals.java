package io.github.unionkit.io.text.internal;

import java.util.List;

/**
 * Ordinals of quarters and half-years as decrees write them: in words in any case ("первом",
 * "первого", "первый"), in digits with or without a case ending ("1", "1-м", "1-го") and in Roman
 * numerals ("I", "IV"; the Cyrillic look-alikes "І" and "Х" typed for Latin letters are read too).
 */
public final class Ordinals {

    /** The largest ordinal read: quarters go to four, half-years to two. */
    public static final int MAX = 4;

    // Index 0 is "first". Every case and gender a quarter ("квартал") or half-year ("полугодие") takes.
    private static final List<List<String>> WORDS = List.of(
            List.of("первом", "первого", "первый", "первое", "первому", "первым"),
            List.of("втором", "второго", "второй", "второе", "второму", "вторым"),
            List.of("третьем", "третьего", "третий", "третье", "третьему", "третьим"),
            List.of("четвертом", "четвертого", "четвертый", "четвертое", "четвертому", "четвертым"));
    private static final List<String> PREPOSITIONAL = List.of("первом", "втором", "третьем", "четвертом");
    private static final List<String> DIGIT_ENDINGS = List.of("м", "ом", "й", "ый", "ий", "го", "ого", "е", "ое");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private Ordinals() {
    }

    /**
     * Reads an ordinal from 1 to {@value #MAX} starting at token {@code i}.
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the ordinal and the index after it, {@link Packed}; {@link Packed#NONE} if no ordinal
     *     starts at {@code i}
     */
    public static long read(Tokens tokens, int i) {
        if (tokens.isNumber(i)) {
            int value = tokens.number(i);
            if (tokens.digits(i) != 1 || value < 1 || value > MAX) {
                return Packed.NONE;
            }
            int end = i + 1;
            // "1-м", "1-го": a case ending after a hyphen, written without spaces.
            if (tokens.isDash(end) && tokens.touchesPrevious(end) && tokens.touchesPrevious(end + 1)
                    && digitEnding(tokens, end + 1)) {
                end += 2;
            }
            return Packed.of(value, end);
        }
        if (!tokens.isWord(i)) {
            return Packed.NONE;
        }
        for (int v = 0; v < MAX; v++) {
            for (String form : WORDS.get(v)) {
                if (tokens.is(i, form)) {
                    return Packed.of(v + 1, i + 1);
                }
            }
        }
        int roman = roman(tokens, i);
        return roman >= 1 && roman <= MAX ? Packed.of(roman, i + 1) : Packed.NONE;
    }

    private static boolean digitEnding(Tokens tokens, int i) {
        for (String ending : DIGIT_ENDINGS) {
            if (tokens.is(i, ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads word token {@code i} as a Roman numeral from I to XXXIX.
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the value, or 0 if the token is not a well-formed Roman numeral
     */
    public static int roman(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return 0;
        }
        int start = tokens.start(i);
        int end = tokens.end(i);
        if (end - start > 6) {
            return 0;
        }
        StringBuilder latin = new StringBuilder(end - start);
        for (int p = start; p < end; p++) {
            char c = latinLetter(tokens.text().charAt(p));
            if (c == 0) {
                return 0;
            }
            latin.append(c);
        }
        String numeral = latin.toString();
        for (int tens = 0; tens <= 3; tens++) {
            for (int units = 0; units <= 9; units++) {
                if (tens + units > 0 && numeral.equals("X".repeat(tens) + UNITS.get(units))) {
                    return tens * 10 + units;
                }
            }
        }
        return 0;
    }

    private static final List<String> UNITS = List.of("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX");

    private static char latinLetter(char c) {
        switch (c) {
            case 'I':
            case 'i':
            case '\u0406': // Cyrillic І
            case '\u0456': // Cyrillic і
            case '\u04C0': // Cyrillic palochka
                return 'I';
            case 'V':
            case 'v':
                return 'V';
            case 'X':
            case 'x':
            case '\u0425': // Cyrillic Х
            case '\u0445': // Cyrillic х
                return 'X';
            default:
                return 0;
        }
    }

    /**
     * Returns the masculine/neuter prepositional ordinal, as in "в первом квартале".
     *
     * @param value 1 to {@value #MAX}
     * @return the word
     */
    public static String prepositional(int value) {
        return PREPOSITIONAL.get(value - 1);
    }

    /**
     * Returns the Roman numeral of {@code value}, as in "в IV квартале".
     *
     * @param value 1 to {@value #MAX}
     * @return the numeral
     */
    public static String roman(int value) {
        return ROMAN.get(value - 1);
    }
}
