package io.github.unionkit.benchmarks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryGenerator;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three engines of the count comparison (decision 0044) give identical counts on the same
 * generated file: UnionKit's import (on one thread and on several), the Jackson loop and DuckDB, in
 * both formats, as of the registry's date and as of earlier dates (where members admitted later and
 * members who left before are not counted).
 */
class CountEnginesAgreeTest {

    private static final SizeTiers SCHEDULE = SizeTiers.seedClause43();
    /** 4 regions of 6 territorial organizations: subtrees of both bands of the seed's clause 4.3. */
    private static final RegistryGenerator GENERATOR = RegistryGenerator.builder()
            .seed(44).members(40_000).organizations(4, 6, 12, 2).build();

    @TempDir
    static Path dir;
    private static Path jsonLines;
    private static Path csv;

    @BeforeAll
    static void write() throws Exception {
        jsonLines = dir.resolve("registry.jsonl");
        csv = dir.resolve("registry.csv");
        GENERATOR.write(jsonLines, RegistryFormat.JSON_LINES);
        GENERATOR.write(csv, RegistryFormat.CSV);
    }

    static List<Arguments> cases() {
        LocalDate registryDate = GENERATOR.asOf();
        LocalDate earlier = LocalDate.of(2014, 3, 1);
        return List.of(Arguments.of(RegistryFormat.JSON_LINES, registryDate), Arguments.of(RegistryFormat.CSV, registryDate),
                Arguments.of(RegistryFormat.JSON_LINES, earlier), Arguments.of(RegistryFormat.CSV, earlier));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyEngineCountsTheSame(RegistryFormat format, LocalDate asOf) {
        Path file = format == RegistryFormat.CSV ? csv : jsonLines;

        ImportReport report = RegistryImport.builder(asOf).organizations(GENERATOR.organizations())
                .schedule(SCHEDULE).parallelism(1).build().run(file);
        EngineCounts unionKit = EngineCounts.of(report);
        EngineCounts parallel = EngineCounts.of(RegistryImport.builder(asOf).organizations(GENERATOR.organizations())
                .schedule(SCHEDULE).parallelism(3).build().run(file));
        EngineCounts jackson = format == RegistryFormat.CSV
                ? JacksonCountLoop.csv(file, asOf, GENERATOR.organizations(), SCHEDULE)
                : JacksonCountLoop.jsonLines(file, asOf, GENERATOR.organizations(), SCHEDULE);
        EngineCounts duckDb = DuckDbCounts.count(file, format, asOf, GENERATOR.organizations(), SCHEDULE, 2);

        assertThat(report.rejected()).isZero();
        // a comparison that holds on empty or trivial counts proves nothing
        assertThat(unionKit.counted()).isPositive().isLessThan(report.read()).isEqualTo(report.counted());
        assertThat(unionKit.subtree().get(GENERATOR.organizations().root().id().value()).total())
                .isEqualTo(report.counted());
        assertThat(unionKit.bands().values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());

        assertThat(parallel).isEqualTo(unionKit);
        assertThat(jackson).isEqualTo(unionKit);
        assertThat(duckDb).isEqualTo(unionKit);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theDateChangesTheCounts(RegistryFormat format, LocalDate asOf) {
        Path file = format == RegistryFormat.CSV ? csv : jsonLines;
        LocalDate dayBefore = asOf.minusYears(1);

        EngineCounts on = DuckDbCounts.count(file, format, asOf, GENERATOR.organizations(), SCHEDULE, 1);
        EngineCounts before = DuckDbCounts.count(file, format, dayBefore, GENERATOR.organizations(), SCHEDULE, 1);
        EngineCounts jacksonBefore = format == RegistryFormat.CSV
                ? JacksonCountLoop.csv(file, dayBefore, GENERATOR.organizations(), SCHEDULE)
                : JacksonCountLoop.jsonLines(file, dayBefore, GENERATOR.organizations(), SCHEDULE);

        // equality of engine results is not trivially true: a year earlier, the counts differ
        assertThat(before).isNotEqualTo(on);
        assertThat(jacksonBefore).isEqualTo(before);
    }
}
