package io.github.unionkit.io.text.internal;

/**
 * A year as a phrase states it: a number ("2021 года"), the document's year ("т.г.", "текущего
 * года"), the year after it ("следующего года"), or nothing, in which case the date resolves forward
 * from the document date.
 *
 * @param mode how the year was stated
 * @param year the year for {@link Mode#EXPLICIT}, otherwise 0
 */
record YearRef(Mode mode, int year) {

    /** How a year was stated. */
    public enum Mode {
        /** No year: resolve forward from the document date. */
        ABSENT,
        /** A year number. */
        EXPLICIT,
        /** "т.г.", "текущего года", "с.г.": the document's year. */
        CURRENT,
        /** "следующего года", "будущего года": the year after the document's. */
        NEXT,
        /** "нового учебного года": the next school year to start on or after the document date. */
        NEW
    }

    /** No year stated. */
    public static final YearRef ABSENT = new YearRef(Mode.ABSENT, 0);
    /** The document's year. */
    public static final YearRef CURRENT = new YearRef(Mode.CURRENT, 0);
    /** The year after the document's. */
    public static final YearRef NEXT = new YearRef(Mode.NEXT, 0);
    /** The next school year to start. */
    public static final YearRef NEW = new YearRef(Mode.NEW, 0);

    /**
     * Returns an explicit year.
     *
     * @param year the year number
     * @return the reference
     */
    public static YearRef of(int year) {
        return year >= CACHE_FIRST && year < CACHE_FIRST + CACHE.length ? CACHE[year - CACHE_FIRST]
                : new YearRef(Mode.EXPLICIT, year);
    }

    // The years decrees name, shared: the grammar reads one in nearly every phrase.
    private static final int CACHE_FIRST = 1990;
    private static final YearRef[] CACHE = new YearRef[100];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new YearRef(Mode.EXPLICIT, CACHE_FIRST + i);
        }
    }

    /**
     * Resolves against the document's year.
     *
     * @param documentYear the year of the document date
     * @return the year, or -1 when no year was stated
     */
    public int resolve(int documentYear) {
        switch (mode) {
            case EXPLICIT:
                return year;
            case CURRENT:
                return documentYear;
            case NEXT:
                return documentYear + 1;
            default:
                return -1;
        }
    }
}
