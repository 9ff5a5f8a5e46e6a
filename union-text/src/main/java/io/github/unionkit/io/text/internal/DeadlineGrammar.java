package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.internal.PeriodSpec.Unit;
import io.github.unionkit.io.text.internal.PhraseSpec.Form;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RelativeTerm;
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
        PREPOSITIONAL("квартале", "полугодии", "месяце", "году", "годах", "кварталах", "полугодиях", "учебном",
                "новом", new String[] {"текущем", "этом", "нынешнем"},
                new String[] {"следующем", "будущем", "предстоящем"}),
        /** After "в течение", "до конца": "первого квартала", "2021 года". */
        GENITIVE("квартала", "полугодия", "месяца", "года", "годов", "кварталов", "полугодий", "учебного",
                "нового", new String[] {"текущего", "этого", "нынешнего", "сего"},
                new String[] {"следующего", "будущего", "предстоящего"}),
        /** After "на" and in tables: "I квартал 2021 года", "2021 год", "2020-2025 годы". */
        NOMINATIVE("квартал", "полугодие", "месяц", "год", "годы", "кварталы", "полугодия", "учебный",
                "новый", new String[] {"текущий", "текущее", "этот", "это", "нынешний"},
                new String[] {"следующий", "следующее", "будущий", "будущее", "предстоящий"});

        final String quarter;
        final String half;
        final String month;
        final String year;
        final String years;
        final String quarters;
        final String halves;
        final String school;
        final String fresh;
        final String[] current;
        final String[] next;

        Case(String quarter, String half, String month, String year, String years, String quarters, String halves,
                String school, String fresh, String[] current, String[] next) {
            this.quarter = quarter;
            this.half = half;
            this.month = month;
            this.year = year;
            this.years = years;
            this.quarters = quarters;
            this.halves = halves;
            this.school = school;
            this.fresh = fresh;
            this.current = current;
            this.next = next;
        }
    }

    private static final int MAX_COMPOUND_LENGTH = 40;
    /** The most words an event may take: "после проведения отчётно-выборной конференции". */
    private static final int MAX_EVENT_WORDS = 6;

    private final Tokens t;
    private int furthest = -1;
    // Whether the current match reads a whole phrase (events may then run to the end of it).
    private boolean wholePhrase;
    private int unsupported = -1;
    private int unsupportedEnd = -1;
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
        wholePhrase = whole;
        if (t.isWord(i)) {
            spec = fromWord(i, whole);
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
     * Tells whether the furthest failure is a construction the grammar recognises but refuses as
     * ambiguous ("до 2025 года").
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

    private PhraseSpec unsupported(int i, int end) {
        fail(i);
        if (i >= unsupported) {
            unsupported = i;
            unsupportedEnd = end;
        }
        return null;
    }

    /** Forgets the failures of earlier matches, so that the next match reports only its own. */
    public void resetFailure() {
        furthest = -1;
        unsupported = -1;
        unsupportedEnd = -1;
    }

    /**
     * Returns where a construction the grammar refuses ends, when the furthest failure is one.
     *
     * @return the token index after the refused construction, or -1
     */
    public int unsupportedEnd() {
        return failedOnUnsupported() ? unsupportedEnd : -1;
    }

    private boolean expect(int i, String folded) {
        if (t.is(i, folded)) {
            return true;
        }
        fail(i);
        return false;
    }

    // ---------------------------------------------------------------- phrases opened by a word

    // Dispatches on the first letter, then compares whole words only within that letter: each token is
    // compared with a handful of keywords, not with every keyword of the grammar.
    private PhraseSpec fromWord(int i, boolean whole) {
        switch (t.firstLetter(i)) {
            case 'в':
                return t.is(i, "в") || t.is(i, "во") ? afterV(i + 1, i) : none(i);
            case 'д':
                return t.is(i, "до") ? afterDo(i + 1, i) : none(i);
            case 'н':
                if (t.is(i, "не")) {
                    return afterNe(i + 1, i);
                }
                return t.is(i, "на") ? periodPhrase(i + 1, i, Case.NOMINATIVE, false) : none(i);
            case 'с':
                if (t.is(i, "с") || t.is(i, "со")) {
                    return afterS(i + 1, i);
                }
                if (t.is(i, "срок")) {
                    return expect(i + 1, "не") && (t.is(i + 2, "установлен") || expect(i + 2, "определен"))
                            ? PhraseSpec.simple(Form.UNSPECIFIED, i, i + 3) : null;
                }
                return none(i);
            case 'п':
                return afterP(i, whole);
            case 'е':
                return t.startsWith(i, "еже") ? recurringAdverb(i) : none(i);
            case 'р':
                return t.is(i, "раз") ? onceIn(i + 1, i) : none(i);
            case 'о':
                return t.is(i, "один") && t.is(i + 1, "раз") ? onceIn(i + 2, i) : none(i);
            case 'к':
                if (t.is(i, "к") || t.is(i, "ко")) {
                    return afterK(i + 1, i);
                }
                if (t.is(i, "каждый") || t.is(i, "каждое")) {
                    Recurrence recurrence = recurrenceNoun(i + 1);
                    return recurrence == null ? none(i + 1) : PhraseSpec.recurring(recurrence, i, i + 2);
                }
                return none(i);
            default:
                return none(i);
        }
    }

    /** "постоянно", "продолжить работу", "по X", "по мере необходимости", "по итогам …", "после …". */
    private PhraseSpec afterP(int i, boolean whole) {
        if (t.is(i, "постоянно")) {
            return PhraseSpec.simple(Form.ONGOING, i, i + 1);
        }
        if (t.is(i, "продолжить")) {
            return expect(i + 1, "работу") ? PhraseSpec.simple(Form.ONGOING, i, i + 2) : null;
        }
        if (t.is(i, "после")) {
            return whole ? event(i, i + 1, i, null) : none(i);
        }
        if (!t.is(i, "по")) {
            return none(i);
        }
        if (t.is(i + 1, "мере")) {
            // "as the need arises": the need is the event; nothing is due until it is dated.
            return expect(i + 2, "необходимости") ? PhraseSpec.afterEvent(null, i, i + 3, i, i + 3) : null;
        }
        if (t.is(i + 1, "итогам") || t.is(i + 1, "окончании") || t.is(i + 1, "завершении")) {
            return event(i, i + 2, i, null);
        }
        // "по 31 декабря 2021 года": through X, X included.
        DateSpec date = date(i + 1, false);
        if (date == null) {
            return null;
        }
        int k = cursor;
        return PhraseSpec.date(Form.NO_LATER_THAN, date, true, i, t.is(k, "включительно") ? k + 1 : k);
    }

    /** "к 1 сентября 2021 года", "к началу учебного года", "к концу года". */
    private PhraseSpec afterK(int j, int start) {
        if (t.is(j, "началу")) {
            return schoolYearStart(j + 1, start, true);
        }
        if (t.is(j, "концу") || t.is(j, "окончанию")) {
            return endOf(j + 1, start);
        }
        DateSpec date = date(j, false);
        return date == null ? null : PhraseSpec.date(Form.NO_LATER_THAN, date, true, start, cursor);
    }

    /** "начала [нового | 2021/2022] учебного года" after "до" or "к": the first of September. */
    private PhraseSpec schoolYearStart(int j, int start, boolean inclusive) {
        PhraseSpec period = periodPhrase(j, start, Case.GENITIVE, false);
        if (period == null) {
            return null;
        }
        if (!period.is(Form.PERIOD) || period.period().unit() != Unit.SCHOOL_YEAR) {
            return none(j);
        }
        // The start of "учебного года" without a qualifier is the next one to start, as of "нового".
        PeriodSpec schoolYear = t.is(j, Case.GENITIVE.school)
                ? new PeriodSpec(Unit.SCHOOL_YEAR, 0, YearRef.NEW) : period.period();
        return PhraseSpec.schoolYearStart(schoolYear, inclusive, start, period.endToken());
    }

    /** "ежегодно", "ежегодно до 1 марта", "ежемесячно до 5 числа", "ежегодно в декабре". */
    private PhraseSpec recurringAdverb(int i) {
        Recurrence recurrence = recurrenceAdverb(i);
        if (recurrence == null) {
            return none(i);
        }
        int j = t.isPunct(i + 1, ',') ? i + 2 : i + 1;
        if (t.is(j, "до") || t.is(j, "не") && t.is(j + 1, "позднее") || t.is(j, "по")) {
            int at = t.is(j, "не") ? j + 2 : j + 1;
            boolean inclusive = !t.is(j, "до");
            PhraseSpec due = dueDay(recurrence, at, i, inclusive);
            if (due != null) {
                return due;
            }
        } else if (recurrence == Recurrence.YEARLY && (t.is(j, "в") || t.is(j, "во"))) {
            PhraseSpec within = periodPhrase(j + 1, i, Case.PREPOSITIONAL, false);
            if (within != null && within.is(Form.PERIOD) && within.period().year().mode() == YearRef.Mode.ABSENT
                    && within.period().unit() != Unit.YEAR && within.period().unit() != Unit.SCHOOL_YEAR
                    && within.period().index() > 0) {
                return PhraseSpec.recurringWithin(recurrence, within.period(), within.period().index(), i,
                        within.endToken());
            }
            if (within != null && within.is(Form.MONTH_RANGE) && within.first() == null
                    && within.rangeYear().mode() == YearRef.Mode.ABSENT && within.firstNumber() <= within.secondNumber()) {
                return PhraseSpec.recurringWithin(recurrence, new PeriodSpec(Unit.MONTH, within.firstNumber(),
                        YearRef.ABSENT), within.secondNumber(), i, within.endToken());
            }
        }
        return PhraseSpec.recurring(recurrence, i, i + 1);
    }

    /**
     * The due day of a recurring duty after "до" / "не позднее": "1 марта" (yearly), "5 числа" (of the
     * month), "5 числа следующего месяца", "10 числа месяца, следующего за отчётным кварталом".
     */
    private PhraseSpec dueDay(Recurrence recurrence, int j, int start, boolean inclusive) {
        if (!isDay(j)) {
            return none(j);
        }
        int day = t.number(j);
        int k = j + 1;
        if (isCaseEnding(k, "го")) {
            k += 2;
        }
        int month = RussianMonths.genitive(t, k);
        if (month > 0) {
            if (recurrence != Recurrence.YEARLY) {
                return none(k);
            }
            int end = k + 1;
            boolean incl = inclusive || t.is(end, "включительно");
            return PhraseSpec.recurringByDay(recurrence, new DateSpec(day, month, YearRef.ABSENT, j), month - 1,
                    incl, start, t.is(end, "включительно") ? end + 1 : end);
        }
        if (!expect(k, "числа")) {
            return null;
        }
        k++;
        int offset;
        if (t.is(k, "следующего") && t.is(k + 1, "месяца")) {
            if (recurrence != Recurrence.MONTHLY) {
                return none(k);
            }
            offset = 1;
            k += 2;
        } else if (t.is(k, "месяца") && t.isPunct(k + 1, ',') && t.is(k + 2, "следующего") && t.is(k + 3, "за")
                && t.is(k + 4, "отчетным")) {
            Recurrence reported = recurrenceWord(k + 5, REPORTED_PERIODS);
            if (reported != recurrence) {
                return none(k + 5);
            }
            offset = recurrence.months();
            k += 6;
        } else {
            long ordinal = monthOrdinal(k);
            if (ordinal >= 0 && t.is(Packed.end(ordinal), "месяца") && periodNounGenitive(Packed.end(ordinal) + 1)
                    == recurrence && Packed.value(ordinal) <= recurrence.months()) {
                offset = Packed.value(ordinal) - 1;
                k = Packed.end(ordinal) + 2;
            } else if (recurrence == Recurrence.MONTHLY) {
                offset = 0;
            } else {
                return none(k);
            }
        }
        boolean incl = inclusive || t.is(k, "включительно");
        return PhraseSpec.recurringByDay(recurrence, new DateSpec(day, 0, YearRef.ABSENT, j), offset, incl, start,
                t.is(k, "включительно") ? k + 1 : k);
    }

    // Words naming the period of each recurrence, in Recurrence order (MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY).
    private static final String[] PERIOD_NOUNS = {"месяц", "квартал", "полугодие", "год"};
    private static final String[] REPORTED_PERIODS = {"месяцем", "кварталом", "полугодием", "годом"};

    /** The recurrence whose period word, from {@code words}, token {@code i} is. */
    private Recurrence recurrenceWord(int i, String[] words) {
        for (Recurrence r : Recurrence.values()) {
            if (t.is(i, words[r.ordinal()])) {
                return r;
            }
        }
        return null;
    }

    /** "квартала", "полугодия", "года" after "N-го месяца". */
    private Recurrence periodNounGenitive(int i) {
        if (t.is(i, "квартала")) {
            return Recurrence.QUARTERLY;
        }
        if (t.is(i, "полугодия")) {
            return Recurrence.HALF_YEARLY;
        }
        return t.is(i, "года") ? Recurrence.YEARLY : null;
    }

    private static final String[] MONTH_ORDINALS = {"первого", "второго", "третьего", "четвертого", "пятого",
        "шестого"};

    /** "первого" … "шестого" (месяца квартала / полугодия). */
    private long monthOrdinal(int i) {
        for (int v = 0; v < MONTH_ORDINALS.length; v++) {
            if (t.is(i, MONTH_ORDINALS[v])) {
                return Packed.of(v + 1, i + 1);
            }
        }
        return Packed.NONE;
    }

    /**
     * The words of an event after its opening ("после", "со дня", "по итогам"), up to punctuation, a line
     * break or {@value #MAX_EVENT_WORDS} words; the event as written runs from {@code eventStart}.
     */
    private PhraseSpec event(int eventStart, int j, int start, RelativeTerm term) {
        // In running text an event is a short noun phrase ("итогам года", "их проведения"): three words at
        // most, never running into the verb of the clause ("… провести анализ").
        int max = wholePhrase ? MAX_EVENT_WORDS : 3;
        int k = j;
        while (k < j + max && (t.isWord(k) || t.isQuote(k) || t.isNumber(k) && k > j)
                && !(k > j && t.lineBreakBefore(k))
                && !(!wholePhrase && (t.endsWith(k, "ть") || t.endsWith(k, "ться") || t.endsWith(k, "ти")))
                && !(!wholePhrase && k > j && isPreposition(k))) {
            k++;
        }
        if (k == j || !t.isWord(k - 1) && !t.isQuote(k - 1) && !t.isNumber(k - 1)) {
            return none(j);
        }
        return PhraseSpec.afterEvent(term, eventStart, k, start, k);
    }

    // An event's noun phrase never runs into a next phrase ("по итогам мониторинга | в июне 2024 года").
    private boolean isPreposition(int k) {
        return t.is(k, "в") || t.is(k, "во") || t.is(k, "до") || t.is(k, "к") || t.is(k, "с") || t.is(k, "со")
                || t.is(k, "по") || t.is(k, "на") || t.is(k, "не") || t.is(k, "за") || t.is(k, "от")
                || t.is(k, "в течение") || t.is(k, "течение");
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
        return recurrenceWord(i, PERIOD_NOUNS);
    }

    private PhraseSpec onceIn(int j, int start) {
        if (!expect(j, "в")) {
            return null;
        }
        Recurrence recurrence = recurrenceNoun(j + 1);
        return recurrence == null ? none(j + 1) : PhraseSpec.recurring(recurrence, start, j + 2);
    }

    private PhraseSpec afterV(int j, int start) {
        switch (t.firstLetter(j)) {
            case 'т':
                if (t.is(j, "течение") || t.is(j, "течении")) {
                    return during(j + 1, start);
                }
                break;
            case 'с':
                if (t.is(j, "срок")) {
                    return afterSrok(j + 1, start);
                }
                break;
            case 'п':
                if (t.is(j, "период")) {
                    return expect(j + 1, "с") ? dayRangeAfterS(j + 2, start) : null;
                }
                if (t.is(j, "постоянном")) {
                    return expect(j + 1, "режиме") ? PhraseSpec.simple(Form.ONGOING, start, j + 2) : null;
                }
                break;
            case 'у':
                if (t.is(j, "установленные") || t.is(j, "установленный")) {
                    return (t.is(j + 1, "сроки") || expect(j + 1, "срок"))
                            ? PhraseSpec.simple(Form.UNSPECIFIED, start, j + 2) : null;
                }
                break;
            default:
                break;
        }
        PhraseSpec relative = relativeAdjective(j, start);
        if (relative != null) {
            return anchored(relative);
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
        if (t.is(j, "по")) {
            DateSpec date = date(j + 1, false);
            if (date == null) {
                return null;
            }
            int k = cursor;
            return PhraseSpec.date(Form.NO_LATER_THAN, date, true, start, t.is(k, "включительно") ? k + 1 : k);
        }
        return none(j);
    }

    private PhraseSpec afterDo(int j, int start) {
        if (t.is(j, "конца") || t.is(j, "окончания")) {
            return endOf(j + 1, start);
        }
        if (t.is(j, "начала")) {
            return schoolYearStart(j + 1, start, false);
        }
        if (isYear(j) && (t.is(j + 1, "года") || t.is(j + 1, "г"))) {
            // "до 2025 года": up to the start or through the end of 2025? Not guessed.
            return unsupported(j, t.is(j + 1, "г") && t.isPunct(j + 2, '.') ? j + 3 : j + 2);
        }
        int shortYear = shortYearEnd(j, Case.GENITIVE);
        if (shortYear > 0) {
            // "до 25 года": a year of one to three digits, and the same question as above.
            return unsupported(j, shortYear);
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
        if (t.is(k, "начала")) {
            return schoolYearStart(k + 1, start, true);
        }
        if (t.is(k, "через")) {
            k++;
        }
        if (isDay(k) && t.is(k + 1, "числа") && t.is(k + 2, "месяца") && t.isPunct(k + 3, ',')
                && t.is(k + 4, "следующего") && t.is(k + 5, "за") && t.is(k + 6, "отчетным")) {
            // "не позднее 10 числа месяца, следующего за отчётным [кварталом]": a report's due day, due
            // every period (a month when the period is not named).
            Recurrence reported = recurrenceWord(k + 7, REPORTED_PERIODS);
            Recurrence every = reported != null ? reported : Recurrence.MONTHLY;
            return PhraseSpec.recurringByDay(every, new DateSpec(t.number(k), 0, YearRef.ABSENT, k), every.months(),
                    true, start, reported != null ? k + 8 : k + 7);
        }
        DateSpec date = date(k, false);
        if (date == null) {
            PhraseSpec relative = duration(k, start);
            return relative == null ? null : anchored(relative);
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
        if (period != null) {
            return period;
        }
        PhraseSpec relative = duration(j, start);
        return relative == null ? null : anchored(relative);
    }

    /** "с X по Y", "с X" (open-ended from X). */
    private PhraseSpec afterS(int j, int start) {
        DateSpec first = date(j, true);
        if (first == null) {
            return null;
        }
        int k = cursor;
        if (t.is(k, "по")) {
            DateSpec last = date(k + 1, false);
            return last == null ? null : PhraseSpec.days(first, last, start, cursor);
        }
        if (!first.hasMonth()) {
            fail(k);
            return null;
        }
        return PhraseSpec.date(Form.FROM, first, true, start, k);
    }

    /**
     * What follows a relative term: nothing (from the document date), "со дня принятия настоящего
     * постановления" / "с момента подписания" (the same), or an event ("после их проведения", "со дня
     * проведения конференции"), which makes the term count from the event instead.
     */
    private PhraseSpec anchored(PhraseSpec relative) {
        int k = relative.endToken();
        int start = relative.startToken();
        if (t.is(k, "после")) {
            return event(k, k + 1, start, relative.term());
        }
        if ((t.is(k, "со") || t.is(k, "с")) && (t.is(k + 1, "дня") || t.is(k + 1, "даты")
                || t.is(k + 1, "момента"))) {
            int act = k + 2;
            if (t.is(act, "принятия") || t.is(act, "подписания") || t.is(act, "утверждения")
                    || t.is(act, "издания") || t.is(act, "опубликования")) {
                int e = act + 1;
                if (t.is(e, "настоящего") || t.is(e, "данного") || t.is(e, "этого")) {
                    e = expect(e + 1, "постановления") || t.is(e + 1, "решения") || t.is(e + 1, "документа")
                            ? e + 2 : -1;
                } else if (t.is(e, "постановления") || t.is(e, "решения")) {
                    e++;
                }
                return e < 0 ? null : PhraseSpec.relative(relative.term(), start, e);
            }
            return event(k, k + 2, start, relative.term());
        }
        return relative;
    }

    // ---------------------------------------------------------------- periods

    /**
     * Reads a calendar period or a range of them in the given case: years ("2021 году"), year ranges
     * ("2024-2025 годах"), months and month ranges, ordinal quarters and halves, the current or next
     * period ("текущем году", "следующего квартала"), "т.г.", and, when {@code bareUnit}, a bare unit
     * meaning the current one ("до конца года").
     */
    private PhraseSpec periodPhrase(int j, int start, Case c, boolean bareUnit) {
        int shortYear = shortYearEnd(j, c);
        if (shortYear > 0) {
            // "в 21 году", "до конца 25 года": which century? Refused, not guessed.
            return unsupported(j, shortYear);
        }
        if (isYear(j)) {
            int first = t.number(j);
            if ((t.isDash(j + 1) || t.isPunct(j + 1, '/')) && isYear(j + 2)) {
                int school = schoolYearWord(j + 3, c);
                if (school > 0) {
                    // Two years that do not follow each other are kept for the resolver to reject.
                    return PhraseSpec.years(first, t.number(j + 2), start, school).asSchoolYear();
                }
                if (t.isPunct(j + 1, '/')) {
                    return none(j + 3);
                }
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
                return PhraseSpec.months(month, YearRef.ABSENT, last, year, start, cursor);
            }
            YearRef year = year(j + 1);
            int k = cursor;
            if (year.mode() != YearRef.Mode.ABSENT && t.isDash(k) && month(k + 1, c) > 0) {
                // "в декабре 2020 г. – январе 2021 г.": each month with its year.
                int last = month(k + 1, c);
                YearRef lastYear = year(k + 2);
                return PhraseSpec.months(month, year, last, lastYear, start, cursor);
            }
            return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.MONTH, month, year), start, k);
        }
        long ordinal = Ordinals.read(t, j);
        if (ordinal >= 0) {
            int k = Packed.end(ordinal);
            if (t.isDash(k)) {
                long second = Ordinals.read(t, k + 1);
                if (second >= 0) {
                    return ordinalRange(Packed.value(ordinal), Packed.value(second), j, Packed.end(second), start, c);
                }
            }
            return ordinalPeriod(Packed.value(ordinal), j, k, start, c);
        }
        if (t.is(j, c.school) && t.is(j + 1, c.year)) {
            // "в течение учебного года", "в учебном году": the school year in progress.
            return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.SCHOOL_YEAR, 0, YearRef.CURRENT), start, j + 2);
        }
        if (t.is(j, c.fresh) && t.is(j + 1, c.school) && t.is(j + 2, c.year)) {
            return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.SCHOOL_YEAR, 0, YearRef.NEW), start, j + 3);
        }
        if (c == Case.GENITIVE) {
            int end = currentYearAbbreviation(j);
            if (end > 0) {
                return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.YEAR, 0, YearRef.CURRENT), start, end);
            }
        }
        YearRef relative = anyOf(j, c.current) ? YearRef.CURRENT : anyOf(j, c.next) ? YearRef.NEXT : null;
        if ((relative != null || t.is(j, c.fresh)) && isYear(j + 1)) {
            // "в текущем 2021 году", "в новом 2021/2022 учебном году": the year as written decides.
            PhraseSpec explicit = periodPhrase(j + 1, start, c, false);
            if (explicit != null && explicit.is(Form.PERIOD)) {
                return explicit;
            }
            return none(j + 1);
        }
        if (relative != null && t.is(j + 1, c.school) && t.is(j + 2, c.year)) {
            return PhraseSpec.period(Form.PERIOD, new PeriodSpec(Unit.SCHOOL_YEAR, 0, relative), start, j + 3);
        }
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

    /** "I–II кварталах 2021 года", "II–III кварталов", "I-II полугодия": a range of quarters or halves. */
    private PhraseSpec ordinalRange(int first, int last, int ordinalToken, int k, int start, Case c) {
        Unit unit;
        int next;
        if (t.is(k, c.quarters) || t.is(k, c.quarter)) {
            unit = Unit.QUARTER;
            next = k + 1;
        } else if (t.is(k, "кв")) {
            unit = Unit.QUARTER;
            next = t.isPunct(k + 1, '.') ? k + 2 : k + 1;
        } else if (t.is(k, c.halves) || t.is(k, c.half)) {
            unit = Unit.HALF;
            next = k + 1;
        } else {
            return none(k);
        }
        if (unit == Unit.HALF && (first > 2 || last > 2)) {
            return none(ordinalToken);
        }
        YearRef year = year(next);
        return PhraseSpec.periods(new PeriodSpec(unit, first, year), last, start, cursor);
    }

    /** After "2021-2022" / "2021/2022": "учебном году" by case, "уч. г." or "учебного года"; -1 if not. */
    private int schoolYearWord(int i, Case c) {
        int k;
        if (t.is(i, c.school)) {
            k = i + 1;
        } else if (t.is(i, "уч") && t.isPunct(i + 1, '.')) {
            k = i + 2;
        } else {
            return -1;
        }
        return yearNoun(k, c);
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

    /**
     * A year written with one to three digits and its noun in the given case ("21 году", "25 г."): the
     * index after the noun, or -1. Such years are refused (two-digit years are not expanded).
     */
    private int shortYearEnd(int j, Case c) {
        int digits = t.digits(j);
        if (digits < 1 || digits > 3) {
            return -1;
        }
        if (t.is(j + 1, c.year)) {
            return j + 2;
        }
        if (t.is(j + 1, "г") && t.isPunct(j + 2, '.')) {
            return j + 3;
        }
        return -1;
    }

    /** "году"/"года"/"год" by case, or "г."; the index after it, or -1 if missing. */
    private int yearNoun(int k, Case c) {
        if (t.is(k, c.year)) {
            return k + 1;
        }
        if (t.is(k, "г")) {
            return t.isPunct(k + 1, '.') ? k + 2 : k + 1;
        }
        fail(k);
        return -1;
    }

    /** After a single year number: "году"/"года"/"год" by case, or "г."; -1 if missing. */
    private int yearWord(int i, Case c) {
        int k = i;
        // "2021-го года", "в 2021-м году", "2021-й год"
        if (isCaseEnding(k, "го") || isCaseEnding(k, "м") || isCaseEnding(k, "й")) {
            k += 2;
        }
        return yearNoun(k, c);
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

    /** "месяца", "двух месяцев", "10 (десяти) календарных дней", "одного года", "5 рабочих дней". */
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
        if (t.is(k, "рабочих") || t.is(k, "рабочие") || t.is(k, "рабочего") || t.is(k, "рабочий")) {
            boolean unit = t.is(k + 1, "дня") || counted && (t.is(k + 1, "дней") || t.is(k + 1, "день"));
            return unit ? PhraseSpec.relative(RelativeTerm.of(count, RelativeTerm.Unit.WORKING_DAYS), start, k + 2)
                    : none(k + 1);
        }
        if (t.is(k, "календарных") || t.is(k, "календарные") || t.is(k, "календарного")) {
            k++;
        }
        RelativeTerm length = durationUnit(k, count, counted);
        return length == null ? none(k) : PhraseSpec.relative(length, start, k + 1);
    }

    private RelativeTerm durationUnit(int k, int count, boolean counted) {
        switch (t.firstLetter(k)) {
            case 'д':
                return t.is(k, "дня") || counted && (t.is(k, "дней") || t.is(k, "день"))
                        ? RelativeTerm.of(count, RelativeTerm.Unit.DAYS) : null;
            case 'с':
                return t.is(k, "суток") ? RelativeTerm.of(count, RelativeTerm.Unit.DAYS) : null;
            case 'н':
                return t.is(k, "недели") || counted && (t.is(k, "недель") || t.is(k, "неделю") || t.is(k, "неделя"))
                        ? RelativeTerm.of(count, RelativeTerm.Unit.WEEKS) : null;
            case 'м':
                return t.is(k, "месяца") || counted && (t.is(k, "месяцев") || t.is(k, "месяц"))
                        ? RelativeTerm.of(count, RelativeTerm.Unit.MONTHS) : null;
            case 'г':
                return t.is(k, "года") || counted && t.is(k, "год") ? RelativeTerm.of(count, RelativeTerm.Unit.YEARS)
                        : null;
            case 'л':
                return counted && t.is(k, "лет") ? RelativeTerm.of(count, RelativeTerm.Unit.YEARS) : null;
            default:
                return null;
        }
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
        RelativeTerm.Unit unit;
        switch (root) {
            case "дневный":
            case "суточный":
                unit = RelativeTerm.Unit.DAYS;
                break;
            case "недельный":
                unit = RelativeTerm.Unit.WEEKS;
                break;
            case "месячный":
                unit = RelativeTerm.Unit.MONTHS;
                break;
            default:
                unit = RelativeTerm.Unit.YEARS;
                break;
        }
        RelativeTerm length = RelativeTerm.of(count, unit);
        return PhraseSpec.relative(length, start, unitToken + 2);
    }

    private static final String[] ROOTS = {"дневный", "суточный", "недельный", "месячный", "годичный"};

    private static String rootOf(String word, boolean exact) {
        for (String root : ROOTS) {
            if (exact ? word.equals(root) : word.endsWith(root)) {
                return root;
            }
        }
        return null;
    }
}
