package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionCommandTest {

    @Test
    void printsTheCommandsAndExits2WhenRunWithoutOne() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("check", "deadline", "number", "refs", "render", "registry");
    }

    @Test
    void hasHelpOnEveryCommand() {
        for (String[] command : new String[][] {{}, {"check"}, {"deadline"}, {"number"}, {"refs"}, {"render"},
            {"registry"}, {"registry", "check"}, {"registry", "generate"}, {"registry", "sample"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun run = CliRun.run(args);
            assertThat(run.exitCode).as(String.join(" ", args)).isZero();
            assertThat(run.out).as(String.join(" ", args)).contains("Usage: union").doesNotContain("[union.");
        }
    }

    @Test
    void localizesHelpWithLangRu() {
        CliRun run = CliRun.run("--lang", "ru", "--help");

        assertThat(run.out).contains("Использование: union", "Команды:", "Коды завершения:");
    }

    @Test
    void rejectsAnUnknownCommandWithASuggestionAndExitCode2() {
        CliRun run = CliRun.run("chek");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("chek", "check");
    }

    @Test
    void rejectsAnUnknownLanguage() {
        CliRun run = CliRun.run("--lang", "de", "number", "3-1");

        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("--lang");
    }

    @Test
    void printsTheVersion() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("union ");
    }

    @Test
    void picocliComplaintsAreInTheUsersLanguage() {
        CliRun unknown = CliRun.run("--lang", "ru", "check", "--formt", "json");
        CliRun missing = CliRun.run("--lang", "ru", "deadline");
        CliRun english = CliRun.run("check", "--formt", "json");

        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).contains("неизвестный параметр или аргумент: --formt")
                .contains("возможно, имелось в виду: --format?").doesNotContain("Unknown option");
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("не указано:").doesNotContain("Missing required");
        assertThat(english.err).contains("unknown option or argument: --formt", "did you mean: --format?");
    }
}
