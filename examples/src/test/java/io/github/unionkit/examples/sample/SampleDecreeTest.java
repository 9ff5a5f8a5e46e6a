package io.github.unionkit.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import org.junit.jupiter.api.Test;

class SampleDecreeTest {

    @Test
    void carriesTheSeedTextByteForByte() {
        assertThat(SampleDecree.text()).isEqualTo(SeedResolutions.astrakhan3of1Text());
    }

    @Test
    void readsIntoTheGoldenFixtureAsTheCommandLineSays() {
        assertThat(SampleDecree.resolution()).isEqualTo(SeedResolutions.astrakhan3of1());
    }

    @Test
    void readsWithoutWarningsAgainstTheSampleTree() {
        OrganizationTree tree = OrganizationTree.of(AstrakhanSample.organizations());

        assertThat(SampleDecree.parse(DecreeParseOptions.defaults().withOrganizations(tree)).warnings()).isEmpty();
    }
}
