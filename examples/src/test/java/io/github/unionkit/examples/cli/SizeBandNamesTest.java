package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeBandNamesTest {
    private final OrganizationTree tree = OrganizationTree.of(AstrakhanSample.organizations());

    @Test
    void resolvesGenitiveNamesToTheOnlyOrganizationWithThatName() {
        SizeBandNames names = new SizeBandNames();

        Resolution resolved = names.resolve(SeedResolutions.astrakhan3of1(), tree, LocalDate.of(2020, 12, 18));

        List<OrganizationRef> second = resolved.clause(ClauseNumber.of(4, 3)).orElseThrow().sizeBands().get(1).organizations();
        assertThat(second).extracting(ref -> ref.id().orElseThrow()).containsExactly(
                OrganizationId.of("ast.volodarsky"), OrganizationId.of("ast.ikryanoye"), OrganizationId.of("ast.kamyzyak"));
        assertThat(names.matches()).extracting(match -> match.asWritten)
                .containsExactly("Володарской ТОП", "Икрянинской ТОП", "Камызякской ТОП");
    }

    @Test
    void leavesNamesThatMatchExactlyAlone() {
        SizeBandNames names = new SizeBandNames();

        Resolution resolved = names.resolve(SeedResolutions.astrakhan3of1(), tree, LocalDate.of(2020, 12, 18));

        assertThat(resolved.clause(ClauseNumber.of(4, 3)).orElseThrow().sizeBands().get(0).organizations())
                .allSatisfy(ref -> assertThat(ref.id()).isEmpty());
    }

    @Test
    void leavesAnAmbiguousNameUnresolved() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        List<Organization> organizations = new ArrayList<>(AstrakhanSample.organizations());
        organizations.add(Organization.builder().id(OrganizationId.of("ast.volodarsky2"))
                .level(OrganizationLevel.TERRITORIAL)
                .kind(OrganizationKind.DISTRICT).parent(AstrakhanSample.REGION)
                .addNames(OrganizationName.of("Володарская территориальная организация", from))
                .build());
        SizeBandNames names = new SizeBandNames();

        Resolution resolved = names.resolve(SeedResolutions.astrakhan3of1(), OrganizationTree.of(organizations),
                LocalDate.of(2020, 12, 18));

        List<OrganizationRef> second = resolved.clause(ClauseNumber.of(4, 3)).orElseThrow().sizeBands().get(1).organizations();
        assertThat(second.get(0).id()).isEmpty();
        assertThat(names.matches()).extracting(match -> match.asWritten)
                .containsExactly("Икрянинской ТОП", "Камызякской ТОП");
    }
}
