package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationNameMatchTest {

    private static final OrganizationName NAME =
            OrganizationName.of("Ахтубинская районная организация Профсоюза", "Ахтубинская ТОП", LocalDate.of(2015, 1, 1));
    private static final Organization AKHTUBA = Organization.builder().id(OrganizationId.of("ast.akhtuba"))
            .level(OrganizationLevel.TERRITORIAL).kind(OrganizationKind.DISTRICT).addNames(NAME).build();

    @Test
    void acceptsTheFullOrTheShortFormOfOneOfTheOrganizationsNames() {
        assertThat(new OrganizationNameMatch(AKHTUBA, NAME, NAME.fullName(), NameMatchKind.EXACT, true).form())
                .isEqualTo(NAME.fullName());
        assertThat(new OrganizationNameMatch(AKHTUBA, NAME, "Ахтубинская ТОП", NameMatchKind.WORD_FORMS, false).kind())
                .isEqualTo(NameMatchKind.WORD_FORMS);
    }

    @Test
    void rejectsAFormOfAnotherNameOrANameOfAnotherOrganization() {
        assertThatThrownBy(() -> new OrganizationNameMatch(AKHTUBA, NAME, "Ахтубинской ТОП", NameMatchKind.EXACT, true))
                .isInstanceOf(IllegalArgumentException.class);
        OrganizationName other = OrganizationName.of("Володарская ТОП", LocalDate.of(2015, 1, 1));
        assertThatThrownBy(() -> new OrganizationNameMatch(AKHTUBA, other, "Володарская ТОП", NameMatchKind.EXACT, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganizationNameMatch(AKHTUBA, NAME, NAME.fullName(), null, true))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void exactBeatsWordFormsAndANameInEffectBeatsAnOldOne() {
        OrganizationNameMatch exactOld = new OrganizationNameMatch(AKHTUBA, NAME, NAME.fullName(), NameMatchKind.EXACT, false);
        OrganizationNameMatch formsCurrent =
                new OrganizationNameMatch(AKHTUBA, NAME, NAME.fullName(), NameMatchKind.WORD_FORMS, true);
        OrganizationNameMatch exactCurrent = new OrganizationNameMatch(AKHTUBA, NAME, NAME.fullName(), NameMatchKind.EXACT, true);

        assertThat(exactOld.isStrongerThan(formsCurrent)).isTrue();
        assertThat(exactCurrent.isStrongerThan(exactOld)).isTrue();
        assertThat(formsCurrent.isStrongerThan(exactOld)).isFalse();
        assertThat(exactCurrent.isStrongerThan(exactCurrent)).isFalse();
    }
}
