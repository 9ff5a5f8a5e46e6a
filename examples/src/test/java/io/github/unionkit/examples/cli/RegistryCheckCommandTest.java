package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.RegistryGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RegistryCheckCommandTest {

    private static final String HEADER = "id,category,primaryOrganization,admissionDate\n";

    @TempDir
    Path dir;

    @Test
    void countsAsOfAPastDateLeaveLaterAdmissionsOutWithoutRejectingThem() throws IOException {
        Path file = Files.writeString(dir.resolve("r.csv"), HEADER + "m1,EMPLOYEE,p1,2015-09-01\n"
                + "m2,EMPLOYEE,p1,2020-09-01\n");

        CliRun check = CliRun.run("registry", "check", file.toString(), "--as-of", "2019-01-01", "--format", "json");

        assertThat(check.exitCode).as(check.toString()).isZero();
        JsonNode json = UnionJson.mapper().readTree(check.out);
        assertThat(json.get("rejected").asLong()).isZero();
        assertThat(json.get("counted").asLong()).isEqualTo(1);
    }

    @Test
    void anAdmissionAfterTheRegistrysDateIsRejectedWithExitCode1() throws IOException {
        // CliRun's today is 2021-02-15: the registry's date unless --recorded-on says otherwise
        Path file = Files.writeString(dir.resolve("r.csv"), HEADER + "m1,EMPLOYEE,p1,2021-03-01\n");

        CliRun today = CliRun.run("registry", "check", file.toString(), "--as-of", "2019-01-01");
        CliRun later = CliRun.run("registry", "check", file.toString(), "--recorded-on", "2021-06-01");

        assertThat(today.exitCode).as(today.toString()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(today.out).contains("UK-MEMBER-001");
        assertThat(later.exitCode).as(later.toString()).isZero();
    }

    @Test
    void aDuplicateIdIsReportedWithBothLines() throws IOException {
        Path file = Files.writeString(dir.resolve("r.csv"), HEADER + "m1,EMPLOYEE,p1,2015-09-01\n"
                + "m1,STUDENT,p1,2016-09-01\n");

        CliRun check = CliRun.run("registry", "check", file.toString(), "--format", "json");

        assertThat(check.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        JsonNode rejection = UnionJson.mapper().readTree(check.out).get("rejections").get(0);
        assertThat(rejection.get("reason").asString()).isEqualTo("DUPLICATE_MEMBER_ID");
        assertThat(rejection.get("line").asLong()).isEqualTo(3);
        assertThat(rejection.get("earlierLine").asLong()).isEqualTo(2);
    }

    @Test
    void theTreeFollowsTheLibrarysLimitsAndTheOptionLowersOrRaisesThem() throws IOException {
        // the generator's national tree: 84,660 organizations, 25 MB
        Path tree = dir.resolve("national.organizations.json");
        try (java.io.OutputStream out = Files.newOutputStream(tree)) {
            UnionJson.writeDocument(RegistryGenerator.builder().members(0).build().organizations(), out);
        }
        assertThat(Files.size(tree)).isGreaterThan(4L * 1024 * 1024);
        Path file = Files.writeString(dir.resolve("r.csv"), HEADER + "m1,EMPLOYEE,r01-t001-p001,2015-09-01\n");

        CliRun check = CliRun.run("registry", "check", file.toString(), "--organizations", tree.toString());
        CliRun small = CliRun.run("registry", "check", file.toString(), "--organizations", tree.toString(),
                "--max-document-mb", "1");
        CliRun bad = CliRun.run("registry", "check", file.toString(), "--organizations", tree.toString(),
                "--max-document-mb", "0");
        CliRun ru = CliRun.run("--lang", "ru", "registry", "check", file.toString(), "--organizations",
                tree.toString(), "--max-document-mb", "1");

        assertThat(check.exitCode).as(check.toString()).isZero();
        assertThat(small.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(small.err).contains("larger than 1 MiB", "--max-document-mb");
        assertThat(bad.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ru.err).contains("больше 1 МиБ");
    }

    @Test
    void aRussianExcelCsvInWindows1251WithSemicolonsIsCheckedLikeAnyOther() throws IOException {
        String text = "Идентификатор;Категория;Первичная организация;Дата вступления;Фамилия;Имя\r\n"
                + "m1;работающий;p1;01.09.2015;Иванова;Анна\r\nm2;обучающийся;p1;01.09.2019;Петров;Иван\r\n";
        Path file = Files.write(dir.resolve("excel.csv"), text.getBytes(java.nio.charset.Charset.forName("windows-1251")));

        CliRun check = CliRun.run("registry", "check", file.toString(), "--as-of", "2020-01-01", "--format", "json");

        assertThat(check.exitCode).as(check.toString()).isZero();
        JsonNode json = UnionJson.mapper().readTree(check.out);
        assertThat(json.get("accepted").asLong()).isEqualTo(2);
        assertThat(json.get("counted").asLong()).isEqualTo(2);
        assertThat(check.out).doesNotContain("Иванова");
    }

    @Test
    void pastCountsFollowTransfersAndCategoryChanges() throws IOException {
        Path file = Files.writeString(dir.resolve("h.jsonl"), "{\"formatVersion\":2,\"id\":\"h1\",\"category\":\"EMPLOYEE\","
                + "\"primaryOrganization\":\"p1\",\"admissionDate\":\"2010-09-01\",\"categoryChanges\":[{\"date\":"
                + "\"2020-03-01\",\"category\":\"NON_WORKING_PENSIONER\"}]}\n");

        CliRun before = CliRun.run("registry", "check", file.toString(), "--as-of", "2019-01-01", "--format", "json");
        CliRun after = CliRun.run("registry", "check", file.toString(), "--as-of", "2021-01-01", "--format", "json");

        assertThat(UnionJson.mapper().readTree(before.out).get("total").get("employees").asInt()).isEqualTo(1);
        assertThat(UnionJson.mapper().readTree(after.out).get("total").get("pensioners").asInt()).isEqualTo(1);
    }

    @Test
    void theCsvEncodingAndSeparatorCanBeGivenOnTheCommandLine() throws IOException {
        Path file = Files.write(dir.resolve("given.csv"), ("id;category;primaryOrganization;admissionDate;familyName;givenName\n"
                + "m1;EMPLOYEE;p1;2015-09-01;Жукова;Анна\n").getBytes(java.nio.charset.Charset.forName("windows-1251")));

        CliRun given = CliRun.run("registry", "check", file.toString(), "--csv-encoding", "windows-1251",
                "--csv-separator", ";");
        CliRun wrong = CliRun.run("registry", "check", file.toString(), "--csv-encoding", "utf-8");
        CliRun bad = CliRun.run("registry", "check", file.toString(), "--csv-separator", "|");

        assertThat(given.exitCode).as(given.toString()).isZero();
        assertThat(wrong.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(wrong.out).contains("the record is not valid JSON or CSV");
        assertThat(bad.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err).contains("--csv-separator");
    }
}
