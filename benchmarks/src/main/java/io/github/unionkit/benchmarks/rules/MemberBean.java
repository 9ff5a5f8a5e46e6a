package io.github.unionkit.benchmarks.rules;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A plain JavaBean equivalent of a member record, as another system would write it, carrying the same
 * Jakarta constraints as the model's {@code Member} plus the admission rule expressed as a constraint:
 * the baseline for "plain Hibernate Validator".
 */
public final class MemberBean {

    private final String id;
    private final String category;
    private final String primaryOrganization;
    private final LocalDate admissionDate;
    private final LocalDate exitDate;
    private final LocalDate birthDate;

    /**
     * Creates the bean.
     *
     * @param id the member id
     * @param category the category
     * @param primaryOrganization the organization id
     * @param admissionDate the admission date
     * @param exitDate the exit date or null
     * @param birthDate the birth date or null
     */
    public MemberBean(String id, String category, String primaryOrganization, LocalDate admissionDate,
            LocalDate exitDate, LocalDate birthDate) {
        this.id = id;
        this.category = category;
        this.primaryOrganization = primaryOrganization;
        this.admissionDate = admissionDate;
        this.exitDate = exitDate;
        this.birthDate = birthDate;
    }

    /** @return the id */
    @NotNull
    public String getId() {
        return id;
    }

    /** @return the category */
    @NotNull
    public String getCategory() {
        return category;
    }

    /** @return the organization */
    @NotNull
    public String getPrimaryOrganization() {
        return primaryOrganization;
    }

    /** @return the admission date */
    @NotNull
    @PastOrPresent
    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    /** @return the exit date */
    public LocalDate getExitDate() {
        return exitDate;
    }

    /** @return the birth date */
    @Past
    public LocalDate getBirthDate() {
        return birthDate;
    }
}
