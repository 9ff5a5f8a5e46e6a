package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RegistryCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheRegistryCommandsAndExits2WithoutASubcommand() {
        CliRun run = CliRun.run("registry");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("check", "generate", "sample");
    }

    @Test
    void generatesARegistryAndItsTreeThatCheckAcceptsWithExitCode0() {
        Path file = dir.resolve("reg.jsonl");

        CliRun generate = CliRun.run("registry", "generate", "400", file.toString(), "--seed", "7");
        CliRun check = CliRun.run("registry", "check", file.toString(), "--organizations",
                dir.resolve("reg.organizations.json").toString(), "--as-of", "2021-01-01");

        assertThat(generate.exitCode).as(generate.toString()).isZero();
        assertThat(Files.exists(dir.resolve("reg.organizations.json"))).isTrue();
        assertThat(check.exitCode).as(check.toString()).isZero();
        assertThat(check.out).contains("Records read", "400", "Rejected", "territorial", "Routing", "every record accepted");
    }

    @Test
    void reportsRejectedRecordsWithLinesAndExitCode1() {
        Path file = dir.resolve("bad.csv");
        CliRun.run("registry", "generate", "300", file.toString(), "--invalid-share", "0.1");

        CliRun check = CliRun.run("registry", "check", file.toString(), "--organizations",
                dir.resolve("bad.organizations.json").toString(), "--as-of", "2021-01-01", "--format", "json");

        assertThat(check.exitCode).as(check.toString()).isEqualTo(ExitCode.VIOLATIONS);
        JsonNode json = UnionJson.mapper().readTree(check.out);
        long read = json.get("read").asLong();
        assertThat(json.get("rejected").asLong()).isPositive();
        assertThat(json.get("accepted").asLong() + json.get("rejected").asLong()).isEqualTo(read);
        assertThat(json.get("rejections").get(0).get("line").asLong()).isPositive();
    }

    @Test
    void zeroByteCsvAndEmptyJsonLinesAreReportedAndExit1() throws java.io.IOException {
        for (String[] file : new String[][] {{"empty.csv", ""}, {"empty.jsonl", ""}, {"blank.jsonl", "\n  \n\n"},
                {"header.csv", "id,category,primaryOrganization,admissionDate\n"}}) {
            Path path = Files.writeString(dir.resolve(file[0]), file[1]);
            CliRun check = CliRun.run("registry", "check", path.toString());
            assertThat(check.exitCode).as(check.toString()).isEqualTo(1);
            assertThat(check.err).contains("holds no registry record");
            assertThat(check.out).contains("the file holds no record");
            CliRun ru = CliRun.run("--lang", "ru", "registry", "check", path.toString());
            assertThat(ru.exitCode).isEqualTo(1);
            assertThat(ru.err).contains("нет ни одной записи реестра");
            CliRun json = CliRun.run("registry", "check", path.toString(), "--format", "json");
            assertThat(UnionJson.mapper().readTree(json.out).get("empty").asBoolean()).isTrue();
        }
    }

    @Test
    void controlCharactersFromInputAreEscapedInTheReport() throws java.io.IOException {
        Path golden = Path.of("..", "union-io", "src", "test", "resources", "golden",
                "astrakhan-committee-decree-3-1-2020.json");
        String json = Files.readString(golden).replace("\"КОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\"",
                "\"КОМИТЕТ \\u001b[2J\\u001b]0;pwned\\u0007ОБЛАСТНОЙ \\u202eОРГАНИЗАЦИИ ПРОФСОЮЗА\"");
        assertThat(json).contains("\\u001b[2J");
        Path file = Files.writeString(dir.resolve("decree.json"), json);
        CliRun check = CliRun.run("check", file.toString(), "--as-of", "2021-02-15");
        assertThat(check.out + check.err).doesNotContain("\u001b", "\u0007", "\u202e");
        if (check.exitCode != 2) {
            assertThat(check.out).contains("\\u001b[2J");
        }
        assertThat(TerminalSafeWriter.escape("Иван\u001b[31m\tПетров\n")).isEqualTo("Иван\\u001b[31m\tПетров\n");
    }

    @Test
    void checksWithoutATreeAndSaysWhatIsMissing() {
        Path file = dir.resolve("reg.jsonl");
        CliRun.run("registry", "generate", "50", file.toString());

        CliRun check = CliRun.run("registry", "check", file.toString());

        assertThat(check.exitCode).as(check.toString()).isZero();
        assertThat(check.out).contains("No --organizations given");
    }

    @Test
    void writesTheBundledSampleThatCountsExactlyAsTheDecreeSays() {
        Path file = dir.resolve("ast.jsonl");
        CliRun sample = CliRun.run("registry", "sample", file.toString());

        CliRun check = CliRun.run("registry", "check", file.toString(), "--organizations",
                dir.resolve("ast.organizations.json").toString(), "--as-of", "2020-12-18", "--format", "json");

        assertThat(sample.out).contains("ILLUSTRATIVE DATA");
        assertThat(check.exitCode).as(check.toString()).isZero();
        JsonNode routing = UnionJson.mapper().readTree(check.out).get("routing");
        assertThat(routing.get(0).get("organizations")).hasSize(6);
        assertThat(routing.get(1).get("organizations")).hasSize(3);
    }

    @Test
    void rejectsAnUnknownExtensionWithExitCode2() {
        CliRun run = CliRun.run("registry", "generate", "10", dir.resolve("reg.txt").toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains(".jsonl");
    }
}
