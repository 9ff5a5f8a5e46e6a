package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberCommandTest {

    @Test
    void printsTheCanonicalFormAndCountersOfASeedNumber() {
        CliRun run = CliRun.run("number", "№ 3- 1");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Canonical form", "3-1", "Meeting", "Question");
        assertThat(run.out.lines().filter(l -> l.startsWith("Meeting")).findFirst()).hasValueSatisfying(
                line -> assertThat(line).endsWith("3"));
        assertThat(run.err).isEmpty();
    }

    @Test
    void printsInRussianWithLangRu() {
        CliRun run = CliRun.run("--lang", "ru", "number", "N 27-5");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("Каноническая форма", "27-5", "Заседание");
    }

    @Test
    void takesTheLanguageFromTheDefaultLocale() {
        CliRun run = CliRun.runWithLocale(new Locale("ru", "RU"), "number", "07");

        assertThat(run.out).contains("Порядковый номер");
    }

    @Test
    void rejectsTextThatIsNotADecreeNumberWithExitCode2AndOneLine() {
        CliRun run = CliRun.run("number", "3-x");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).startsWith("union number: error:").doesNotContain("at io.github");
    }

    @Test
    void printsTheStackTraceOnlyWithDebug() {
        CliRun run = CliRun.run("--debug", "number", "3-x");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("DecreeNumberParseException", "\tat ");
    }

    @Test
    void showsHelpWithExitCode0() {
        CliRun run = CliRun.run("number", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("Usage: union number", "TEXT", "--lang");
    }
}
