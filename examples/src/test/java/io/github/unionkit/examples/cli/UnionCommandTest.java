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
    void everyCommandListsItsOwnExitCodes() {
        String number = exitCodes(CliRun.run("number", "--help").out);
        String eligibility = exitCodes(CliRun.run("registry", "eligibility", "--help").out);
        String check = exitCodes(CliRun.run("check", "--help").out);
        String render = exitCodes(CliRun.run("--lang", "ru", "render", "--help").out);

        assertThat(number).contains("0   the number was read", "2   the number cannot be read").doesNotContain("1   ");
        assertThat(eligibility).contains("0   an active member", "1   not an active member", "2   bad input");
        assertThat(check).contains("1   violations of severity error");
        assertThat(render).contains("0   постановление записано").doesNotContain("1   ");
    }

    private static String exitCodes(String help) {
        return help.substring(help.indexOf("Exit codes:") >= 0 ? help.indexOf("Exit codes:") : help.indexOf("Коды завершения:"));
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

    @Test
    void aValueThatIsNotOfItsTypeIsExplainedInTheUsersTermsWithoutEchoingIt() {
        CliRun count = CliRun.run("--lang", "ru", "registry", "generate", "1e6", "x.jsonl");
        CliRun choice = CliRun.run("registry", "check", "x.jsonl", "--progress", "sometimes");

        assertThat(count.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(count.err).contains("N: ожидается целое число цифрами").doesNotContain("long", "1e6");
        assertThat(choice.err).contains("--progress: expected one of: auto, always, never").doesNotContain("sometimes");
    }
}
