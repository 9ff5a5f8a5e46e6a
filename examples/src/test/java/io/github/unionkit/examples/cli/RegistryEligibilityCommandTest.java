package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryEligibilityCommandTest {

    private static final String REGISTRY = "{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
            + "\"admissionDate\":\"2015-09-01\",\"card\":\"7712345678\"}\n"
            + "{\"id\":\"m2\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2010-09-01\","
            + "\"exit\":{\"date\":\"2020-06-30\",\"reason\":\"VOLUNTARY\"}}\n";

    @TempDir
    Path dir;

    private Path registry() throws IOException {
        return Files.writeString(dir.resolve("reg.jsonl"), REGISTRY);
    }

    @Test
    void anActiveMemberByCardExits0WithTheDateSinceAndNoCardNumber() throws IOException {
        CliRun run = CliRun.run("registry", "eligibility", registry().toString(), "--card", "7712 345 678",
                "--on", "2021-01-01");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Eligible", "2015").doesNotContain("7712345678", "345");
    }

    @Test
    void aMemberWhoLeftExits1WithTheDateAndTheReasonInBothLanguages() throws IOException {
        CliRun en = CliRun.run("registry", "eligibility", registry().toString(), "--member", "m2", "--on", "2021-01-01");
        CliRun ru = CliRun.run("--lang", "ru", "registry", "eligibility", registry().toString(), "--member", "m2",
                "--on", "01.01.2021");
        assertThat(en.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(en.out).contains("Not eligible", "left on", "voluntary exit");
        assertThat(ru.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(ru.out).contains("Права нет", "добровольный выход");
        CliRun before = CliRun.run("registry", "eligibility", registry().toString(), "--member", "m1", "--on", "2014-01-01");
        assertThat(before.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(before.out).contains("not yet a member");
        CliRun unknown = CliRun.run("registry", "eligibility", registry().toString(), "--card", "111111", "--on", "2021-01-01");
        assertThat(unknown.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(unknown.out).contains("no member with this card number");
    }

    @Test
    void badInputExits2() throws IOException {
        Path file = registry();
        assertThat(CliRun.run("registry", "eligibility", file.toString(), "--on", "2021-01-01").exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.run("registry", "eligibility", file.toString(), "--card", "12", "--member", "m1").exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
        CliRun card = CliRun.run("registry", "eligibility", file.toString(), "--card", "12ab");
        assertThat(card.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(card.err).contains("not a card number").doesNotContain("12ab");
        assertThat(CliRun.run("registry", "eligibility", file.toString(), "--member", "m1", "--on", "2021-13-01").exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.run("registry", "eligibility", dir.resolve("none.jsonl").toString(), "--member", "m1").exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
        Path duplicate = Files.writeString(dir.resolve("dup.jsonl"), REGISTRY + REGISTRY.lines().findFirst().orElseThrow() + "\n");
        assertThat(CliRun.run("registry", "eligibility", duplicate.toString(), "--member", "m1").exitCode)
                .isEqualTo(ExitCode.BAD_INPUT);
        Path junk = Files.writeString(dir.resolve("junk.ukei"), "not an index");
        CliRun damaged = CliRun.run("registry", "eligibility", junk.toString(), "--member", "m1");
        assertThat(damaged.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(damaged.err).contains("is not an eligibility index, or it is damaged");
    }

    @Test
    void aSavedIndexAnswersLikeTheRegistry() throws IOException {
        Path index = dir.resolve("reg.ukei");
        CliRun save = CliRun.run("registry", "eligibility", registry().toString(), "--member", "m1", "--save-index",
                index.toString(), "--on", "2021-01-01");
        CliRun load = CliRun.run("registry", "eligibility", index.toString(), "--card", "7712345678", "--on", "2021-01-01");
        assertThat(save.exitCode).isZero();
        assertThat(save.err).contains("saved");
        assertThat(load.exitCode).as(load.toString()).isZero();
        assertThat(load.out).isEqualTo(save.out);
    }

    @Test
    void rejectedRecordsAreCountedOnStderr() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), REGISTRY + "{\"id\":\n");
        CliRun run = CliRun.run("registry", "eligibility", file.toString(), "--member", "m1", "--on", "2021-01-01");
        assertThat(run.exitCode).isZero();
        assertThat(run.err).contains("1 records", "rejected");
    }

    @Test
    void aBreakInTheMembershipIsExplainedAndTheNewSpellCounts() throws IOException {
        // format 2 in CSV: the break is "exit date, reason, re-admission date"
        Path file = Files.writeString(dir.resolve("h.csv"), "id,category,primaryOrganization,admissionDate,formatVersion,"
                + "interruptions\nh1,EMPLOYEE,p1,2010-09-01,2,2015-06-30 END_OF_EMPLOYMENT 2016-09-01\n");

        CliRun gap = CliRun.run("registry", "eligibility", file.toString(), "--member", "h1", "--on", "2016-01-01");
        CliRun back = CliRun.run("--lang", "ru", "registry", "eligibility", file.toString(), "--member", "h1", "--on",
                "01.01.2017");

        assertThat(gap.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(gap.out).contains("left on", "end of employment");
        assertThat(back.exitCode).isZero();
        assertThat(back.out).contains("Право есть", "2016");
    }

    @Test
    void aReplacedCardIsRefusedWithItsReason() throws IOException {
        Path file = Files.writeString(dir.resolve("cards.csv"), "id,category,primaryOrganization,admissionDate,card,"
                + "formatVersion,formerCards\nm1,EMPLOYEE,p1,2015-09-01,5500000000000002,2,5500000000000001\n");
        CliRun old = CliRun.run("registry", "eligibility", file.toString(), "--card", "5500000000000001", "--on", "2021-01-01");
        assertThat(old.exitCode).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(old.out).contains("replaced").doesNotContain("5500000000000001");
    }
}
