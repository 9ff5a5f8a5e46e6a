package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RelativeTerm;

/**
 * What the deadline grammar read, before resolution against a document date: the form of the phrase,
 * its parts, and the token range it covers. Fields a form does not use are null or 0.
 *
 * @param form the form of the phrase
 * @param first the date of "до X", "не позднее X", "по X", "к X", "с X", a bare date, a range's first
 *     day, the first month of a month range written with its own year, or a recurring due day
 * @param second a range's last day
 * @param period the period of "в первом квартале …", "до конца года", the first period of a range
 *     of quarters or halves, the school year of "до начала учебного года", or the months of
 *     "ежегодно в декабре"
 * @param firstNumber the first year of a year range, the first month of a month range, the first token
 *     of an event, or the month offset of a recurring due day
 * @param secondNumber the last year of a year range, the last month of a month range, the last index
 *     of a range of quarters or halves, or the token after an event
 * @param rangeYear the year of a month range (of its last month)
 * @param term the length of a relative term ("в течение месяца", "в течение 5 рабочих дней")
 * @param recurrence how often a recurring duty falls due
 * @param inclusive true when the day X itself is included whatever the policy ("включительно", "по X",
 *     "к X", "не позднее")
 * @param startToken the index of the phrase's first token
 * @param endToken the index after the phrase's last token
 */
public record PhraseSpec(Form form, DateSpec first, DateSpec second, PeriodSpec period, int firstNumber,
        int secondNumber, YearRef rangeYear, RelativeTerm term, Recurrence recurrence, boolean inclusive,
        int startToken, int endToken) {

    /** The phrase forms the grammar knows. */
    public enum Form {
        /** A bare date: "29 декабря 2020 г.". */
        EXACT_DAY,
        /** "не позднее X", "по X", "к X". */
        NO_LATER_THAN,
        /** "до X", "в срок до X". */
        UNTIL,
        /** "до конца года", "до конца первого квартала 2021 года", "к концу учебного года". */
        END_OF,
        /** "до начала учебного года" (UNTIL) and "к началу учебного года" (inclusive). */
        SCHOOL_YEAR_START,
        /** "в декабре 2020 года", "в первом квартале", "в течение 2021 года", "в 2021/2022 учебном году". */
        PERIOD,
        /** "в январе – марте 2021 года", "в декабре 2020 г. – январе 2021 г.". */
        MONTH_RANGE,
        /** "в I–II кварталах 2021 года", "в течение II–III кварталов". */
        PERIOD_RANGE,
        /** "в 2024-2025 годах", "на 2020-2025 годы". */
        YEAR_RANGE,
        /** "20-21 мая 2016 года", "с 29 декабря 2006 года по 5 января 2007 года". */
        DAY_RANGE,
        /** "с 1 сентября 2021 года": open-ended from a day. */
        FROM,
        /** "в течение месяца", "в десятидневный срок": from the document date. */
        RELATIVE,
        /** "в течение 10 дней после проведения конференции", "по итогам года", "по мере необходимости". */
        AFTER_EVENT,
        /** "постоянно", "продолжить работу". */
        ONGOING,
        /** "ежеквартально", "ежегодно до 1 марта". */
        RECURRING,
        /** "в установленные сроки", "срок не установлен". */
        UNSPECIFIED
    }

    static PhraseSpec simple(Form form, int start, int end) {
        return new PhraseSpec(form, null, null, null, 0, 0, null, null, null, false, start, end);
    }

    static PhraseSpec date(Form form, DateSpec date, boolean inclusive, int start, int end) {
        return new PhraseSpec(form, date, null, null, 0, 0, null, null, null, inclusive, start, end);
    }

    static PhraseSpec period(Form form, PeriodSpec period, int start, int end) {
        return new PhraseSpec(form, null, null, period, 0, 0, null, null, null, false, start, end);
    }

    static PhraseSpec schoolYearStart(PeriodSpec schoolYear, boolean inclusive, int start, int end) {
        return new PhraseSpec(Form.SCHOOL_YEAR_START, null, null, schoolYear, 0, 0, null, null, null, inclusive,
                start, end);
    }

    static PhraseSpec periods(PeriodSpec first, int lastIndex, int start, int end) {
        return new PhraseSpec(Form.PERIOD_RANGE, null, null, first, 0, lastIndex, null, null, null, false, start,
                end);
    }

    static PhraseSpec days(DateSpec first, DateSpec second, int start, int end) {
        return new PhraseSpec(Form.DAY_RANGE, first, second, null, 0, 0, null, null, null, false, start, end);
    }

    static PhraseSpec years(int firstYear, int lastYear, int start, int end) {
        return new PhraseSpec(Form.YEAR_RANGE, null, null, null, firstYear, lastYear, null, null, null, false,
                start, end);
    }

    static PhraseSpec months(int firstMonth, YearRef firstYear, int lastMonth, YearRef year, int start, int end) {
        DateSpec first = firstYear.mode() == YearRef.Mode.ABSENT ? null : new DateSpec(1, firstMonth, firstYear, start);
        return new PhraseSpec(Form.MONTH_RANGE, first, null, null, firstMonth, lastMonth, year, null, null, false,
                start, end);
    }

    static PhraseSpec relative(RelativeTerm term, int start, int end) {
        return new PhraseSpec(Form.RELATIVE, null, null, null, 0, 0, null, term, null, false, start, end);
    }

    static PhraseSpec afterEvent(RelativeTerm term, int eventStart, int eventEnd, int start, int end) {
        return new PhraseSpec(Form.AFTER_EVENT, null, null, null, eventStart, eventEnd, null, term, null, false,
                start, end);
    }

    static PhraseSpec recurring(Recurrence recurrence, int start, int end) {
        return new PhraseSpec(Form.RECURRING, null, null, null, 0, 0, null, null, recurrence, false, start, end);
    }

    static PhraseSpec recurringByDay(Recurrence recurrence, DateSpec day, int monthOffset, boolean inclusive,
            int start, int end) {
        return new PhraseSpec(Form.RECURRING, day, null, null, monthOffset, 0, null, null, recurrence, inclusive,
                start, end);
    }

    static PhraseSpec recurringWithin(Recurrence recurrence, PeriodSpec within, int lastMonth, int start, int end) {
        return new PhraseSpec(Form.RECURRING, null, null, within, 0, lastMonth, null, null, recurrence, false,
                start, end);
    }

    /**
     * Turns a range of two years read before "учебном году" into a school-year period; the second year
     * is kept in {@link #secondNumber()} for the resolver to check that it follows the first.
     *
     * @return the school-year spec
     */
    PhraseSpec asSchoolYear() {
        return new PhraseSpec(Form.PERIOD, null, null,
                new PeriodSpec(PeriodSpec.Unit.SCHOOL_YEAR, 0, YearRef.of(firstNumber)), firstNumber, secondNumber,
                null, null, null, false, startToken, endToken);
    }

    /**
     * Tells whether this phrase has the given form.
     *
     * @param f the form
     * @return true if {@link #form()} is {@code f}
     */
    public boolean is(Form f) {
        return form == f;
    }
}
