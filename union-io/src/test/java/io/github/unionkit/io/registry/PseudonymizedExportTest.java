package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizedExportTest {

    private static final Pseudonymizer PSEUDONYMIZER =
            Pseudonymizer.withKey("a secret key that stays inside".getBytes(StandardCharsets.UTF_8));

    @Test
    void exportHasNoPersonalDataAndAccountsForEveryRecord(@TempDir Path dir) throws Exception {
        RegistryGenerator generator = RegistryGenerator.builder().members(2_000).organizations(2, 3, 4, 1)
                .invalidShare(0.05).seed(9).build();
        Path source = dir.resolve("registry.jsonl");
        long records = generator.write(source, RegistryFormat.JSON_LINES);
        Path target = dir.resolve("export.csv");

        ExportReport report = PseudonymizedExport.run(source, target, PSEUDONYMIZER);

        assertThat(report.read()).isEqualTo(records);
        assertThat(report.read()).isEqualTo(report.written() + report.rejected());
        assertThat(report.rejected()).isPositive();
        String source1 = Files.readString(source, StandardCharsets.UTF_8);
        String exported = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(source1).contains("\"family\":");
        assertThat(exported).doesNotContainPattern("[А-Яа-яЁё]").doesNotContain(",m0000");
        try (RegistryReader reader = RegistryReader.open(target)) {
            List<RegistryRow> rows = reader.rows().collect(Collectors.toList());
            assertThat(rows).hasSize((int) report.written()).allMatch(RegistryRow::hasMember);
        }
    }

    @Test
    void exportIsStableAcrossRuns(@TempDir Path dir) throws Exception {
        RegistryGenerator generator = RegistryGenerator.builder().members(500).organizations(1, 2, 3, 1).build();
        Path source = dir.resolve("r.jsonl");
        generator.write(source, RegistryFormat.JSON_LINES);
        PseudonymizedExport.run(source, dir.resolve("a.jsonl"), PSEUDONYMIZER);
        PseudonymizedExport.run(source, dir.resolve("b.jsonl"), PSEUDONYMIZER);
        assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jsonl")));
    }
}
