package io.github.unionkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmbedValidatorExampleTest {
    private final EmbedValidatorExample service = new EmbedValidatorExample(
            OrganizationTree.of(AstrakhanSample.organizations()), MembershipRegistry.of(AstrakhanSample.members()));

    @Test
    void reportsTheSizeRulesFindingsWithCodesAndPaths() {
        EmbedValidatorExample.Verdict verdict = service.review(SeedResolutions.astrakhan3of1(), Locale.ENGLISH);

        assertThat(verdict.problems()).allSatisfy(problem -> assertThat(problem).matches("UK-[A-Z]+-\\d{3} .+ \\[.*\\]"));
        assertThat(verdict.accepted()).isEqualTo(verdict.problems().stream().noneMatch(p -> p.contains("UK-SIZE")));
    }

    @Test
    void answersInRussianWhenAsked() {
        EmbedValidatorExample.Verdict verdict = service.review(SeedResolutions.astrakhan3of1(), new Locale("ru"));

        assertThat(verdict.problems()).allSatisfy(problem -> assertThat(problem).containsPattern("[А-Яа-я]"));
    }
}
