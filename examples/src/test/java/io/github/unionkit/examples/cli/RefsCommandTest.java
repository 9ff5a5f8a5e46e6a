package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RefsCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsBothReferencesOfTheSeedTextWithTheirLines() throws Exception {
        Path text = dir.resolve("decree.txt");
        Files.writeString(text, SeedResolutions.astrakhan3of1Text(), StandardCharsets.UTF_8);

        CliRun run = CliRun.run("refs", text.toString(), "--on", "2020-12-18");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains(": 2", "5-4", "2016-05-20 – 2016-05-21", "executive committee", "27-5",
                "2018-12-18", "presidium");
    }

    @Test
    void printsJsonThatParses() throws Exception {
        Path text = dir.resolve("decree.txt");
        Files.writeString(text, SeedResolutions.astrakhan3of1Text(), StandardCharsets.UTF_8);

        CliRun run = CliRun.run("refs", text.toString(), "--on", "2020-12-18", "--format", "json");

        JsonNode references = UnionJson.mapper().readTree(run.out).get("references");
        assertThat(references).hasSize(2);
        assertThat(references.get(0).get("position").asString()).matches("\\d+:\\d+");
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws Exception {
        Path text = dir.resolve("cp1251.txt");
        Files.write(text, "№ 5-4 от 20 мая".getBytes("windows-1251"));

        CliRun run = CliRun.run("refs", text.toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("not UTF-8");
    }
}
