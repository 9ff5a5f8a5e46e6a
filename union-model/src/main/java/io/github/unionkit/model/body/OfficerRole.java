package io.github.unionkit.model.body;

/**
 * An office held in an organization of the union, as assignments and control clauses name it
 * ("возложить на председателя организации").
 */
public enum OfficerRole {
    /** The chair of the organization (председатель). */
    CHAIR,
    /** A deputy chair (заместитель председателя). */
    DEPUTY_CHAIR,
    /** The secretary of a body or meeting (секретарь). */
    SECRETARY,
    /** The chief accountant (главный бухгалтер), e.g. of a centralized accounting office. */
    CHIEF_ACCOUNTANT,
    /** An accountant (бухгалтер). */
    ACCOUNTANT,
    /** A legal labour inspector of the union (правовой инспектор труда). */
    LEGAL_INSPECTOR,
    /** A technical (labour safety) inspector of the union (технический инспектор труда). */
    TECHNICAL_INSPECTOR,
    /** The chair of the audit commission (председатель контрольно-ревизионной комиссии). */
    AUDIT_COMMISSION_CHAIR,
    /** A specialist of the organization's staff (специалист аппарата). */
    SPECIALIST,
    /** Any other office; the text as written keeps the detail. */
    OTHER
}
