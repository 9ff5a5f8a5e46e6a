package io.github.unionkit.model.body;

import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;

/** The kind of a governing or control body of a union organization. */
public enum BodyKind {
    /** Congress of the Union (Съезд). */
    CONGRESS,
    /** Central Council of the Union (Центральный Совет). */
    CENTRAL_COUNCIL,
    /** Executive Committee of the Union (Исполнительный комитет). */
    EXECUTIVE_COMMITTEE,
    /** Conference of a regional or territorial organization (конференция). */
    CONFERENCE,
    /** Committee of an organization (комитет); its sessions are plenums. */
    COMMITTEE,
    /** Presidium of an organization (президиум). */
    PRESIDIUM,
    /** General meeting of a primary organization (собрание). */
    GENERAL_MEETING,
    /** Audit commission (контрольно-ревизионная комиссия). */
    AUDIT_COMMISSION;

    /**
     * Returns the body's name as a Russian or English sentence writes it: «президиум», «Центральный
     * Совет»; "presidium", "Central Council".
     *
     * @param locale the language: Russian when its language is {@code ru}, English otherwise; not null
     * @return the name, never empty
     */
    public String displayName(Locale locale) {
        return ModelErrorTexts.TEXTS.get("body." + name(), locale);
    }
}
