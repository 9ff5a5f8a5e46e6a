package io.github.unionkit.model.time;

import java.util.Objects;

/**
 * The deadline "в 2021/2022 учебном году", "в течение учебного года": a school year, window 1
 * September to 31 August, last day 31 August.
 *
 * <p>Built by {@link Deadline#inSchoolYear(SchoolYear)}; immutable and thread-safe.
 */
public final class SchoolYearDeadline extends AbstractDeadline implements Deadline {
    private final SchoolYear schoolYear;

    private SchoolYearDeadline(SchoolYearDeadline source, String phrase) {
        super(source, phrase);
        this.schoolYear = source.schoolYear;
    }


    private SchoolYearDeadline(SchoolYear schoolYear, String phrase) {
        super(DeadlineKind.SCHOOL_YEAR, "InSchoolYear", Objects.requireNonNull(schoolYear, "schoolYear").range(),
                phrase);
        this.schoolYear = schoolYear;
    }

    /**
     * Creates the deadline without a phrase; the public entry point is
     * {@link Deadline#inSchoolYear(SchoolYear)}.
     *
     * @param schoolYear the school year, not null
     * @return the deadline
     */
    static SchoolYearDeadline of(SchoolYear schoolYear) {
        return new SchoolYearDeadline(schoolYear, null);
    }

    /**
     * Returns the school year.
     *
     * @return the school year, never null
     */
    public SchoolYear schoolYear() {
        return schoolYear;
    }

    @Override
    public SchoolYearDeadline withPhrase(String phrase) {
        return new SchoolYearDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public SchoolYearDeadline withoutPhrase() {
        return hasPhrase() ? new SchoolYearDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitSchoolYear(this);
    }

    @Override
    Object[] values() {
        return new Object[] {schoolYear};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        SchoolYearDeadline that = (SchoolYearDeadline) other;
        return Objects.equals(schoolYear, that.schoolYear);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(schoolYear);
        return hash;
    }
}
