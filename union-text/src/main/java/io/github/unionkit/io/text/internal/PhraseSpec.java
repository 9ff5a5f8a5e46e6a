package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.time.Recurrence;
import java.time.Period;

/**
 * What the deadline grammar read, before resolution against a document date: the form of the phrase,
 * its parts, and the token range it covers. Fields a form does not use are null or 0.
 *
 * @param form the form of the phrase
 * @param first the date of "до X", "не позднее X", a bare date, or a range's first day
 * @param second a range's last day
 * @param period the period of "в первом квартале …", "до конца года" and the like
 * @param firstNumber the first year of a year range, or the first month of a month range
 * @param secondNumber the last year of a year range, or the last month of a month range
 * @param rangeYear the year of a month range
 * @param relative the length of a relative duration ("в течение месяца")
 * @param recurrence how often a recurring duty falls due
 * @param inclusive true when "до X" was written with "включительно"
 * @param startToken the index of the phrase's first token
 * @param endToken the index after the phrase's last token
 */
public record PhraseSpec(Form form, DateSpec first, DateSpec second, PeriodSpec period, int firstNumber,
        int secondNumber, YearRef rangeYear, Period relative, Recurrence recurrence, boolean inclusive,
        int startToken, int endToken) {

    /** The phrase forms the grammar knows. */
    public enum Form {
        /** A bare date: "29 декабря 2020 г.". */
        EXACT_DAY,
        /** "не позднее X". */
        NO_LATER_THAN,
        /** "до X", "в срок до X". */
        UNTIL,
        /** "до конца года", "до конца первого квартала 2021 года". */
        END_OF,
        /** "в декабре 2020 года", "в первом квартале", "в течение 2021 года". */
        PERIOD,
        /** "в январе – марте 2021 года". */
        MONTH_RANGE,
        /** "в 2024-2025 годах", "на 2020-2025 годы". */
        YEAR_RANGE,
        /** "20-21 мая 2016 года", "с 29 декабря 2006 года по 5 января 2007 года". */
        DAY_RANGE,
        /** "в течение месяца", "в десятидневный срок": from the document date. */
        RELATIVE,
        /** "постоянно", "продолжить работу". */
        ONGOING,
        /** "ежеквартально". */
        RECURRING,
        /** "по мере необходимости", "срок не установлен". */
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

    static PhraseSpec days(DateSpec first, DateSpec second, int start, int end) {
        return new PhraseSpec(Form.DAY_RANGE, first, second, null, 0, 0, null, null, null, false, start, end);
    }

    static PhraseSpec years(int firstYear, int lastYear, int start, int end) {
        return new PhraseSpec(Form.YEAR_RANGE, null, null, null, firstYear, lastYear, null, null, null, false,
                start, end);
    }

    static PhraseSpec months(int firstMonth, int lastMonth, YearRef year, int start, int end) {
        return new PhraseSpec(Form.MONTH_RANGE, null, null, null, firstMonth, lastMonth, year, null, null, false,
                start, end);
    }

    static PhraseSpec relative(Period length, int start, int end) {
        return new PhraseSpec(Form.RELATIVE, null, null, null, 0, 0, null, length, null, false, start, end);
    }

    static PhraseSpec recurring(Recurrence recurrence, int start, int end) {
        return new PhraseSpec(Form.RECURRING, null, null, null, 0, 0, null, null, recurrence, false, start, end);
    }
}
