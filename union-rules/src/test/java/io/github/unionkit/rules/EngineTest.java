package io.github.unionkit.rules;

import io.github.unionkit.model.path.PropertyPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.rules.catalogue.Catalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final RuleCode CODE = RuleCode.of("UK-SIZE-003");

    @Test
    void ruleCodesParseWhatTheyPrintAndRejectMalformedText() {
        assertThat(RuleCode.parse("UK-DECREE-003").family()).isEqualTo("DECREE");
        assertThat(RuleCode.parse("UK-DECREE-003").toString()).isEqualTo("UK-DECREE-003");
        for (String bad : List.of("", "uk-decree-003", "UK-DECREE-03", "UK-DECREE-0034", "U-DECREE-003", "UK--003")) {
            assertThatThrownBy(() -> RuleCode.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void violationPathsRoundTripThroughTheirTextForm() {
        PropertyPath p = PropertyPath.of("clauses").key("4.3").property("sizeBands").index(1);
        assertThat(p.toString()).isEqualTo("clauses[4.3].sizeBands[1]");
        assertThat(PropertyPath.parse(p.toString())).isEqualTo(p);
        assertThat(p.startsWith(PropertyPath.of("clauses").key("4.3"))).isTrue();
        assertThat(p.startsWith(PropertyPath.of("clauses").key("4"))).isFalse();
        assertThat(PropertyPath.parse("")).isEqualTo(PropertyPath.root());
        assertThatThrownBy(() -> PropertyPath.parse("a..b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyPath.parse("a[b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomPathsRoundTrip() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 300; n++) {
            PropertyPath p = PropertyPath.root();
            for (int k = random.nextInt(6); k >= 0; k--) {
                int choice = random.nextInt(3);
                p = choice == 0 ? p.property("p" + random.nextInt(100)) : choice == 1 ? p.index(random.nextInt(50))
                        : p.key(random.nextInt(9) + "." + random.nextInt(9));
            }
            assertThat(PropertyPath.parse(p.toString())).isEqualTo(p);
        }
    }

    @Test
    void reportsFilterMergeAndAreValidOnlyWithoutErrors() {
        Violation error = Violation.of(CODE, Severity.ERROR, PropertyPath.of("a"), Argument.of("organization", "x"),
                Argument.of("band", "0..1000"), Argument.of("firstBand", "1001.."));
        Violation warning = Violation.of(RuleCode.of("UK-DEADLINE-004"), Severity.WARNING, PropertyPath.of("b"));
        ValidationReport report = ValidationReport.of(error, warning);
        assertThat(report.isValid()).isFalse();
        assertThat(report.warnings().isValid()).isTrue();
        assertThat(report.withCode("UK-SIZE-003").violations()).containsExactly(error);
        assertThat(report.under(PropertyPath.of("b")).violations()).containsExactly(warning);
        assertThat(report.atLeast(Severity.WARNING).size()).isEqualTo(2);
        assertThat(ValidationReport.empty().merge(report)).isEqualTo(report);
        assertThat(report.merge(report).size()).isEqualTo(4);
        assertThat(report.countBySeverity()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.INFO, 0);
        assertThat(error.message(Locale.ENGLISH)).contains("x").contains("up to 1,000 members").contains("over 1,000 members");
        assertThat(error.message(Locale.forLanguageTag("ru"))).contains("указана дважды");
    }

    @Test
    void ruleSetsRejectDuplicateCodesAndHonourDisabledCodes() {
        Rule<String> alwaysFires = Rule.of(CODE, Severity.ERROR, (rule, s, c) -> List.of(rule.violation(
                PropertyPath.root())));
        assertThatThrownBy(() -> RuleSet.of(alwaysFires, alwaysFires)).isInstanceOf(IllegalArgumentException.class);
        RuleSet<String> set = RuleSet.of(alwaysFires);
        LocalDate day = LocalDate.of(2021, 1, 1);
        assertThat(set.check("x", RuleContext.of(day)).size()).isEqualTo(1);
        assertThat(set.check("x", RuleContext.builder(day).disable(CODE).build()).isEmpty()).isTrue();
        assertThat(alwaysFires.withSeverity(Severity.INFO).check("x", RuleContext.of(day)).get(0).severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void everyCatalogueRuleHasRussianAndEnglishMessagesAndTitles() {
        assertThat(Catalogue.allRules()).hasSizeGreaterThanOrEqualTo(40);
        for (Rule<?> rule : Catalogue.allRules()) {
            String code = rule.code().value();
            assertThat(RuleMessages.has(code)).as(code).isTrue();
            assertThat(RuleMessages.has(code + ".title")).as(code).isTrue();
            assertThat(RuleMessages.raw(code, Locale.forLanguageTag("ru"))).as(code)
                    .isNotEqualTo(RuleMessages.raw(code, Locale.ENGLISH));
            assertThat(rule.title(Locale.ENGLISH)).isNotEqualTo(code);
        }
    }
}
