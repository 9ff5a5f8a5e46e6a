package io.github.unionkit.io.text.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * Reads a requisite line of a decree's header: the adoption date ("«18» декабря 2020 г.",
 * "18.12.2020", "20-21 мая 2016 г.", optionally after "от"), the number ("№ 3- 1", "N 27-5"), the
 * place ("г. Астрахань", "с. Енотаевка"), or several of them on one line in any order ("18.12.2020
 * № 3-1"). A line is a requisite line only if these parts make up all of it. Lines longer than
 * {@value #MAX_LINE} characters never are, so the reader stays cheap on long paragraphs.
 */
final class DecreeRequisites {

    /** The longest line read as requisites. */
    public static final int MAX_LINE = 200;

    /** Where the date was written (offsets), or -1. */
    public int dateStart = -1;
    /** The end of the date. */
    public int dateEnd = -1;
    /** The dates read, or null if the date is incomplete or does not exist. */
    public LocalDateRange dates;
    /** Where the number's text starts (after the sign), or -1. */
    public int numberStart = -1;
    /** The end of the number's text. */
    public int numberEnd = -1;
    /** Where the place starts, or -1. */
    public int placeStart = -1;
    /** The end of the place. */
    public int placeEnd = -1;
    /** A second "№ …" on the line (a joint decree gives one number per issuer), or -1. */
    public int secondNumberStart = -1;
    /** The end of the second number, or -1. */
    public int secondNumberEnd = -1;
    /**
     * Where the requisites start when words precede them on the line ("ПОСТАНОВЛЕНИЕ № 1/7",
     * "Президиума районной организации от 10 марта 2022 года"): the end of those words; -1 when the
     * line holds requisites only.
     */
    public int prefixEnd = -1;

    private DecreeRequisites() {
    }

    /**
     * Reads a line's content as requisites.
     *
     * @param text the decree
     * @param start the content's start
     * @param end the content's end
     * @return the parts read, or null if the line is not made of requisites only
     */
    public static DecreeRequisites read(CharSequence text, int start, int end) {
        if (end - start > MAX_LINE || start == end) {
            return null;
        }
        Tokens t = Tokens.of(text, start, end);
        DeadlineGrammar grammar = new DeadlineGrammar(t);
        DecreeRequisites found = new DecreeRequisites();
        int n = t.size();
        int i = 0;
        while (i < n) {
            int date = t.is(i, "от") ? i + 1 : i;
            int shortYear = found.dateStart < 0 ? shortYearDateEnd(t, date) : -1;
            if (shortYear > 0) {
                // "05.09.21": a header's date with a two-digit year (the deadline grammar wants four).
                found.dateStart = t.start(date);
                int after = shortYear;
                if (t.is(after, "г") && !startsName(t, t.isPunct(after + 1, '.') ? after + 2 : after + 1)) {
                    after = t.isPunct(after + 1, '.') ? after + 2 : after + 1;
                }
                found.dateEnd = t.end(after - 1);
                found.dates = shortYearDate(t, date);
                i = after;
                continue;
            }
            PhraseSpec spec = found.dateStart < 0 ? grammar.datesAt(date) : null;
            if (spec != null) {
                int after = spec.endToken();
                // "12.09.2022 г. Дубравск": the "г." is the town's, not the year's.
                if (after >= 2 && t.isPunct(after - 1, '.') && t.is(after - 2, "г") && startsName(t, after)) {
                    after -= 2;
                } else if (after >= 1 && t.is(after - 1, "г") && startsName(t, after)) {
                    after -= 1;
                }
                found.dateStart = t.start(spec.startToken());
                found.dateEnd = t.end(after - 1);
                found.dates = resolve(spec);
                i = after;
                continue;
            }
            int afterSign = signEnd(t, i);
            if (afterSign > 0 && (found.numberStart < 0 || found.secondNumberStart < 0)) {
                int numberEnd = DecreeNumberTokens.end(t, afterSign);
                // "№ 5-п", "№ 12-ос": a suffix written onto the number belongs to it, readable or not.
                while (numberEnd < n && t.touchesPrevious(numberEnd) && (t.isWord(numberEnd) || t.isNumber(numberEnd)
                        || (t.isDash(numberEnd) || t.isPunct(numberEnd, '/')) && numberEnd + 1 < n
                                && t.touchesPrevious(numberEnd + 1)
                                && (t.isWord(numberEnd + 1) || t.isNumber(numberEnd + 1)))) {
                    numberEnd++;
                }
                int written = numberEnd;
                if (numberEnd < n && t.isPunct(numberEnd, '.') && numberEnd == n - 1) {
                    numberEnd++; // the sentence's full stop after the number
                }
                if (found.numberStart < 0) {
                    found.numberStart = t.start(afterSign);
                    found.numberEnd = t.end(written - 1);
                } else {
                    // A joint decree's second number may carry any suffix ("№ 1245-п"): the line ends here.
                    found.secondNumberStart = t.start(afterSign);
                    found.secondNumberEnd = t.end(n - 1);
                    numberEnd = n;
                }
                i = numberEnd;
                continue;
            }
            int placeEnd = found.placeStart < 0 ? placeEnd(t, i) : -1;
            if (placeEnd > 0) {
                found.placeStart = t.start(i);
                found.placeEnd = t.end(placeEnd - 1);
                i = placeEnd;
                continue;
            }
            return null;
        }
        return found.dateStart >= 0 || found.numberStart >= 0 || found.placeStart >= 0 ? found : null;
    }

    /**
     * Reads requisites that follow other words on a line: the first "от DATE" or "№ N" from which the
     * rest of the line is requisites only. At most {@link #MAX_LINE} characters are looked at.
     *
     * @param text the text
     * @param start the line content's start
     * @param end the line content's end
     * @return what was found, with {@link #prefixEnd} set, or null
     */
    public static DecreeRequisites readAfterWords(CharSequence text, int start, int end) {
        if (end - start > MAX_LINE || start == end) {
            return null;
        }
        Tokens t = Tokens.of(text, start, end);
        for (int k = 1; k < t.size(); k++) {
            if (t.is(k, "от") || t.isPunct(k, '№')) {
                DecreeRequisites found = read(text, t.start(k), end);
                if (found != null && (found.dateStart >= 0 || found.numberStart >= 0)) {
                    found.prefixEnd = t.end(k - 1);
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean startsName(Tokens t, int i) {
        return t.isWord(i) && Character.isUpperCase(t.text().charAt(t.start(i)));
    }

    /** The token after "DD.MM.YY" written without spaces at {@code k}, or -1. */
    private static int shortYearDateEnd(Tokens t, int k) {
        boolean shape = t.isNumber(k) && t.digits(k) <= 2 && t.isPunct(k + 1, '.') && t.touchesPrevious(k + 1)
                && t.isNumber(k + 2) && t.digits(k + 2) <= 2 && t.touchesPrevious(k + 2) && t.isPunct(k + 3, '.')
                && t.touchesPrevious(k + 3) && t.isNumber(k + 4) && t.digits(k + 4) == 2 && t.touchesPrevious(k + 4);
        return shape && !(t.isNumber(k + 5) && t.touchesPrevious(k + 5)) ? k + 5 : -1;
    }

    /** The day of "DD.MM.YY": years 70–99 are the 1900s, 00–69 the 2000s; null if there is no such day. */
    private static LocalDateRange shortYearDate(Tokens t, int k) {
        int yy = t.number(k + 4);
        try {
            LocalDate day = LocalDate.of(yy >= 70 ? 1900 + yy : 2000 + yy, t.number(k + 2), t.number(k));
            return LocalDateRange.ofClosed(day, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "№", "№№", "N", "No", "Nº" followed by a number: the index of the number, or -1. */
    private static int signEnd(Tokens t, int i) {
        int next;
        if (t.isPunct(i, '№')) {
            next = t.isPunct(i + 1, '№') ? i + 2 : i + 1;
        } else if (t.is(i, "n") || t.is(i, "no") || t.is(i, "nо") || t.is(i, "nº")) {
            next = t.isPunct(i + 1, '.') ? i + 2 : i + 1;
        } else {
            return -1;
        }
        return t.isNumber(next) ? next : -1;
    }

    /** "г. Астрахань", "с. Енотаевка", "г. Ростов-на-Дону": the index after the place, or -1. */
    private static int placeEnd(Tokens t, int i) {
        if (!DecreeWords.isSettlement(t, i)) {
            return -1;
        }
        int k = t.isPunct(i + 1, '.') ? i + 2 : i + 1;
        if (!t.isWord(k) || !Character.isUpperCase(t.text().charAt(t.start(k)))) {
            return -1;
        }
        k++;
        while (true) {
            if (t.isDash(k) && t.touchesPrevious(k) && t.isWord(k + 1) && t.touchesPrevious(k + 1)) {
                k += 2;
            } else if (t.isWord(k) && Character.isUpperCase(t.text().charAt(t.start(k)))
                    && !DecreeWords.isSettlement(t, k)) {
                k++;
            } else {
                return k;
            }
        }
    }

    /**
     * Resolves a date or a range of days written in full. A range's first day takes the month and
     * year of its last day when it omits them ("20-21 мая 2016 г."), and the year before if that would
     * put it after the last day.
     */
    private static LocalDateRange resolve(PhraseSpec spec) {
        try {
            DateSpec last = spec.form() == PhraseSpec.Form.EXACT_DAY ? spec.first() : spec.second();
            int lastYear = explicitYear(last);
            if (lastYear < 0 || !last.hasMonth()) {
                return null;
            }
            LocalDate end = LocalDate.of(lastYear, last.month(), last.day());
            if (spec.form() == PhraseSpec.Form.EXACT_DAY) {
                return LocalDateRange.ofClosed(end, end);
            }
            DateSpec first = spec.first();
            int month = first.hasMonth() ? first.month() : last.month();
            int firstYear = explicitYear(first);
            LocalDate begin = LocalDate.of(firstYear >= 0 ? firstYear : lastYear, month, first.day());
            if (firstYear < 0 && begin.isAfter(end)) {
                begin = begin.minusYears(1);
            }
            return begin.isAfter(end) ? null : LocalDateRange.ofClosed(begin, end);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A header date must state its year: there is no document date yet to resolve "т.г." against. */
    private static int explicitYear(DateSpec date) {
        return date.year().mode() == YearRef.Mode.EXPLICIT ? date.year().year() : -1;
    }
}
