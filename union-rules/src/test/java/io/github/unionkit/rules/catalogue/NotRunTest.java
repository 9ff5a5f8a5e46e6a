package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotRunTest {

    private static final RuleCode RULE = RuleCode.of("UK-SIZE-002");

    @Test
    void everyNotRunFindingIsAWarningNamingTheRuleInBothLanguages() {
        RuleContext bare = RuleContext.of(LocalDate.of(2021, 1, 1));
        List<List<Violation>> all = List.of(NotRun.noDocumentDate(RULE), NotRun.noData(RULE, "membershipCounts"),
                NotRun.noIssuer(RULE), NotRun.noTotals(RULE, bare));
        assertThat(all).allSatisfy(found -> assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.argument("rule")).contains("UK-SIZE-002");
            assertThat(v.message(Locale.ENGLISH)).contains("UK-SIZE-002").contains("did not run");
            assertThat(v.message(Locale.forLanguageTag("ru"))).contains("UK-SIZE-002").contains("не выполнено");
        }));
        assertThat(all).extracting(found -> found.get(0).code()).containsExactly(Codes.RULE_NO_DOCUMENT_DATE,
                Codes.RULE_NO_DATA, Codes.RULE_NO_ISSUER, Codes.RULE_NO_DATA);
        assertThat(NotRun.noDocumentDate(RULE).get(0).path()).hasToString("adopted");
        assertThat(NotRun.noIssuer(RULE).get(0).path()).hasToString("issuerOrganization");
    }
}
