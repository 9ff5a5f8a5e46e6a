package io.github.unionkit.io.text.internal;

import java.util.Map;

/**
 * Cardinal numbers written in words, as durations are: "в течение двух месяцев", "10 (десяти) дней",
 * "в течение двадцати пяти дней", and as the first half of compound adjectives: "десятидневный",
 * "двухнедельный", "трехмесячный".
 */
final class NumberWords {

    // Nominative and genitive forms: "десять дней" in tables, "в течение десяти дней" in clauses.
    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("один", 1), Map.entry("одна", 1), Map.entry("одного", 1), Map.entry("одной", 1),
            Map.entry("два", 2), Map.entry("две", 2), Map.entry("двух", 2),
            Map.entry("три", 3), Map.entry("трех", 3),
            Map.entry("четыре", 4), Map.entry("четырех", 4),
            Map.entry("пять", 5), Map.entry("пяти", 5),
            Map.entry("шесть", 6), Map.entry("шести", 6),
            Map.entry("семь", 7), Map.entry("семи", 7),
            Map.entry("восемь", 8), Map.entry("восьми", 8),
            Map.entry("девять", 9), Map.entry("девяти", 9),
            Map.entry("десять", 10), Map.entry("десяти", 10),
            Map.entry("одиннадцать", 11), Map.entry("одиннадцати", 11),
            Map.entry("двенадцать", 12), Map.entry("двенадцати", 12),
            Map.entry("тринадцать", 13), Map.entry("тринадцати", 13),
            Map.entry("четырнадцать", 14), Map.entry("четырнадцати", 14),
            Map.entry("пятнадцать", 15), Map.entry("пятнадцати", 15),
            Map.entry("шестнадцать", 16), Map.entry("шестнадцати", 16),
            Map.entry("семнадцать", 17), Map.entry("семнадцати", 17),
            Map.entry("восемнадцать", 18), Map.entry("восемнадцати", 18),
            Map.entry("девятнадцать", 19), Map.entry("девятнадцати", 19),
            Map.entry("двадцать", 20), Map.entry("двадцати", 20),
            Map.entry("тридцать", 30), Map.entry("тридцати", 30),
            Map.entry("сорок", 40), Map.entry("сорока", 40),
            Map.entry("пятьдесят", 50), Map.entry("пятидесяти", 50),
            Map.entry("шестьдесят", 60), Map.entry("шестидесяти", 60),
            Map.entry("семьдесят", 70), Map.entry("семидесяти", 70),
            Map.entry("восемьдесят", 80), Map.entry("восьмидесяти", 80),
            Map.entry("девяносто", 90), Map.entry("девяноста", 90),
            Map.entry("сто", 100), Map.entry("ста", 100));

    // The first half of compound adjectives ("десяти|дневный"); "одно|дневный", "девяносто|дневный".
    private static final Map<String, Integer> STEMS = Map.ofEntries(
            Map.entry("одно", 1), Map.entry("двух", 2), Map.entry("трех", 3), Map.entry("четырех", 4),
            Map.entry("пяти", 5), Map.entry("шести", 6), Map.entry("семи", 7), Map.entry("восьми", 8),
            Map.entry("девяти", 9), Map.entry("десяти", 10), Map.entry("одиннадцати", 11),
            Map.entry("двенадцати", 12), Map.entry("тринадцати", 13), Map.entry("четырнадцати", 14),
            Map.entry("пятнадцати", 15), Map.entry("шестнадцати", 16), Map.entry("семнадцати", 17),
            Map.entry("восемнадцати", 18), Map.entry("девятнадцати", 19), Map.entry("двадцати", 20),
            Map.entry("тридцати", 30), Map.entry("сорока", 40), Map.entry("пятидесяти", 50),
            Map.entry("шестидесяти", 60), Map.entry("семидесяти", 70), Map.entry("восьмидесяти", 80),
            Map.entry("девяносто", 90), Map.entry("сто", 100));

    private static final int MAX_WORD_LENGTH = 16;

    private NumberWords() {
    }

    /**
     * Reads a cardinal in words starting at token {@code i}: one word ("десяти") or tens and units
     * ("двадцати пяти").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the number and the index after it, {@link Packed}; {@link Packed#NONE} if no cardinal
     *     starts at {@code i}
     */
    public static long cardinal(Tokens tokens, int i) {
        int first = lookup(CARDINALS, tokens, i);
        if (first <= 0) {
            return Packed.NONE;
        }
        if (first >= 20 && first <= 90 && first % 10 == 0) {
            int units = lookup(CARDINALS, tokens, i + 1);
            if (units >= 1 && units <= 9) {
                return Packed.of(first + units, i + 2);
            }
        }
        return Packed.of(first, i + 1);
    }

    /**
     * Reads the number in front of a compound adjective: "десяти" in "десятидневный" is 10; an empty
     * stem ("месячный") is 1.
     *
     * @param foldedStem the folded text before the adjective's root
     * @return the number, or 0 if the stem is not a number
     */
    public static int stem(String foldedStem) {
        if (foldedStem.isEmpty()) {
            return 1;
        }
        Integer value = STEMS.get(foldedStem);
        return value == null ? 0 : value;
    }

    private static int lookup(Map<String, Integer> table, Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.end(i) - tokens.start(i) > MAX_WORD_LENGTH) {
            return 0;
        }
        Integer value = table.get(tokens.folded(i));
        return value == null ? 0 : value;
    }
}
