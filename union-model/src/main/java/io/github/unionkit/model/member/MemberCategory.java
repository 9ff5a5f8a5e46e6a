package io.github.unionkit.model.member;

/** The category of a union member, as the charter and the registry distinguish them. */
public enum MemberCategory {
    /** A working member (работающий). */
    EMPLOYEE,
    /** A non-working pensioner (неработающий пенсионер). */
    NON_WORKING_PENSIONER,
    /** A student of a vocational or higher-education institution (обучающийся). */
    STUDENT
}
