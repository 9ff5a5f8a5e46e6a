package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static final RuleCode WRONG_BAND = RuleCode.of("UK-SIZE-002");

    private static Violation wrongBand() {
        return Violation.of(WRONG_BAND, Severity.ERROR, PropertyPath.of("clauses"), Argument.of("organization", "ast-t8"),
                Argument.of("members", 2400), Argument.of("band", "0..1000"), Argument.of("expected", "1001.."),
                Argument.of("asOf", "2020-12-18"));
    }

    @Test
    void aBuiltInViolationHasItsMessagesInBothLanguagesWithTheArgumentsSubstituted() {
        Violation v = wrongBand();
        assertThat(v.message(Locale.ENGLISH)).contains("ast-t8").contains("2,400").doesNotContain("{members}");
        assertThat(v.message(Locale.forLanguageTag("ru"))).contains("ast-t8").isNotEqualTo(v.message(Locale.ENGLISH));
        assertThat(v.message(Locale.GERMAN)).isEqualTo(v.messageEn());
        assertThat(v.message(Locale.forLanguageTag("ru-RU"))).isEqualTo(v.messageRu());
    }

    @Test
    void argumentsAreWrittenInTheMessagesLanguage() {
        Violation v = wrongBand();
        assertThat(v.message(Locale.forLanguageTag("ru"))).contains("2\u00a0400 членов", "на 18.12.2020",
                "к группе свыше 1\u00a0000 членов", "в группе до 1\u00a0000 членов").doesNotContain("2020-12-18", "..");
        assertThat(v.message(Locale.ENGLISH)).contains("2,400 members", "as of 2020-12-18", "band over 1,000 members",
                "band up to 1,000 members");
        assertThat(v.argument("members")).contains("2400");
    }

    @Test
    void argumentsAreFoundByNameAndKeptInTheRulesOrder() {
        Violation v = wrongBand();
        assertThat(v.argument("members")).contains("2400");
        assertThat(v.argument("absent")).isEmpty();
        assertThat(v.arguments()).extracting(Argument::name).containsExactly("organization", "members", "band",
                "expected", "asOf");
    }

    @Test
    void severityAndPathCopiesChangeOnlyThatPart() {
        Violation v = wrongBand();
        Violation warning = v.withSeverity(Severity.WARNING);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning).isEqualTo(new Violation(v.code(), Severity.WARNING, v.path(), v.arguments(), v.messageRu(),
                v.messageEn()));
        Violation under = v.under(PropertyPath.of("resolutions").index(2));
        assertThat(under.path()).hasToString("resolutions[2].clauses");
        assertThat(under.code()).isEqualTo(v.code());
        assertThat(under.messageEn()).isEqualTo(v.messageEn());
    }

    @Test
    void violationsAreValuesWhoseArgumentsAreCopied() {
        List<Argument> arguments = new ArrayList<>(List.of(Argument.of("a", 1)));
        Violation v = new Violation(WRONG_BAND, Severity.INFO, PropertyPath.root(), arguments, "ру", "en");
        arguments.add(Argument.of("b", 2));
        assertThat(v.arguments()).hasSize(1);
        assertThat(v).isEqualTo(new Violation(WRONG_BAND, Severity.INFO, PropertyPath.root(), List.of(Argument.of("a", 1)),
                "ру", "en"));
        assertThat(v.toString()).isEqualTo("INFO UK-SIZE-002 at <root> [a=1]: en");
        assertThatThrownBy(() -> new Violation(WRONG_BAND, null, PropertyPath.root(), List.of(), "", ""))
                .isInstanceOf(NullPointerException.class);
    }
}
