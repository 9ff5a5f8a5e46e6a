package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RegistryStatsCommandTest {

    private static final String TREE = "{\"organizations\":["
            + org("ru", "NATIONAL", "NATIONAL_UNION", null, "Общероссийский Профсоюз образования") + ","
            + org("ast", "REGIONAL", "OBLAST", "ru", "Астраханская областная организация Профсоюза") + ","
            + org("t1", "TERRITORIAL", "DISTRICT", "ast", "Ахтубинская районная организация Профсоюза") + ","
            + org("p1", "PRIMARY", "SCHOOL", "t1", "Первичная организация школы № 1") + ","
            + org("t2", "TERRITORIAL", "CITY", "ast", "Городская организация Профсоюза") + ","
            + org("p2", "PRIMARY", "SCHOOL", "t2", "Первичная организация школы № 2") + "]}";

    /** m1 admitted in 2020; m2 left in 2020 (voluntary); m3 re-admitted in 2020 and retired in 2020; m4 in p2. */
    private static final String REGISTRY = ""
            + "{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2020-03-01\"}\n"
            + "{\"id\":\"m2\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2010-09-01\","
            + "\"exit\":{\"date\":\"2020-06-30\",\"reason\":\"VOLUNTARY\"}}\n"
            + "{\"formatVersion\":2,\"id\":\"m3\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
            + "\"admissionDate\":\"2000-09-01\",\"interruptions\":[{\"exit\":{\"date\":\"2019-06-30\","
            + "\"reason\":\"END_OF_EMPLOYMENT\"},\"readmissionDate\":\"2020-02-01\"}],"
            + "\"categoryChanges\":[{\"date\":\"2020-10-01\",\"category\":\"NON_WORKING_PENSIONER\"}]}\n"
            + "{\"id\":\"m4\",\"category\":\"STUDENT\",\"primaryOrganization\":\"p2\",\"admissionDate\":\"2015-09-01\"}\n";

    @TempDir
    Path dir;

    private static String org(String id, String level, String kind, String parent, String name) {
        return "{\"id\":\"" + id + "\",\"level\":\"" + level + "\",\"kind\":\"" + kind + "\",\"names\":[{\"fullName\":\""
                + name + "\",\"validFrom\":\"1990-01-01\"}]" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"")
                + "}";
    }

    private String[] args(String... more) throws IOException {
        Path registry = Files.writeString(dir.resolve("reg.jsonl"), REGISTRY);
        Path tree = Files.writeString(dir.resolve("tree.json"), TREE);
        String[] base = {"registry", "stats", registry.toString(), "--organizations", tree.toString(),
            "--from", "2020-01-01", "--to", "2020-12-31"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void countsAdmissionsExitsByReasonAndCategoriesOnTheLastDayInJson() throws IOException {
        CliRun run = CliRun.run(args("--organization", "t1", "--format", "json"));

        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode json = UnionJson.mapper().readTree(run.out);
        JsonNode subtree = json.get("subtree");
        assertThat(json.get("organization").get("name").asString()).isEqualTo("Ахтубинская районная организация Профсоюза");
        assertThat(subtree.get("admissions").asLong()).as("m1 admitted, m3 re-admitted").isEqualTo(2);
        assertThat(subtree.get("exits").asLong()).isEqualTo(1);
        assertThat(subtree.get("exitsByReason").get("VOLUNTARY").asLong()).isEqualTo(1);
        assertThat(subtree.get("exitsByReason").get("END_OF_EMPLOYMENT").asLong()).as("2019 is outside").isZero();
        assertThat(subtree.get("members").get("EMPLOYEE").asLong()).isEqualTo(1);
        assertThat(subtree.get("members").get("NON_WORKING_PENSIONER").asLong()).as("m3 retired").isEqualTo(1);
        assertThat(subtree.get("members").get("STUDENT").asLong()).as("m4 is outside t1").isZero();
        assertThat(json.get("own").get("members").get("total").asLong()).isZero();
        assertThat(subtree.has("coverage")).isFalse();
        assertThat(run.out).doesNotContain("m1", "m2", "m3");
    }

    @Test
    void theWholeTreeIsTheDefaultAndCoverageComesFromEmployeeCounts() throws IOException {
        Path employees = Files.writeString(dir.resolve("employees.csv"),
                "organization,asOf,employees\np1,2020-01-01,4\np2,2020-01-01,10\n");

        CliRun run = CliRun.run(args("--employees", employees.toString(), "--format", "json"));

        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode subtree = UnionJson.mapper().readTree(run.out).get("subtree");
        assertThat(subtree.get("members").get("total").asLong()).isEqualTo(3);
        assertThat(subtree.get("employees").asLong()).isEqualTo(14);
        assertThat(subtree.get("coverage").get("members").asLong()).as("only m1 works on 31.12.2020").isEqualTo(1);
        assertThat(subtree.get("coverage").get("percent").decimalValue()).isEqualByComparingTo("7.1");
    }

    @Test
    void printsRussianTextWithNamesDatesAndGrouping() throws IOException {
        Path employees = Files.writeString(dir.resolve("employees.json"),
                "[{\"organization\":\"p1\",\"asOf\":\"2020-01-01\",\"employees\":1200}]");

        CliRun ru = CliRun.run(args("--lang", "ru", "--organization", "p1", "--employees", employees.toString()));
        CliRun en = CliRun.run(args("--organization", "p1", "--employees", employees.toString()));

        assertThat(ru.exitCode).as(ru.toString()).isZero();
        assertThat(ru.out).contains("Первичная организация школы № 1", "01.01.2020 – 31.12.2020", "Принято",
                "добровольный выход", "Пенсионеры", "1 200", "Охват на 31.12.2020", "0,1 %").doesNotContain("p1");
        assertThat(en.out).contains("Admissions", "voluntary exit", "1,200", "Coverage on 2020-12-31", "0.1 %");
    }

    @Test
    void badInputExits2() throws IOException {
        assertThat(CliRun.run(args("--organization", "nope")).exitCode).isEqualTo(ExitCode.BAD_INPUT);
        CliRun reversed = CliRun.run("registry", "stats", args()[2], "--organizations", args()[4],
                "--from", "2021-01-01", "--to", "2020-12-31");
        assertThat(reversed.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(reversed.err).contains("is after");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "organization,asOf,employees\np1,2020-01-01,0\n");
        CliRun employees = CliRun.run(args("--employees", bad.toString()));
        assertThat(employees.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(employees.err).contains("line 2");
        assertThat(CliRun.run("registry", "stats", "missing.jsonl", "--organizations", args()[4], "--from", "2020-01-01",
                "--to", "2020-12-31").exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.run("registry", "stats", args()[2], "--from", "2020-01-01", "--to", "2020-12-31").exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
    }
}
