package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.internal.PeriodSpec.Unit;
import io.github.unionkit.io.text.internal.PhraseSpec.Form;
import io.github.unionkit.model.time.Recurrence;
import java.time.Period;
import java.util.Objects;

/**
 * The grammar of Russian deadline phrases, a hand-written recursive-descent reader over {@link Tokens}.
 *
 * <p>{@link #match(int, boolean)} reads one phrase starting at a token and returns what it read as a
 * {@link PhraseSpec} (nothing is resolved against a document date here). Every rule looks at a bounded
 * number of tokens (about twenty at most) and never backtracks over more than that, so trying a match
 * at every token of a text is linear in the text. When no rule matches, {@link #furthestFailure()}
 * tells the furthest token any rule expected something else at: the position to report.
 *
 * <p>One instance per token list and thread; it keeps the failure position and a scratch cursor.
 */
public final class DeadlineGrammar {

    /** The grammatical case a period noun must be in after the preposition read so far. */
    private enum Case {
        /** After "в": "в первом квартале", "в 2021 году". */
        PREPOSITIONAL("квартале", "полугодии", "месяце", "году", "годах",
                new String[] {"текущем", "этом", "нынешнем"}, new String[] {"следующем", "будущем", "предстоящем"}),
        /** After "в течение", "до конца": "первого квартала", "2021 года". */
        GENITIVE("квартала", "полугодия", "месяца", "года", "годов",
                new String[] {"текущего", "этого", "нынешнего", "сего"},
                new String[] {"следующего", "будущего", "предстоящего"}),
        /** After "на" and in tables: "I квартал 2021 года", "2021 год", "2020-2025 годы". */
        NOMINATIVE("квартал", "полугодие", "месяц", "год", "годы",
                new String[] {"текущий", "текущее", "этот", "это", "нынешний"},
                new String[] {"следующий", "следующее", "будущий", "будущее", "предстоящий"});

        final String quarter;
        final String half;
        final String month;
        final String year;
        final String years;
        final String[] current;
        final String[] next;

        Case(String quarter, String half, String month, String year, String years, String[] current,
                String[] next) {
            this.quarter = quarter;
            this.half = half;
            this.month = month;
            this.year = year;
            this.years = years;
            this.current = current;
            this.next = next;
        }
    }

    private static final int MAX_COMPOUND_LENGTH = 40;

    private final Tokens t;
    private int furthest = -1;
    private int unsupported = -1;
    // The token index after the last thing read by the readers that return a value object.
    private int cursor;

    /**
     * Creates a grammar over the given tokens.
     *
     * @param tokens the tokens, not null
     */
    public DeadlineGrammar(Tokens tokens) {
        this.t = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * Reads one deadline phrase starting at token {@code i}.
     *
     * @param i the token to start at
     * @param whole true when the caller reads a whole phrase (also accepts the bare table forms "I
     *     квартал 2021 года", "2021 год", "декабрь 2020 года"); false when scanning running text, where
     *     such bare forms are too often not deadlines
     * @return what was read, or null if no phrase starts at {@code i}
     */
    public PhraseSpec match(int i, boolean whole) {
        PhraseSpec spec = null;
        if (t.isWord(i)) {
            spec = fromWord(i);
        } else if (t.isNumber(i) || t.isQuote(i)) {
            spec = bareDates(i);
        } else {
            fail(i);
        }
        if (spec == null && whole) {
            spec = periodPhrase(i, i, Case.NOMINATIVE, false);
        }
        return spec;
    }

    /**
     * Reads a date or a range of days starting at token {@code i}, as written after "от" in a decree
     * reference: "18.12.2018", "«18» декабря 2020 г.", "20-21 мая 2016 года".
     *
     * @param i the token to start at
     * @return an {@link Form#EXACT_DAY} or {@link Form#DAY_RANGE} spec, or null if no date starts there
     */
    public PhraseSpec datesAt(int i) {
        return t.isNumber(i) || t.isQuote(i) ? bareDates(i) : none(i);
    }

    /**
     * Returns the furthest token index at which a rule expected something it did not find.
     *
     * @return a token index ({@code tokens.size()} when the text ended too early), or -1 if nothing failed
     */
    public int furthestFailure() {
        return furthest;
    }

    /**
     * Tells whether the furthest failure is a construction the grammar recognises but does not support
     * (working days, which need a production calendar).
     *
     * @return true if the failure at {@link #furthestFailure()} is an unsupported construction
     */
    public boolean failedOnUnsupported() {
        return unsupported >= 0 && unsupported == furthest;
    }

    private void fail(int i) {
        if (i > furthest) {
            furthest = i;
        }
    }

    private PhraseSpec none(int i) {
        fail(i);
        return null;
    }

    private boolean expect(int i, String folded) {
        if (t.is(i, folded)) {
            return true;
        }
        fail(i);
        return false;
    }

    // ---------------------------------------------------------------- phrases opened by a word

    private PhraseSpec fromWord(int i) {
        if (t.is(i, "в") || t.is(i, "во")) {
            return afterV(i + 1, i);
        }
        if (t.is(i, "до")) {
            return afterDo(i + 1, i);
        }
        if (t.is(i, "не")) {
            return afterNe(i + 1, i);
        }
        if (t.is(i, "с")) {
            return dayRangeAfterS(i + 1, i);
        }
        if (t.is(i, "на")) {
            return periodPhrase(i + 1, i, Case.NOMINATIVE, false);
        }
        if (t.is(i, "постоянно")) {
            return PhraseSpec.simple(Form.ONGOING, i, i + 1);
        }
        if (t.is(i, "продолжить")) {
            return expect(i + 1, "работу") ? PhraseSpec.simple(Form.ONGOING, i, i + 2) : null;
        }
        if (t.is(i, "по")) {
            return expect(i + 1, "мере") && expect(i + 2, "необходимости")
                    ? PhraseSpec.simple(Form.UNSPECIFIED, i, i + 3) : null;
        }
        if (t.is(i, "срок")) {
            return expect(i + 1, "не") && (t.is(i + 2, "установлен") || expect(i + 2, "определен"))
                    ? PhraseSpec.simple(Form.UNSPECIFIED, i, i + 3) : null;
        }
        if (t.startsWith(i, "еже")) {
            Recurrence recurrence = recurrenceAdverb(i);
            return recurrence == null ? none(i) : PhraseSpec.recurring(recurrence, i, i + 1);
        }
        if (t.is(i, "раз")) {
            return onceIn(i + 1, i);
        }
        if (t.is(i, "один") && t.is(i + 1, "раз")) {
            return onceIn(i + 2, i);
        }
        if (t.is(i, "каждый") || t.is(i, "каждое")) {
            Recurrence recurrence = recurrenceNoun(i + 1);
            return recurrence == null ? none(i + 1) : PhraseSpec.recurring(recurrence, i, i + 2);
        }
        return none(i);
    }

    private Recurrence recurrenceAdverb(int i) {
        if (t.is(i, "ежемесячно")) {
            return Recurrence.MONTHLY;
        }
        if (t.is(i, "ежеквартально")) {
            return Recurrence.QUARTERLY;
        }
        if (t.is(i, "ежеполугодно") || t.is(i, "ежеполугодично")) {
            return Recurrence.HALF_YEARLY;
        }
        if (t.is(i, "ежегодно")) {
            return Recurrence.YEARLY;
        }
        return null;
    }

    private Recurrence recurrenceNoun(int i) {
        if (t.is(i, "месяц")) {
            return Recurrence.MONTHLY;
        }
        if (t.is(i, "квартал")) {
            return Recurrence.QUARTERLY;
        }
        if (t.is(i, "полугодие")) {
            return Recurrence.HALF_YEARLY;
        }
        if (t.is(i, "год")) {
            return Recurrence.YEARLY;
        }
        return null;
    }

    private PhraseSpec onceIn(int j, int start) {
        if (!expect(j, "в")) {
            return null;
        }
        Recurrence recurrence = recurrenceNoun(j + 1);
        return recurrence == null ? none(j + 1) : PhraseSpec.recurring(recurrence, start, j + 2);
    }

    private PhraseSpec afterV(int j, int start) {
        if (t.is(j, "течение") || t.is(j, "течении")) {
            return during(j + 1, start);
        }
        if (t.is(j, "срок")) {
            return afterSrok(j + 1, start);
        }
        if (t.is(j, "период")) {
            return expect(j + 1, "с") ? dayRangeAfterS(j + 2, start) : null;
        }
        if (t.is(j, "постоянном")) {
            return expect(j + 1, "режиме") ? PhraseSpec.simple(Form.ONGOING, start, j + 2) : null;
        }
        if (t.is(j, "установленные") || t.is(j, "установленный")) {
            return (t.is(j + 1, "сроки") || expect(j + 1, "срок"))
                    ? PhraseSpec.simple(Form.UNSPECIFIED, start, j + 2) : null;
        }
        PhraseSpec relative = relativeAdjective(j, start);
        if (relative != null) {
            return relative;
        }
        return periodPhrase(j, start, Case.PREPOSITIONAL, false);
    }

    private PhraseSpec afterSrok(int j, int start) {
        if (t.is(j, "до")) {
            return afterDo(j + 1, start);
        }
        if (t.is(j, "не")) {
            return afterNe(j + 1, start);
        }
        if (t.is(j, "с")) {
            return dayRangeAfterS(j + 1, start);
        }
        return none(j);
    }

    private PhraseSpec afterDo(int j, int start) {
        if (t.is(j, "конца") || t.is(j, "окончания")) {
            return endOf(j + 1, start);
        }
        DateSpec date = date(j, false);
        if (date == null) {
            return null;
        }
        int k = cursor;
        boolean inclusive = t.is(k, "включительно");
        return PhraseSpec.date(Form.UNTIL, date, inclusive, start, inclusive ? k + 1 : k);
    }

    private PhraseSpec afterNe(int j, int start) {
        if (!t.is(j, "позднее") && !expect(j, "позже")) {
            return null;
        }
        int k = t.is(j + 1, "чем") ? j + 2 : j + 1;
        if (t.is(k, "конца") || t.is(k, "окончания")) {
            return endOf(k + 1, start);
        }
        DateSpec date = date(k, false);
        if (date == null) {
            return null;
        }
        k = cursor;
        // "не позднее X включительно" says the same thing twice; read it, it changes nothing.
        return PhraseSpec.date(Form.NO_LATER_THAN, date, true, start, t.is(k, "включительно") ? k + 1 : k);
    }

    private PhraseSpec endOf(int j, int start) {
        PhraseSpec period = periodPhrase(j, start, Case.GENITIVE, true);
        if (period == null) {
            return null;
        }
        if (period.form() != Form.PERIOD) {
            return none(j);
        }
        return PhraseSpec.period(Form.END_OF, period.period(), start, period.endToken());
    }

    private PhraseSpec during(int j, int start) {
        PhraseSpec period = periodPhrase(j, start, Case.GENITIVE, false);
        return period != null ? period : duration(j, start);
    }

    // ---------------------------------------------------------------- periods

    /**
     * Reads a calendar period or a range of them in the given case: years ("2021 году"), year ranges
     * ("2024-2025 годах"), months and month ranges, ordinal quarters and halves, the current or next
     * period ("текущем году", "следующего квартала"), "т.г.", and, when {@code bareUnit}, a bare unit
     * meaning the current one ("до конца года").
     */
    private PhraseSpec periodPhrase(int j, int start, Case c, boolean bareUnit) {
        if (isYear(j)) {
            int first = t.number(j);
            if (t.isDash(j + 1) && isYear(j + 2)) {
                int end = yearsWord(j + 3, c);
                return end < 0 ? null : PhraseSpec.years(first, t.number(j + 2), start, end);
            }
            int end = yearWord(j + 1, c);
            return end < 0 ? null
                    : PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.YEAR, 0, YearRef.of(first)), start, end);
        }
        int month = month(j, c);
        if (month > 0) {
            if (t.isDash(j + 1) && month(j + 2, c) > 0) {
                int last = month(j + 2, c);
                YearRef year = year(j + 3);
                return PhraseSpec.months(month, last, year, start, cursor);
            }
            YearRef year = year(j + 1);
            return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.MONTH, month, year), start, cursor);
        }
        long ordinal = Ordinals.read(t, j);
        if (ordinal >= 0) {
            return ordinalPeriod(Packed.value(ordinal), j, Packed.end(ordinal), start, c);
        }
        if (c == Case.GENITIVE) {
            int end = currentYearAbbreviation(j);
            if (end > 0) {
                return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.YEAR, 0, YearRef.CURRENT), start, end);
            }
        }
        YearRef relative = anyOf(j, c.current) ? YearRef.CURRENT : anyOf(j, c.next) ? YearRef.NEXT : null;
        if (relative != null) {
            Unit unit = unitNoun(j + 1, c);
            return unit == null ? none(j + 1)
                    : PhraseSpec.period(Form.PERIOD, new PeriodSpec(unit, 0, relative), start, j + 2);
        }
        if (bareUnit) {
            Unit unit = unitNoun(j, c);
            if (unit != null) {
                return PhraseSpec.period(Form.PERIOD, new PeriodSpec(unit, 0, YearRef.CURRENT), start, j + 1);
            }
        }
        return none(j);
    }

    private PhraseSpec ordinalPeriod(int value, int ordinalToken, int k, int start, Case c) {
        Unit unit;
        int next;
        if (t.is(k, c.quarter)) {
            unit = Unit.QUARTER;
            next = k + 1;
        } else if (t.is(k, "кв")) {
            unit = Unit.QUARTER;
            next = t.isPunct(k + 1, '.') ? k + 2 : k + 1;
        } else if (t.is(k, c.half)) {
            unit = Unit.HALF;
            next = k + 1;
        } else {
            return none(k);
        }
        if (unit == Unit.HALF && value > 2) {
            return none(ordinalToken);
        }
        YearRef year = year(next);
        return PhraseSpec.period(Form.PERIOD, new PeriodSpec(unit, value, year), start, cursor);
    }

    private Unit unitNoun(int i, Case c) {
        if (t.is(i, c.year)) {
            return Unit.YEAR;
        }
        if (t.is(i, c.quarter)) {
            return Unit.QUARTER;
        }
        if (t.is(i, c.half)) {
            return Unit.HALF;
        }
        if (t.is(i, c.month)) {
            return Unit.MONTH;
        }
        return null;
    }

    private int month(int i, Case c) {
        switch (c) {
            case PREPOSITIONAL:
                return RussianMonths.prepositional(t, i);
            case GENITIVE:
                return RussianMonths.genitive(t, i);
            default:
                return RussianMonths.nominative(t, i);
        }
    }

    private boolean anyOf(int i, String[] words) {
        for (String word : words) {
            if (t.is(i, word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isYear(int i) {
        return t.digits(i) == 4 && t.number(i) >= 1000;
    }

    /** After a single year number: "году"/"года"/"год" by case, or "г."; -1 if missing. */
    private int yearWord(int i, Case c) {
        int k = i;
        // "2021-го года", "в 2021-м году", "2021-й год"
        if (isCaseEnding(k, "го") || isCaseEnding(k, "м") || isCaseEnding(k, "й")) {
            k += 2;
        }
        if (t.is(k, c.year)) {
            return k + 1;
        }
        if (t.is(k, "г")) {
            return t.isPunct(k + 1, '.') ? k + 2 : k + 1;
        }
        fail(k);
        return -1;
    }

    /** After a range of years: "годах"/"годов"/"годы" by case, "гг." or "г.г."; -1 if missing. */
    private int yearsWord(int i, Case c) {
        if (t.is(i, c.years)) {
            return i + 1;
        }
        if (t.is(i, "гг")) {
            return t.isPunct(i + 1, '.') ? i + 2 : i + 1;
        }
        if (t.is(i, "г") && t.isPunct(i + 1, '.') && t.is(i + 2, "г")) {
            return t.isPunct(i + 3, '.') ? i + 4 : i + 3;
        }
        fail(i);
        return -1;
    }

    /** "т.г." or "с.г." (сего года): returns the index after it, or -1. */
    private int currentYearAbbreviation(int i) {
        if ((t.is(i, "т") || t.is(i, "с")) && t.isPunct(i + 1, '.') && t.is(i + 2, "г")) {
            return t.isPunct(i + 3, '.') ? i + 4 : i + 3;
        }
        return -1;
    }

    /** A hyphenated case ending written without spaces: "1-го", "2021-го". */
    private boolean isCaseEnding(int dash, String ending) {
        return t.isDash(dash) && t.touchesPrevious(dash) && t.is(dash + 1, ending) && t.touchesPrevious(dash + 1);
    }

    /**
     * Reads the optional year after a date or a period, in the genitive: "2021 года", "2021 г.",
     * "2021", "т.г.", "текущего года", "следующего года". Sets {@link #cursor} after it.
     */
    private YearRef year(int k) {
        if (isYear(k)) {
            int year = t.number(k);
            int e = k + 1;
            if (isCaseEnding(e, "го")) {
                e += 2;
            }
            if (t.is(e, "года")) {
                e++;
            } else if (t.is(e, "г")) {
                e = t.isPunct(e + 1, '.') ? e + 2 : e + 1;
            }
            cursor = e;
            return YearRef.of(year);
        }
        int abbreviation = currentYearAbbreviation(k);
        if (abbreviation > 0) {
            cursor = abbreviation;
            return YearRef.CURRENT;
        }
        if (t.is(k + 1, "года")) {
            if (anyOf(k, Case.GENITIVE.current)) {
                cursor = k + 2;
                return YearRef.CURRENT;
            }
            if (anyOf(k, Case.GENITIVE.next)) {
                cursor = k + 2;
                return YearRef.NEXT;
            }
        }
        fail(k);
        cursor = k;
        return YearRef.ABSENT;
    }

    // ---------------------------------------------------------------- dates and ranges of days

    private boolean isDay(int i) {
        int digits = t.digits(i);
        return digits == 1 || digits == 2;
    }

    /**
     * Reads a date: "29 декабря 2020 г.", "«18» декабря 2020 г.", "1-го марта", "29 дек. 2020",
     * "16.06.2023 г.", "01.03.2021". With {@code dayOnly}, a bare day number ("20" of "с 20 по 21 мая")
     * is a date without month. Sets {@link #cursor} after it; returns null if there is no date.
     */
    private DateSpec date(int j, boolean dayOnly) {
        int k = j;
        int day;
        if (t.isQuote(k) && isDay(k + 1) && t.isQuote(k + 2)) {
            day = t.number(k + 1);
            k += 3;
        } else if (isDay(k)) {
            day = t.number(k);
            if (isNumericDate(k)) {
                int month = t.number(k + 2);
                int year = t.number(k + 4);
                cursor = numericDateEnd(k + 5);
                return new DateSpec(day, month, YearRef.of(year), j);
            }
            k++;
            if (isCaseEnding(k, "го")) {
                k += 2;
            }
        } else {
            fail(k);
            return null;
        }
        int month = RussianMonths.genitive(t, k);
        if (month > 0) {
            k++;
        } else {
            month = RussianMonths.abbreviation(t, k);
            if (month > 0) {
                k = t.isPunct(k + 1, '.') ? k + 2 : k + 1;
            }
        }
        if (month == 0) {
            fail(k);
            if (dayOnly) {
                cursor = k;
                return new DateSpec(day, 0, YearRef.ABSENT, j);
            }
            return null;
        }
        YearRef year = year(k);
        return new DateSpec(day, month, year, j);
    }

    /** DD.MM.YYYY written without spaces. */
    private boolean isNumericDate(int k) {
        return t.isPunct(k + 1, '.') && t.touchesPrevious(k + 1) && isDay(k + 2) && t.touchesPrevious(k + 2)
                && t.isPunct(k + 3, '.') && t.touchesPrevious(k + 3) && isYear(k + 4) && t.touchesPrevious(k + 4);
    }

    /** The optional year word after a numeric date: "16.06.2023 г.", "01.03.2021 года". */
    private int numericDateEnd(int k) {
        if (t.is(k, "г")) {
            return t.isPunct(k + 1, '.') ? k + 2 : k + 1;
        }
        if (t.is(k, "года") || t.is(k, "год")) {
            return k + 1;
        }
        return k;
    }

    /** "с 20 по 21 мая 2016 года", "с 29 декабря 2006 года по 5 января 2007 года", "с 25.04.2022 по …". */
    private PhraseSpec dayRangeAfterS(int j, int start) {
        DateSpec first = date(j, true);
        if (first == null) {
            return null;
        }
        int k = cursor;
        if (!expect(k, "по")) {
            return null;
        }
        DateSpec last = date(k + 1, false);
        return last == null ? null : PhraseSpec.days(first, last, start, cursor);
    }

    /** Bare dates and ranges: "29 декабря 2020 г.", "20-21 мая 2016 года", "20 мая – 21 июня 2016 г.". */
    private PhraseSpec bareDates(int i) {
        DateSpec first = date(i, true);
        if (first == null) {
            return null;
        }
        int k = cursor;
        if (first.hasMonth() && first.year().mode() != YearRef.Mode.ABSENT && !t.isDash(k)) {
            return PhraseSpec.date(Form.EXACT_DAY, first, false, i, k);
        }
        if (t.isDash(k)) {
            DateSpec last = date(k + 1, false);
            if (last != null) {
                return PhraseSpec.days(first, last, i, cursor);
            }
        }
        if (first.hasMonth()) {
            return PhraseSpec.date(Form.EXACT_DAY, first, false, i, k);
        }
        return none(k);
    }

    // ---------------------------------------------------------------- relative durations

    /** "месяца", "двух месяцев", "10 (десяти) календарных дней", "одного года". */
    private PhraseSpec duration(int j, int start) {
        int k = j;
        int count = 1;
        boolean counted = false;
        if (t.isNumber(k) && t.digits(k) <= 3 && t.number(k) >= 1) {
            count = t.number(k);
            counted = true;
            k++;
            if (t.isPunct(k, '(')) {
                long words = NumberWords.cardinal(t, k + 1);
                if (words < 0 || Packed.value(words) != count) {
                    return none(k + 1);
                }
                int close = Packed.end(words);
                if (!t.isPunct(close, ')')) {
                    return none(close);
                }
                k = close + 1;
            }
        } else {
            long words = NumberWords.cardinal(t, k);
            if (words >= 0) {
                count = Packed.value(words);
                counted = true;
                k = Packed.end(words);
            }
        }
        if (t.is(k, "рабочих") || t.is(k, "рабочие")) {
            // Working days depend on the production calendar (holidays, transfers); not guessed.
            fail(k);
            unsupported = Math.max(unsupported, k);
            return null;
        }
        if (t.is(k, "календарных") || t.is(k, "календарные") || t.is(k, "календарного")) {
            k++;
        }
        Period length = durationUnit(k, count, counted);
        return length == null ? none(k) : PhraseSpec.relative(length, start, k + 1);
    }

    private Period durationUnit(int k, int count, boolean counted) {
        if (t.is(k, "дня") || t.is(k, "суток") || counted && (t.is(k, "дней") || t.is(k, "день"))) {
            return Period.ofDays(count);
        }
        if (t.is(k, "недели") || counted && (t.is(k, "недель") || t.is(k, "неделю") || t.is(k, "неделя"))) {
            return Period.ofWeeks(count);
        }
        if (t.is(k, "месяца") || counted && (t.is(k, "месяцев") || t.is(k, "месяц"))) {
            return Period.ofMonths(count);
        }
        if (t.is(k, "года") || counted && (t.is(k, "лет") || t.is(k, "год"))) {
            return Period.ofYears(count);
        }
        return null;
    }

    /** "в месячный срок", "в десятидневный срок", "в 10-дневный срок", "в двухнедельный срок". */
    private PhraseSpec relativeAdjective(int j, int start) {
        int count;
        int unitToken;
        String root;
        if (t.isNumber(j) && t.digits(j) <= 3 && t.number(j) >= 1 && t.isDash(j + 1) && t.isWord(j + 2)) {
            count = t.number(j);
            unitToken = j + 2;
            root = rootOf(t.folded(unitToken), true);
            if (root == null || root.length() != t.folded(unitToken).length()) {
                return none(unitToken);
            }
        } else if (t.isWord(j) && t.end(j) - t.start(j) <= MAX_COMPOUND_LENGTH && t.endsWith(j, "ый")) {
            String word = t.folded(j);
            root = rootOf(word, false);
            if (root == null) {
                return none(j);
            }
            count = NumberWords.stem(word.substring(0, word.length() - root.length()));
            if (count == 0 || count == 1 && root.equals("дневный") && word.equals(root)) {
                return none(j);
            }
            unitToken = j;
        } else {
            return none(j);
        }
        if (!expect(unitToken + 1, "срок")) {
            return null;
        }
        Period length;
        switch (root) {
            case "дневный":
                length = Period.ofDays(count);
                break;
            case "суточный":
                length = Period.ofDays(count);
                break;
            case "недельный":
                length = Period.ofWeeks(count);
                break;
            case "месячный":
                length = Period.ofMonths(count);
                break;
            default:
                length = Period.ofYears(count);
                break;
        }
        return PhraseSpec.relative(length, start, unitToken + 2);
    }

    private static String rootOf(String word, boolean exact) {
        for (String root : new String[] {"дневный", "суточный", "недельный", "месячный", "годичный"}) {
            if (exact ? word.equals(root) : word.endsWith(root)) {
                return root;
            }
        }
        return null;
    }
}
