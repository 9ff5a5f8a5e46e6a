package io.github.unionkit.io.text.internal;

/**
 * A calendar date as written, before resolution: "29 декабря 2020 г." is (29, 12, 2020); "1 марта"
 * has no year; the "20" of "с 20 по 21 мая" has neither month nor year.
 *
 * @param day the day of month as written (not yet validated against the month)
 * @param month 1 to 12, or 0 when the month is taken from the other end of a range
 * @param year the year as stated
 * @param firstToken the index of the date's first token, for error positions
 */
record DateSpec(int day, int month, YearRef year, int firstToken) {

    /**
     * Tells whether the month was written.
     *
     * @return true if {@link #month()} is 1 to 12
     */
    public boolean hasMonth() {
        return month != 0;
    }
}
