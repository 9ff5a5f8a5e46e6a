package io.github.unionkit.model.meeting;

import io.github.unionkit.model.internal.Chars;
import java.util.Objects;

/**
 * A Roman numeral from 1 to {@value #MAX_VALUE}, as in "VIII Съезд" or "IV пленум": the ordinal of a
 * congress, plenum or conference.
 *
 * <p>{@link #toString()} prints the canonical numeral in upper-case Latin letters, using the
 * subtractive forms {@code IV IX XL XC CD CM} and never more than three equal digits in a row
 * ({@code 4 → IV}, {@code 1999 → MCMXCIX}). {@link #parse(CharSequence)} is strict: it accepts exactly
 * the canonical numerals (with optional surrounding white space) and rejects {@code IIII}, {@code VX},
 * {@code IM}, lower case and Cyrillic look-alike letters, each with a typed error, so that a numeral
 * round-trips unchanged and a typing slip is reported rather than silently read.
 *
 * @param value the value, 1 to {@value #MAX_VALUE}
 */
public record RomanNumeral(int value) implements Comparable<RomanNumeral> {

    /** The largest value a Roman numeral can express without overlines. */
    public static final int MAX_VALUE = 3_999;

    /** The longest text {@link #parse(CharSequence)} scans; longer text fails with {@code TOO_LONG}. */
    public static final int MAX_LENGTH = 32;

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    /**
     * Creates a Roman numeral; the one place the range is checked.
     *
     * @param value the value, 1 to {@value #MAX_VALUE}
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public RomanNumeral {
        if (value < 1 || value > MAX_VALUE) {
            throw new IllegalArgumentException("a Roman numeral is 1 to " + MAX_VALUE + ": " + value);
        }
    }

    /**
     * Returns the Roman numeral with the given value.
     *
     * @param value the value, 1 to {@value #MAX_VALUE}
     * @return the numeral
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public static RomanNumeral of(int value) {
        return new RomanNumeral(value);
    }

    /**
     * Reads a canonical Roman numeral in upper-case Latin letters, with optional white space around it.
     * The text is checked against {@value #MAX_LENGTH} characters before it is scanned; the scan is
     * linear.
     *
     * @param text the text, e.g. {@code "IV"}, not null
     * @return the numeral
     * @throws NullPointerException if {@code text} is null
     * @throws RomanNumeralParseException if the text is not a canonical Roman numeral; the exception
     *     says why and at which index
     */
    public static RomanNumeral parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n > MAX_LENGTH) {
            throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.TOO_LONG, MAX_LENGTH, text);
        }
        int start = Chars.skipSpaces(text, 0);
        if (start == n) {
            throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.EMPTY, 0, text);
        }
        int end = n;
        while (Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int sum = 0;
        for (int i = start; i < end; i++) {
            int digit = digitValue(text, i);
            boolean subtractive = i + 1 < end && digit < digitValue(text, i + 1);
            sum += subtractive ? -digit : digit;
        }
        if (sum > MAX_VALUE) {
            throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.NUMBER_OUT_OF_RANGE, start, text);
        }
        String canonical = sum < 1 ? "" : format(sum);
        int length = end - start;
        for (int i = 0; i < length; i++) {
            if (i >= canonical.length() || canonical.charAt(i) != text.charAt(start + i)) {
                throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.NOT_CANONICAL, start + i, text);
            }
        }
        if (length < canonical.length()) {
            // Not reachable for sums of valid digits, kept so the check does not rely on that argument.
            throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.NOT_CANONICAL, end, text);
        }
        return new RomanNumeral(sum);
    }

    /** Returns the value of the Roman digit at {@code i}, or fails with the precise reason. */
    private static int digitValue(CharSequence text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            case 'X':
                return 10;
            case 'L':
                return 50;
            case 'C':
                return 100;
            case 'D':
                return 500;
            case 'M':
                return 1000;
            case 'i':
            case 'v':
            case 'x':
            case 'l':
            case 'c':
            case 'd':
            case 'm':
                throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.LOWER_CASE, i, text);
            case '\u0406': // І, Ukrainian/Belarusian I
            case '\u0456': // і
            case '\u04C0': // Ӏ, palochka
            case '\u0425': // Х
            case '\u0445': // х
            case '\u0421': // С
            case '\u0441': // с
            case '\u041C': // М
            case '\u043C': // м
                throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.CYRILLIC_LOOKALIKE, i, text);
            default:
                throw new RomanNumeralParseException(RomanNumeralParseException.ErrorType.UNEXPECTED_CHARACTER, i, text);
        }
    }

    private static String format(int value) {
        StringBuilder text = new StringBuilder(15);
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                text.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return text.toString();
    }

    /**
     * Orders numerals by value.
     *
     * @param other the numeral to compare with, not null
     * @return a negative number, zero or a positive number as this value is smaller, equal or larger
     */
    @Override
    public int compareTo(RomanNumeral other) {
        return Integer.compare(value, other.value);
    }

    /**
     * Returns the canonical numeral in upper-case Latin letters, e.g. {@code "IV"};
     * {@link #parse(CharSequence)} reads it back.
     *
     * @return the canonical numeral
     */
    @Override
    public String toString() {
        return format(value);
    }
}
