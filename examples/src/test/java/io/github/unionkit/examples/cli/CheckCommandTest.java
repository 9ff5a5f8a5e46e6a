package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void checksTheBundledSampleAsValidWithExitCode0() {
        CliRun run = CliRun.run("check", "--as-of", "2021-02-15");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("resolution No. 3-1 of 2020-12-18", "equal to the golden fixture", "ILLUSTRATIVE DATA",
                "Clauses, deadlines and their status as of 2021-02-15", "Membership-size routing of clause 4.3",
                "Result: VALID");
        assertThat(run.err).isEmpty();
    }

    @Test
    void printsEachDeadlineWithItsLastDayAndStatus() {
        CliRun run = CliRun.run("check", "--as-of", "2021-02-15");

        assertThat(run.out).contains("«До 29 декабря 2020 г.» → 2020-12-18 – 2020-12-28, last day 2020-12-28"
                + " (\"до\" excludes the day) — OVERDUE");
        assertThat(run.out).contains("«в первом квартале 2021 г.» → 2021-01-01 – 2021-03-31, last day 2021-03-31 — DUE");
    }

    @Test
    void routesTheBoundaryOrganizationOfExactly1000MembersToTheFirstQuarter() {
        CliRun run = CliRun.run("check", "--as-of", "2021-02-15");

        assertThat(run.out.lines().filter(line -> line.contains("Харабалинская ТОП")).findFirst()).hasValueSatisfying(
                line -> assertThat(line).contains("up to 1,000 members", "в первом квартале 2021 года", "1,000", "✓"));
    }

    @Test
    void usesTodayFromTheClockWhenNoDateIsGiven() {
        CliRun run = CliRun.run("check");

        assertThat(run.out).contains("Status as of  2021-02-15 (today)");
    }

    @Test
    void speaksRussianWithLangRu() {
        CliRun run = CliRun.run("--lang", "ru", "check", "--as-of", "15.02.2021");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("постановление № 3-1 от 18.12.2020", "УСЛОВНЫЕ ДАННЫЕ",
                "Распределение по численности, пункт 4.3", "срок истёк".toUpperCase(new java.util.Locale("ru")),
                "Итог: ВЕРНО");
    }

    @Test
    void writesAJsonReportThatParses() {
        CliRun run = CliRun.run("check", "--as-of", "2021-02-15", "--format", "json");

        assertThat(run.exitCode).isZero();
        JsonNode json = UnionJson.mapper().readTree(run.out);
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("decree").get("number").asString()).isEqualTo("3-1");
        assertThat(json.get("registry").get("illustrative").asBoolean()).isTrue();
        assertThat(json.get("routing")).hasSize(9).allSatisfy(row -> assertThat(row.get("agrees").asBoolean()).isTrue());
        JsonNode clause312 = find(json.get("clauses"), "3.1.2");
        assertThat(clause312.get("lastDay").asString()).isEqualTo("2020-12-28");
        assertThat(clause312.get("status").asString()).isEqualTo("OVERDUE");
        assertThat(json.get("summary").get("errors").asInt()).isZero();
    }

    @Test
    void exitsWith1WhenTheDecreeListsAnOrganizationInTheWrongBand() throws Exception {
        Path registry = dir.resolve("ast.jsonl");
        assertThat(CliRun.run("registry", "sample", registry.toString()).exitCode).isZero();
        Path decree = dir.resolve("decree.json");
        Files.writeString(decree, UnionJson.toDocument(withBandsSwapped(SeedResolutions.astrakhan3of1())),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run("check", decree.toString(), "--registry", registry.toString(),
                "--organizations", dir.resolve("ast.organizations.json").toString(), "--as-of", "2021-02-15");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out).contains("UK-SIZE-002", "✗ wrong band", "Result: NOT VALID");
        // The table is the rules' routing: its ✗ rows are exactly the UK-SIZE-002 and UK-SIZE-005 findings.
        CliRun json = CliRun.run("check", decree.toString(), "--registry", registry.toString(),
                "--organizations", dir.resolve("ast.organizations.json").toString(), "--as-of", "2021-02-15",
                "--format", "json");
        JsonNode report = UnionJson.mapper().readTree(json.out);
        int sizeFindings = 0;
        for (JsonNode violation : report.get("violations")) {
            String code = violation.get("code").asString();
            sizeFindings += code.equals("UK-SIZE-002") || code.equals("UK-SIZE-005") ? 1 : 0;
        }
        assertThat(sizeFindings).isPositive();
        assertThat(report.get("summary").get("disagreeingRoutingRows").asInt()).isEqualTo(sizeFindings);
    }

    @Test
    void checksADecreeJsonAgainstRegistryFilesAsValid() throws Exception {
        Path registry = dir.resolve("ast.csv");
        assertThat(CliRun.run("registry", "sample", registry.toString()).exitCode).isZero();
        Path decree = dir.resolve("decree.json");
        Files.writeString(decree, CliRun.run("render", "--format", "json").out, StandardCharsets.UTF_8);

        CliRun run = CliRun.run("check", decree.toString(), "--registry", registry.toString(),
                "--organizations", dir.resolve("ast.organizations.json").toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("(JSON)", "rejected", "✓ agrees");
    }

    @Test
    void readsADecreeInRussianTextWithTheParser() throws Exception {
        Path decree = dir.resolve("decree.txt");
        Files.writeString(decree, SeedResolutions.astrakhan3of1Text(), StandardCharsets.UTF_8);

        CliRun run = CliRun.run("check", decree.toString(), "--as-of", "2021-02-15", "--format", "json");

        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode json = UnionJson.mapper().readTree(run.out);
        assertThat(json.get("decree").get("number").asString()).isEqualTo("3-1");
        assertThat(find(json.get("clauses"), "3.1.5").get("lastDay").asString()).isEqualTo("2021-03-31");
    }

    @Test
    void rejectsTextThatIsNoDecreeWithExitCode2() throws Exception {
        Path decree = dir.resolve("note.txt");
        Files.writeString(decree, "Просто записка без пунктов.", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("check", decree.toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err.lines()).hasSize(1);
    }

    @Test
    void rejectsAMissingFileWithExitCode2AndOneLine() {
        CliRun run = CliRun.run("check", dir.resolve("missing.json").toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).startsWith("union check: error: no such file:");
    }

    @Test
    void rejectsBrokenJsonWithExitCode2AndNoStackTrace() throws Exception {
        Path decree = dir.resolve("broken.json");
        Files.writeString(decree, "{\"number\": \"3-1\", ", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("check", decree.toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).doesNotContain("\tat ");
    }

    @Test
    void rejectsARegistryWithoutItsOrganizationTree() {
        CliRun run = CliRun.run("check", "--registry", dir.resolve("r.jsonl").toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("--organizations");
    }

    @Test
    void rejectsAnInvalidDateWithExitCode2() {
        CliRun run = CliRun.run("check", "--as-of", "31.02.2021");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("31.02.2021", "--help");
    }

    @Test
    void showsHelp() {
        CliRun run = CliRun.run("check", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("Usage: union check", "--registry", "--organizations", "--as-of", "--format",
                "Exit codes:");
    }

    private static JsonNode find(JsonNode clauses, String number) {
        for (JsonNode clause : clauses) {
            if (clause.get("number").asString().equals(number)) {
                return clause;
            }
        }
        throw new AssertionError("no clause " + number);
    }

    @Test
    void anOrganizationTheDecreeDoesNotListIsSaidToBeNotListedNotInTheWrongBand(@TempDir Path dir) throws Exception {
        Path registry = dir.resolve("ast.jsonl");
        assertThat(CliRun.run("registry", "sample", registry.toString()).exitCode).isZero();
        Path decree = dir.resolve("decree.json");
        Files.writeString(decree, UnionJson.toDocument(withFirstListedLeftOut(SeedResolutions.astrakhan3of1())),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run("check", decree.toString(), "--registry", registry.toString(),
                "--organizations", dir.resolve("ast.organizations.json").toString(), "--as-of", "2021-02-15");

        assertThat(run.out).as(run.toString()).contains("UK-SIZE-005");
        assertThat(run.out.lines().filter(line -> line.contains("Ахтубинская ТОП") && line.contains("квартале")))
                .singleElement().satisfies(line -> assertThat(line).contains("not listed", "✗ not listed in the decree")
                        .doesNotContain("wrong band"));
    }

    /** The seed decree with the organization lists of clause 4.3's two bands exchanged. */
    private static Resolution withBandsSwapped(Resolution resolution) {
        return withBandsOf43(resolution, bands -> List.of(
                SizeBand.of(bands.get(0).range(), bands.get(0).deadline(), bands.get(1).organizations(),
                        bands.get(0).subjectAsWritten()),
                SizeBand.of(bands.get(1).range(), bands.get(1).deadline(), bands.get(0).organizations(),
                        bands.get(1).subjectAsWritten())));
    }

    /** The seed decree without the first organization of clause 4.3's first band. */
    private static Resolution withFirstListedLeftOut(Resolution resolution) {
        return withBandsOf43(resolution, bands -> List.of(SizeBand.of(bands.get(0).range(), bands.get(0).deadline(),
                bands.get(0).organizations().subList(1, bands.get(0).organizations().size()),
                bands.get(0).subjectAsWritten()), bands.get(1)));
    }

    private static Resolution withBandsOf43(Resolution resolution, UnaryOperator<List<SizeBand>> change) {
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : resolution.clauses()) {
            clauses.add(withBandsOf43(clause, change));
        }
        return Resolution.builder().from(resolution).clauses(clauses).build();
    }

    private static Clause withBandsOf43(Clause clause, UnaryOperator<List<SizeBand>> change) {
        List<Clause> children = new ArrayList<>();
        for (Clause child : clause.children()) {
            children.add(withBandsOf43(child, change));
        }
        List<SizeBand> bands = clause.number().equals(ClauseNumber.of(4, 3)) ? change.apply(clause.sizeBands())
                : clause.sizeBands();
        return Clause.builder().from(clause).children(children).sizeBands(bands).build();
    }

    private static final String UNDATED = "ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\n"
            + "от 31.02.2021 № 17-4\nО проверке\nПрезидиум районной организации Профсоюза постановляет:\n"
            + "1. Правовому инспектору труда провести проверку до конца года.\n"
            + "2. Контроль за выполнением постановления оставляю за собой.\n\n"
            + "Председатель районной организации Профсоюза      И.П. Горбунова\n";

    /** A decree page with no main or article element: the reader guesses the content and says so. */
    private static final String PAGE = "<html><body><div class=\"menu\">Главная | Новости</div><div>"
            + "<p>ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА</p><p>ПОСТАНОВЛЕНИЕ</p><p>от 15.01.2021 № 17-4</p>"
            + "<p>О проверке</p><p>Президиум районной организации Профсоюза постановляет:</p>"
            + "<p>1. Правовому инспектору труда провести проверку до конца года.</p>"
            + "<p>2. Контроль за выполнением постановления оставляю за собой.</p>"
            + "<p>Председатель районной организации Профсоюза И.П. Горбунова</p></div></body></html>";

    @Test
    void whatReadingADocumentLeftOutOrGuessedIsPrintedAndCounted(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("decree.html"), PAGE);

        CliRun text = CliRun.run("--lang", "ru", "check", file.toString(), "--as-of", "2021-02-15");
        CliRun json = CliRun.run("check", file.toString(), "--as-of", "2021-02-15", "--format", "json");

        assertThat(text.out).as(text.toString()).contains("  ! блок 1: нет <main> или <article>");
        assertThat(text.out).contains("ВЕРНО С ПРЕДУПРЕЖДЕНИЯМИ");
        JsonNode root = UnionJson.mapper().readTree(json.out);
        assertThat(root.get("documentWarnings")).hasSize(1);
        assertThat(root.get("documentWarnings").get(0).get("code").asString()).isEqualTo("CONTENT_GUESSED");
        assertThat(root.get("summary").get("documentWarnings").asInt()).isEqualTo(1);
    }

    @Test
    void aDecreeWithoutAReadableDateIsNotValidAndSaysWhyInBothFormats(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("undated.txt");
        Files.writeString(file, UNDATED, StandardCharsets.UTF_8);

        CliRun text = CliRun.run("check", file.toString(), "--as-of", "2021-06-01");
        CliRun json = CliRun.run("check", file.toString(), "--as-of", "2021-06-01", "--format", "json");

        assertThat(text.exitCode).as(text.toString()).isEqualTo(1);
        assertThat(text.out).contains("UK-DECREE-009", "line 3, adoption date:").contains("NOT VALID")
                .doesNotContain("1970").doesNotContain("Result: VALID");
        assertThat(json.exitCode).isEqualTo(1);
        JsonNode root = UnionJson.mapper().readTree(json.out);
        assertThat(root.get("verdict").asString()).isEqualTo("INVALID");
        assertThat(root.get("decree").has("adopted")).isFalse();
        assertThat(root.get("parserWarnings").valueStream().map(w -> w.get("element").asString()).toList())
                .contains("adopted", "clauses[1].assignment.deadline");
    }

    @Test
    void aDecreeInWindows1251IsReadAndMojibakeIsRefused(@TempDir Path dir) throws Exception {
        Path cp1251 = dir.resolve("cp1251.txt");
        Files.write(cp1251, UNDATED.replace("31.02.2021", "12.03.2021").getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Path garbage = dir.resolve("garbage.txt");
        Files.writeString(garbage, new String(UNDATED.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8);

        CliRun read = CliRun.run("check", cp1251.toString(), "--as-of", "2021-06-01");
        CliRun refused = CliRun.run("check", garbage.toString());

        assertThat(read.out).as(read.toString()).contains("17-4", "О проверке");
        assertThat(read.exitCode).isNotEqualTo(2);
        assertThat(refused.exitCode).isEqualTo(2);
        assertThat(refused.err).contains("wrong character set");
    }
}
