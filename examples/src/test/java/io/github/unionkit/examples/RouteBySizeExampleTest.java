package io.github.unionkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteBySizeExampleTest {

    @Test
    void routesTheSampleExactlyAsTheDecreeListsTheOrganizations() {
        Map<SizeTier, List<String>> routing = RouteBySizeExample.route(SizeTiers.seedClause43(),
                AstrakhanSample.organizations(), AstrakhanSample.territorialCounts());

        List<List<String>> groups = List.copyOf(routing.values());
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).hasSize(6).allSatisfy(name -> assertThat(name).matches(
                "(Ахтубинская|Енотаевская|Наримановская|Приволжская|Харабалинская|Черноярская) ТОП \\(\\d+\\)"));
        assertThat(groups.get(1)).hasSize(3).allSatisfy(name -> assertThat(name).matches(
                "(Володарская|Икрянинская|Камызякская) ТОП \\(\\d+\\)"));
    }

    @Test
    void putsAnOrganizationOfExactlyOneThousandMembersInTheFirstQuarter() {
        Map<SizeTier, List<String>> routing = RouteBySizeExample.route(SizeTiers.seedClause43(),
                AstrakhanSample.organizations(), AstrakhanSample.territorialCounts());

        SizeTier first = SizeTiers.seedClause43().tiers().get(0);
        assertThat(routing.get(first)).contains("Харабалинская ТОП (1000)");
        assertThat(first.deadline().lastDay()).hasValueSatisfying(day -> assertThat(day).hasToString("2021-03-31"));
    }
}
