package io.github.unionkit.io.text.internal;

/**
 * A calendar period as written: "первом квартале 2021 г." is (QUARTER, 1, 2021); "квартала" in "до
 * конца квартала" is (QUARTER, 0, CURRENT): the period containing the document date.
 *
 * @param unit the kind of period
 * @param index the month (1 to 12), quarter (1 to 4) or half (1 to 2); 0 for "the current one" and for
 *     years
 * @param year the year as stated
 */
record PeriodSpec(Unit unit, int index, YearRef year) {

    /** Calendar period units. */
    public enum Unit {
        /** A calendar month. */
        MONTH,
        /** A calendar quarter. */
        QUARTER,
        /** A calendar half-year. */
        HALF,
        /** A calendar year. */
        YEAR,
        /** A school year, 1 September to 31 August; the year is its first year. */
        SCHOOL_YEAR
    }
}
