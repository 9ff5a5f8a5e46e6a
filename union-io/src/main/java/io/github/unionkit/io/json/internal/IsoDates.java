package io.github.unionkit.io.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Strict, allocation-free parsing of ISO dates {@code yyyy-MM-dd} (years 0001 to 9999), the only
 * date form UnionKit writes.
 *
 * <p>{@link LocalDate#parse(CharSequence)} goes through a general formatter; registry imports parse
 * several dates per record, millions of times, so the fixed form is read directly.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * Parses {@code text} as {@code yyyy-MM-dd}.
     *
     * @param text the text, not null
     * @return the date, or null if the text is not exactly a valid date of that form
     */
    public static LocalDate parseOrNull(CharSequence text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        return of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /**
     * Parses {@code yyyy-MM-dd} from a range of characters, without creating a string.
     *
     * @param chars the characters
     * @param offset the start of the range
     * @param length the length of the range
     * @return the date, or null if the range is not exactly a valid date of that form
     */
    public static LocalDate parseOrNull(char[] chars, int offset, int length) {
        if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
            return null;
        }
        return of(digits(chars, offset, 4), digits(chars, offset + 5, 2), digits(chars, offset + 8, 2));
    }

    private static int digits(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 1 || month < 1 || day < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Formats {@code date} as {@code yyyy-MM-dd}.
     *
     * @param date the date, with a year from 1 to 9999
     * @return the ISO text
     * @throws IllegalArgumentException if the year is outside 1 to 9999
     */
    public static String format(LocalDate date) {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year outside 1..9999: " + year);
        }
        return date.toString();
    }

    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
