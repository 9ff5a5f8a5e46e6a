package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryExportCommandTest {

    private static final String REGISTRY = "{\"id\":\"m-secret-1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
            + "\"admissionDate\":\"2015-09-01\",\"card\":\"7712345678\",\"name\":{\"family\":\"Иванова\","
            + "\"given\":\"Мария\"},\"birthDate\":\"1980-05-04\"}\n"
            + "{\"id\":\"m-secret-2\",\"category\":\"STUDENT\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2019-09-01\"}\n";

    @TempDir
    Path dir;

    @Test
    void writesPseudonymsWithoutPersonalDataAndTheSameKeyGivesTheSamePseudonyms() throws IOException {
        Path registry = Files.writeString(dir.resolve("reg.jsonl"), REGISTRY);
        Path key = Files.writeString(dir.resolve("key.bin"), "0123456789abcdef0123456789abcdef");
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.csv");

        CliRun run = CliRun.run("registry", "export", registry.toString(), "--out", first.toString(),
                "--key-file", key.toString());
        CliRun again = CliRun.run("registry", "export", registry.toString(), "--out", second.toString(),
                "--key-file", key.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("2 members exported");
        String exported = Files.readString(first);
        assertThat(exported).doesNotContain("m-secret", "7712345678", "Иванова", "1980-05-04").contains("p-", "p1");
        String pseudonym = exported.substring(exported.indexOf("p-"), exported.indexOf("p-") + 32);
        assertThat(again.exitCode).as(again.toString()).isZero();
        assertThat(Files.readString(second)).contains(pseudonym);
        CliRun check = CliRun.run("registry", "check", first.toString(), "--as-of", "2021-01-01");
        assertThat(check.exitCode).as("the export is a valid registry: " + check).isZero();
    }

    @Test
    void withoutAKeyFileARandomKeyIsUsedAndSaid() throws IOException {
        Path registry = Files.writeString(dir.resolve("reg.jsonl"), REGISTRY);

        CliRun ru = CliRun.run("--lang", "ru", "registry", "export", registry.toString(), "--out",
                dir.resolve("out.jsonl").toString());

        assertThat(ru.exitCode).as(ru.toString()).isZero();
        assertThat(ru.err).contains("случайный ключ");
        assertThat(ru.out).contains("выгружено");
    }

    @Test
    void unreadableRecordsAreNotExportedAndExit1() throws IOException {
        Path registry = Files.writeString(dir.resolve("reg.jsonl"), REGISTRY + "{\"id\":\"m3\"}\n");

        CliRun run = CliRun.run("registry", "export", registry.toString(), "--out", dir.resolve("out.jsonl").toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.err).contains("1 records").doesNotContain("m3");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(2);
    }

    @Test
    void badInputExits2() throws IOException {
        Path registry = Files.writeString(dir.resolve("reg.jsonl"), REGISTRY);
        Path shortKey = Files.writeString(dir.resolve("short.key"), "short");

        assertThat(CliRun.run("registry", "export", registry.toString()).exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.run("registry", "export", registry.toString(), "--out", dir.resolve("x.txt").toString())
                .exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.run("registry", "export", registry.toString(), "--out", registry.toString()).exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
        CliRun key = CliRun.run("registry", "export", registry.toString(), "--out", dir.resolve("o.jsonl").toString(),
                "--key-file", shortKey.toString());
        assertThat(key.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(key.err).contains("16 bytes");
        assertThat(Files.readString(registry)).isEqualTo(REGISTRY);
    }
}
