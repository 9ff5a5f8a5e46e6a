package io.github.unionkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationTree;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryReadWriteExampleTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"registry.jsonl", "registry.csv"})
    void writesReadsAndImportsTheSampleWithoutLosingARecord(String name) {
        Path file = dir.resolve(name);
        int members = AstrakhanSample.members().size();

        assertThat(RegistryReadWriteExample.write(AstrakhanSample.members(), file)).isEqualTo(members);
        assertThat(RegistryReadWriteExample.read(file)).containsExactly(members, 0);
        ImportReport report = RegistryReadWriteExample.importFile(file,
                OrganizationTree.of(AstrakhanSample.organizations()), AstrakhanSample.DECREE_DATE);
        assertThat(report.accepted()).isEqualTo(members);
        assertThat(report.counted()).isEqualTo(AstrakhanSample.territorialCounts().values().stream()
                .mapToInt(MembershipCount::total).sum());
        assertThat(report.routing().values()).extracting(java.util.List::size).containsExactly(6, 3);
    }
}
