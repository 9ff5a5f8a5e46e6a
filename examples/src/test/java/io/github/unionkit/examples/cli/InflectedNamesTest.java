package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.List;
import org.junit.jupiter.api.Test;

class InflectedNamesTest {
    private final OrganizationTree tree = OrganizationTree.of(AstrakhanSample.organizations());

    @Test
    void resolvesGenitiveNamesToTheOnlyOrganizationWithThatStem() {
        InflectedNames names = new InflectedNames();

        Resolution resolved = names.resolve(SeedResolutions.astrakhan3of1(), tree, java.time.LocalDate.of(2020, 12, 18));

        List<OrganizationRef> second = resolved.clause(ClauseNumber.of(4, 3)).orElseThrow().sizeBands().get(1).organizations();
        assertThat(second).extracting(ref -> ref.id().orElseThrow()).containsExactly(
                OrganizationId.of("ast.volodarsky"), OrganizationId.of("ast.ikryanoye"), OrganizationId.of("ast.kamyzyak"));
        assertThat(names.matches()).extracting(match -> match.asWritten)
                .containsExactly("Володарской ТОП", "Икрянинской ТОП", "Камызякской ТОП");
    }

    @Test
    void leavesNamesThatMatchExactlyAlone() {
        InflectedNames names = new InflectedNames();

        Resolution resolved = names.resolve(SeedResolutions.astrakhan3of1(), tree, java.time.LocalDate.of(2020, 12, 18));

        assertThat(resolved.clause(ClauseNumber.of(4, 3)).orElseThrow().sizeBands().get(0).organizations())
                .allSatisfy(ref -> assertThat(ref.id()).isEmpty());
    }

    @Test
    void foldsAdjectiveEndingsCaseAndYo() {
        assertThat(InflectedNames.stems("Володарской ТОП")).isEqualTo(InflectedNames.stems("володарская  топ"));
        assertThat(InflectedNames.stems("Камызякской ТОП")).isNotEqualTo(InflectedNames.stems("Икрянинской ТОП"));
    }
}
