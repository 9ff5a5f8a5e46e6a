package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final String[] PATHS = {"clauses", "clauses[4.3].sizeBands", "birthDate", "clauses[1]"};

    private static Generator<Violation> violations() {
        return random -> new Violation(RuleCode.of("UK-TEST-00" + random.nextInt(4)),
                Severity.values()[random.nextInt(Severity.values().length)],
                PropertyPath.parse(PATHS[random.nextInt(PATHS.length)]), List.of(), "ру", "en");
    }

    private static Generator<ValidationReport> reports() {
        return violations().list(0, 6).map(ValidationReport::of);
    }

    @Test
    void mergingIsAssociativeWithTheEmptyReportAsIdentity() {
        qt().withFixedSeed(14).withExamples(300)
                .forAll(QuickTheoriesGenerators.from(reports()), QuickTheoriesGenerators.from(reports()),
                        QuickTheoriesGenerators.from(reports()))
                .checkAssert((a, b, c) -> {
                    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
                    assertThat(a.merge(ValidationReport.empty())).isSameAs(a);
                    assertThat(ValidationReport.empty().merge(a)).isSameAs(a);
                    assertThat(a.merge(b).size()).isEqualTo(a.size() + b.size());
                });
    }

    @Test
    void theSeveritiesPartitionAReportAndItIsValidExactlyWithoutErrors() {
        qt().withFixedSeed(15).withExamples(300).forAll(QuickTheoriesGenerators.from(reports())).checkAssert(r -> {
            Map<Severity, Integer> counts = r.countBySeverity();
            int sum = 0;
            for (Severity s : Severity.values()) {
                assertThat(r.withSeverity(s).size()).isEqualTo(counts.get(s));
                sum += counts.get(s);
            }
            assertThat(sum).isEqualTo(r.size());
            assertThat(r.isValid()).isEqualTo(r.errors().isEmpty());
            assertThat(r.atLeast(Severity.WARNING).size()).isEqualTo(r.errors().size() + r.warnings().size());
        });
    }

    @Test
    void filtersKeepOrderAndReturnTheSameReportWhenNothingIsDropped() {
        qt().withFixedSeed(16).withExamples(300).forAll(QuickTheoriesGenerators.from(reports())).checkAssert(r -> {
            List<Violation> expected = new ArrayList<>();
            for (Violation v : r.violations()) {
                if (v.path().startsWith(PropertyPath.of("clauses"))) {
                    expected.add(v);
                }
            }
            assertThat(r.under(PropertyPath.of("clauses")).violations()).containsExactlyElementsOf(expected);
            assertThat(r.filter(v -> true)).isSameAs(r);
            assertThat(r.withCode("UK-TEST-001").violations()).allSatisfy(v -> assertThat(v.code())
                    .hasToString("UK-TEST-001"));
            assertThat(new java.util.ArrayList<>(r.codes())).isSorted();
        });
    }

    @Test
    void messagesComeInTheRequestedLanguageAndToStringSummarises() {
        Violation v = new Violation(RuleCode.of("UK-TEST-001"), Severity.ERROR, PropertyPath.root(), List.of(), "ру", "en");
        ValidationReport r = ValidationReport.of(v, v.withSeverity(Severity.INFO));
        assertThat(r.messages(Locale.forLanguageTag("ru"))).containsExactly("ру", "ру");
        assertThat(r.messages(Locale.ENGLISH)).containsExactly("en", "en");
        assertThat(r.toString()).startsWith("ValidationReport[invalid, 2 violation(s)]");
        assertThat(ValidationReport.empty().toString()).isEqualTo("ValidationReport[valid, 0 violation(s)]");
        assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
        assertThat(List.of(v).stream().collect(ValidationReport.collector())).isEqualTo(ValidationReport.of(v));
    }
}
