package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationNameLookupTest {

    private static OrganizationNameMatch match(String id, NameMatchKind kind, boolean inEffect) {
        OrganizationName name = OrganizationName.of("Северная ТОП", LocalDate.of(2015, 1, 1));
        Organization organization = Organization.builder().id(OrganizationId.of(id)).level(OrganizationLevel.TERRITORIAL)
                .kind(OrganizationKind.DISTRICT).addNames(name).build();
        return new OrganizationNameMatch(organization, name, name.fullName(), kind, inEffect);
    }

    @Test
    void sortsCandidatesStrongestFirstAndResolvesAClearWinner() {
        OrganizationNameMatch old = match("a", NameMatchKind.EXACT, false);
        OrganizationNameMatch forms = match("b", NameMatchKind.WORD_FORMS, true);
        OrganizationNameMatch best = match("c", NameMatchKind.EXACT, true);

        OrganizationNameLookup lookup = OrganizationNameLookup.of(List.of(forms, old, best));

        assertThat(lookup.candidates()).containsExactly(best, old, forms);
        assertThat(lookup.match()).contains(best);
        assertThat(lookup.isAmbiguous()).isFalse();
        assertThat(lookup.strongest()).containsExactly(best);
    }

    @Test
    void aTieAtTheTopIsAnAmbiguityAndResolvesNothing() {
        OrganizationNameLookup lookup = OrganizationNameLookup.of(List.of(match("a", NameMatchKind.WORD_FORMS, true),
                match("b", NameMatchKind.WORD_FORMS, true), match("c", NameMatchKind.WORD_FORMS, false)));

        assertThat(lookup.isAmbiguous()).isTrue();
        assertThat(lookup.match()).isEmpty();
        assertThat(lookup.strongest()).extracting(m -> m.organization().id().toString()).containsExactly("a", "b");
    }

    @Test
    void noneHasNoCandidates() {
        assertThat(OrganizationNameLookup.none().candidates()).isEmpty();
        assertThat(OrganizationNameLookup.none().match()).isEmpty();
        assertThat(OrganizationNameLookup.none().isAmbiguous()).isFalse();
        assertThat(OrganizationNameLookup.of(List.of())).isEqualTo(OrganizationNameLookup.none());
        assertThat(OrganizationNameLookup.none()).hasToString("OrganizationNameLookup[]");
    }

    @Test
    void rejectsTwoCandidatesOfOneOrganization() {
        assertThatThrownBy(() -> OrganizationNameLookup.of(List.of(match("a", NameMatchKind.EXACT, true),
                match("a", NameMatchKind.WORD_FORMS, true)))).isInstanceOf(IllegalArgumentException.class);
    }
}
