package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineCommandTest {

    @Test
    void readsDoAsExcludingTheNamedDayByDefault() {
        CliRun run = CliRun.run("deadline", "до 29 декабря 2020 г.", "--on", "2020-12-18", "--as-of", "2020-12-28");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(line(run, "Last day")).endsWith("2020-12-28");
        assertThat(line(run, "Window")).endsWith("2020-12-18 – 2020-12-28");
        assertThat(line(run, "\"до\" policy")).contains("exclusive");
        assertThat(line(run, "Status")).endsWith("due");
    }

    @Test
    void readsDoAsIncludingTheNamedDayWhenAsked() {
        CliRun run = CliRun.run("deadline", "до 29 декабря 2020 г.", "--on", "2020-12-18", "--until", "inclusive");

        assertThat(line(run, "Last day")).endsWith("2020-12-29");
        assertThat(line(run, "Rendered")).endsWith("до 29 декабря 2020 года включительно");
    }

    @Test
    void resolvesAQuarterAndRendersItBackInflected() {
        CliRun run = CliRun.run("--lang", "ru", "deadline", "в I квартале 2021 г.", "--on", "18.12.2020",
                "--as-of", "2021-04-01");

        assertThat(run.exitCode).isZero();
        assertThat(line(run, "Период")).endsWith("01.01.2021 – 31.03.2021");
        assertThat(line(run, "Обратная запись")).endsWith("в первом квартале 2021 года");
        assertThat(line(run, "Состояние")).endsWith("срок истёк");
    }

    @Test
    void rejectsAnUnknownPhraseWithItsPositionAndExitCode2() {
        CliRun run = CliRun.run("deadline", "когда-нибудь", "--on", "2020-12-18");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).contains("not a deadline phrase", "position 1", "когда-нибудь");
    }

    @Test
    void showsASchoolYearATermAfterAnEventAndExplainsRefusalsInBothLanguages() {
        CliRun school = CliRun.run("deadline", "в 2021/2022 учебном году", "--on", "2020-12-18");
        assertThat(line(school, "Kind")).endsWith("school year");
        assertThat(line(school, "Last day")).endsWith("2022-08-31");

        CliRun event = CliRun.run("--lang", "ru", "deadline", "в течение 10 дней после проведения конференции", "--on",
                "18.12.2020", "--as-of", "2021-01-15");
        assertThat(line(event, "Вид срока")).endsWith("от события");
        assertThat(line(event, "Состояние")).endsWith("неизвестно");

        CliRun calendar = CliRun.run("deadline", "в течение 5 рабочих дней", "--on", "2020-12-18");
        assertThat(calendar.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(calendar.err).contains("production calendar has no data");
        CliRun ambiguous = CliRun.run("--lang", "ru", "deadline", "до 2025 года", "--on", "18.12.2020");
        assertThat(ambiguous.err).contains("неоднозначна");
    }

    @Test
    void requiresTheDocumentDate() {
        CliRun run = CliRun.run("deadline", "в 2021 году");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("--on");
    }

    private static String line(CliRun run, String label) {
        return run.out.lines().filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label + " in\n" + run));
    }
}
