package io.github.unionkit.model.org;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What kind of organization a union organization is, and at which {@link OrganizationLevel levels}
 * that kind may occur.
 *
 * <p>Regional kinds follow the subject of the federation the organization covers (областная, краевая,
 * республиканская …); territorial kinds the municipality (районная, городская); primary kinds the
 * employer or institution the primary organization is formed at. The kind matters to rules: students
 * (обучающиеся) may be members only of primary organizations of {@link #VOCATIONAL} and
 * {@link #HIGHER_EDUCATION} institutions, see {@link #admitsStudents()}.
 */
public enum OrganizationKind {
    /** The Union itself (Общероссийский Профсоюз образования). */
    NATIONAL_UNION(OrganizationLevel.NATIONAL),
    /** An interregional organization (межрегиональная), e.g. St Petersburg and Leningrad oblast. */
    INTERREGIONAL(OrganizationLevel.REGIONAL),
    /** An oblast organization (областная), e.g. Astrakhan. */
    OBLAST(OrganizationLevel.REGIONAL),
    /** A krai organization (краевая), e.g. Krasnodar. */
    KRAI(OrganizationLevel.REGIONAL),
    /** A republic organization (республиканская). */
    REPUBLIC(OrganizationLevel.REGIONAL),
    /** The organization of a federal city (городская организация Москвы, Санкт-Петербурга, Севастополя). */
    FEDERAL_CITY(OrganizationLevel.REGIONAL),
    /** An autonomous okrug organization (окружная). */
    AUTONOMOUS_OKRUG(OrganizationLevel.REGIONAL),
    /** The autonomous oblast organization (Jewish autonomous oblast). */
    AUTONOMOUS_OBLAST(OrganizationLevel.REGIONAL),
    /** A district organization (районная, ТОП), e.g. Ахтубинская районная организация. */
    DISTRICT(OrganizationLevel.TERRITORIAL),
    /** A city organization (городская, ТОП). */
    CITY(OrganizationLevel.TERRITORIAL),
    /** A municipal or city okrug organization (окружная, муниципального округа). */
    MUNICIPAL_OKRUG(OrganizationLevel.TERRITORIAL),
    /** A primary organization of a general-education school (школа). */
    SCHOOL(OrganizationLevel.PRIMARY),
    /** A primary organization of a preschool (детский сад, ДОУ). */
    PRESCHOOL(OrganizationLevel.PRIMARY),
    /** A primary organization of a vocational institution (колледж, техникум, СПО); admits students. */
    VOCATIONAL(OrganizationLevel.PRIMARY),
    /** A primary organization of a university or institute (вуз); admits students. */
    HIGHER_EDUCATION(OrganizationLevel.PRIMARY),
    /** A primary organization of a supplementary-education institution (дополнительное образование). */
    SUPPLEMENTARY(OrganizationLevel.PRIMARY),
    /** A primary organization of a research institution (научная организация). */
    SCIENTIFIC(OrganizationLevel.PRIMARY),
    /** A primary organization of an education authority (орган управления образованием). */
    EDUCATION_AUTHORITY(OrganizationLevel.PRIMARY),
    /** A union group (профгруппа) of employees: a department, faculty or workplace. */
    STAFF_GROUP(OrganizationLevel.GROUP),
    /** A union group (профгруппа) of students: a study group or faculty. */
    STUDENT_GROUP(OrganizationLevel.GROUP),
    /** Any other kind, below the national level. */
    OTHER(OrganizationLevel.REGIONAL, OrganizationLevel.TERRITORIAL, OrganizationLevel.PRIMARY,
            OrganizationLevel.GROUP);

    private final Set<OrganizationLevel> levels;

    OrganizationKind(OrganizationLevel first, OrganizationLevel... rest) {
        this.levels = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /**
     * Returns the levels at which an organization of this kind may occur.
     *
     * @return an unmodifiable, non-empty set
     */
    public Set<OrganizationLevel> levels() {
        return levels;
    }

    /**
     * Tells whether an organization of this kind may occur at {@code level}.
     *
     * @param level the level, not null
     * @return true if {@link #levels()} contains {@code level}
     */
    public boolean appliesTo(OrganizationLevel level) {
        return levels.contains(Objects.requireNonNull(level, "level"));
    }

    /**
     * Tells whether students (обучающиеся) may be members of a primary organization of this kind: only
     * vocational and higher-education institutions have students who may join the union.
     *
     * @return true for {@link #VOCATIONAL} and {@link #HIGHER_EDUCATION}
     */
    public boolean admitsStudents() {
        return this == VOCATIONAL || this == HIGHER_EDUCATION;
    }
}
