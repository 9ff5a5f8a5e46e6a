package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.catalogue.Catalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final RuleContext CONTEXT = RuleContext.of(LocalDate.of(2021, 1, 1));

    /** A rule that fires on strings containing its letter. */
    private static Rule<String> containing(String code, char letter) {
        return Rule.of(RuleCode.of(code), Severity.WARNING, (rule, text, context) -> text.indexOf(letter) >= 0
                ? List.of(rule.violation(PropertyPath.root(), Argument.of("letter", letter))) : List.of());
    }

    private static final Rule<String> A = containing("UK-TEST-001", 'a');
    private static final Rule<String> B = containing("UK-TEST-002", 'b');
    private static final Rule<String> C = containing("UK-TEST-003", 'c');

    @Test
    void violationsComeInRuleOrderAndACompliantSubjectGetsTheSharedEmptyReport() {
        RuleSet<String> set = RuleSet.of(C, A, B);
        assertThat(set.check("abc", CONTEXT).violations()).extracting(v -> v.code().toString())
                .containsExactly("UK-TEST-003", "UK-TEST-001", "UK-TEST-002");
        assertThat(set.check("xyz", CONTEXT)).isSameAs(ValidationReport.empty());
    }

    @Test
    void withoutRemovesExactlyTheRuleOfTheCode() {
        RuleSet<String> set = RuleSet.of(A, B, C);
        RuleSet<String> less = set.without(RuleCode.of("UK-TEST-002"));
        assertThat(less.codes()).extracting(RuleCode::toString).containsExactly("UK-TEST-001", "UK-TEST-003");
        assertThat(less.check("abc", CONTEXT).withCode("UK-TEST-002").isEmpty()).isTrue();
        assertThat(set.without(RuleCode.of("UK-TEST-009")).rules()).isEqualTo(set.rules());
        assertThat(set.codes()).hasSize(3);
    }

    @Test
    void withoutAndDisablingInTheContextGiveTheSameReport() {
        // Law: a set without a code checks like the whole set in a context that disables the code.
        SplittableRandom random = new SplittableRandom(14);
        RuleSet<String> set = RuleSet.of(A, B, C);
        List<RuleCode> codes = new ArrayList<>(set.codes());
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, len = random.nextInt(6); i < len; i++) {
                text.append("abcx".charAt(random.nextInt(4)));
            }
            RuleCode off = codes.get(random.nextInt(codes.size()));
            RuleContext disabled = CONTEXT.toBuilder().disable(off).build();
            assertThat(set.without(off).check(text.toString(), CONTEXT))
                    .isEqualTo(set.check(text.toString(), disabled));
        }
    }

    @Test
    void withAndAndAppendAndRefuseADuplicateCode() {
        RuleSet<String> ab = RuleSet.of(A).with(B);
        assertThat(ab.codes()).extracting(RuleCode::toString).containsExactly("UK-TEST-001", "UK-TEST-002");
        assertThat(ab.and(RuleSet.of(C)).codes()).hasSize(3);
        assertThatThrownBy(() -> ab.with(A)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UK-TEST-001");
        assertThatThrownBy(() -> ab.and(RuleSet.of(B))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogueWithoutARuleStillRunsTheOthers() {
        RuleSet<io.github.unionkit.model.decree.Resolution> noControl = Catalogue.resolution()
                .without(RuleCode.of("UK-SIZE-002"));
        assertThat(noControl.codes()).doesNotContain(RuleCode.of("UK-SIZE-002"))
                .hasSize(Catalogue.resolution().codes().size() - 1);
    }
}
