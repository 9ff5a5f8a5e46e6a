package io.github.unionkit.model.member;

/** Why a member left the union (основание прекращения членства в Профсоюзе). */
public enum ExitReason {
    /** Voluntary exit on the member's own application (добровольный выход по личному заявлению). */
    VOLUNTARY,
    /** Exclusion from the union by decision of an elected body (исключение из Профсоюза). */
    EXCLUSION,
    /** Death of the member (смерть). */
    DEATH,
    /**
     * Retirement without staying registered as a non-working pensioner (выход на пенсию без
     * сохранения членства в Профсоюзе).
     */
    RETIREMENT,
    /** Graduation or other end of studies of a student member (окончание или прекращение обучения). */
    GRADUATION,
    /** Dismissal or other end of employment (увольнение, прекращение трудовых отношений). */
    END_OF_EMPLOYMENT,
    /**
     * Transfer to another organization of the union (переход на учёт в другую организацию Профсоюза):
     * the membership in this primary organization ends, the membership of the union goes on elsewhere.
     */
    TRANSFER,
    /** Any other reason (иное основание). */
    OTHER
}
