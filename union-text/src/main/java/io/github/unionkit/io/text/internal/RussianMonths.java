package io.github.unionkit.io.text.internal;

import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * Month names in the three cases decrees use, and the usual abbreviations: "29 декабря" (genitive),
 * "в декабре" (prepositional), "декабрь 2020 года" (nominative, in tables), "29 дек. 2020".
 */
public final class RussianMonths {

    private static final List<String> GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> PREPOSITIONAL = List.of("январе", "феврале", "марте", "апреле", "мае",
            "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре");
    private static final List<String> NOMINATIVE = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
            "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    // Each month's abbreviations; May has none because "мая" is already short.
    private static final List<List<String>> ABBREVIATIONS = List.of(List.of("янв"), List.of("фев", "февр"),
            List.of("мар"), List.of("апр"), List.of(), List.of("июн"), List.of("июл"), List.of("авг"),
            List.of("сен", "сент"), List.of("окт"), List.of("ноя", "нояб"), List.of("дек"));

    private RussianMonths() {
    }

    /**
     * Reads a month name in the genitive case ("декабря").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the month number 1 to 12, or 0 if token {@code i} is not such a word
     */
    public static int genitive(Tokens tokens, int i) {
        return find(tokens, i, GENITIVE);
    }

    /**
     * Reads a month name in the prepositional case ("декабре").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the month number 1 to 12, or 0
     */
    public static int prepositional(Tokens tokens, int i) {
        return find(tokens, i, PREPOSITIONAL);
    }

    /**
     * Reads a month name in the nominative case ("декабрь").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the month number 1 to 12, or 0
     */
    public static int nominative(Tokens tokens, int i) {
        return find(tokens, i, NOMINATIVE);
    }

    /**
     * Reads a month abbreviation without its dot ("дек", "сент").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the month number 1 to 12, or 0
     */
    public static int abbreviation(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            for (String form : ABBREVIATIONS.get(m)) {
                if (tokens.is(i, form)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    private static int find(Tokens tokens, int i, List<String> forms) {
        if (!tokens.isWord(i)) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (tokens.is(i, forms.get(m))) {
                return m + 1;
            }
        }
        return 0;
    }

    /**
     * Returns the genitive name of a month, as in "29 декабря".
     *
     * @param month the month, not null
     * @return the lower-case genitive name
     */
    public static String genitive(Month month) {
        return GENITIVE.get(Objects.requireNonNull(month, "month").ordinal());
    }

    /**
     * Returns the prepositional name of a month, as in "в декабре".
     *
     * @param month the month, not null
     * @return the lower-case prepositional name
     */
    public static String prepositional(Month month) {
        return PREPOSITIONAL.get(Objects.requireNonNull(month, "month").ordinal());
    }
}
