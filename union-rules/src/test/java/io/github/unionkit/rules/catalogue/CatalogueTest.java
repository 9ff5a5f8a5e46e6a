package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final RuleContext CONTEXT = RuleContext.of(LocalDate.of(2021, 1, 1));

    @Test
    void everyRuleOfEverySetIsInAllRulesOnceAndInCodeOrder() {
        List<RuleCode> all = new ArrayList<>();
        Catalogue.allRules().forEach(r -> all.add(r.code()));
        assertThat(new HashSet<>(all)).hasSameSizeAs(all);
        assertThat(all).isSorted();
        Set<RuleCode> union = new HashSet<>();
        for (var set : List.of(Catalogue.resolution(), Catalogue.register(), Catalogue.organizations(), Catalogue.member(),
                Catalogue.meetings(), Catalogue.votes(), Catalogue.delegates())) {
            union.addAll(set.codes());
        }
        // The list-of-members set lifts the member rules: the same codes, once in allRules.
        union.addAll(Catalogue.members().codes());
        assertThat(union).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void eachChecksEveryElementUnderItsIndexWithTheSameCodeAndSeverity() {
        Rule<String> blank = Rule.of(RuleCode.of("UK-TEST-001"), Severity.WARNING, (rule, text, context) -> text.isBlank()
                ? List.of(rule.violation(PropertyPath.of("text"), Argument.of("length", text.length()))) : List.of());
        Rule<List<String>> lifted = Catalogue.each(blank, "lines");
        assertThat(lifted.code()).isEqualTo(blank.code());
        assertThat(lifted.severity()).isEqualTo(Severity.WARNING);
        List<Violation> found = lifted.check(List.of("a", " ", "b", ""), CONTEXT);
        assertThat(found).extracting(v -> v.path().toString()).containsExactly("lines[1].text", "lines[3].text");
        assertThat(found).extracting(v -> v.argument("length").orElseThrow()).containsExactly("1", "0");
        assertThat(lifted.check(List.of(), CONTEXT)).isEmpty();
    }
}
