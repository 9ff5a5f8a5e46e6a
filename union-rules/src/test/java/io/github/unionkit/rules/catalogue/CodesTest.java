package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.rules.RuleCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CodesTest {

    private static List<RuleCode> codes() throws IllegalAccessException {
        List<RuleCode> out = new ArrayList<>();
        for (Field f : Codes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleCode.class) {
                out.add((RuleCode) f.get(null));
            }
        }
        return out;
    }

    @Test
    void everyCodeIsUniqueAndDocumentedInTheRuleCatalogueWithBothMessages() throws Exception {
        List<RuleCode> codes = codes();
        assertThat(codes).hasSizeGreaterThan(40);
        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
        String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
        for (RuleCode code : codes) {
            assertThat(catalogue).as(code.value()).contains("### " + code.value() + " — ");
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
                ResourceBundle bundle = ResourceBundle.getBundle("io.github.unionkit.rules.messages", locale);
                assertThat(bundle.containsKey(code.value())).as("%s %s", code, locale).isTrue();
                assertThat(bundle.containsKey(code.value() + ".title")).as("%s %s", code, locale).isTrue();
            }
        }
    }

    @Test
    void theCatalogueShowsEachCodesMessagesAsTheBundlesHoldThem() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
        ResourceBundle ru = ResourceBundle.getBundle("io.github.unionkit.rules.messages", Locale.forLanguageTag("ru"));
        ResourceBundle en = ResourceBundle.getBundle("io.github.unionkit.rules.messages", Locale.ENGLISH);
        String code = null;
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("### UK-")) {
                code = line.substring(4, line.indexOf(' ', 4));
            } else if (code != null && line.startsWith("- ru: ")) {
                assertThat(line.substring(6)).as(code).isEqualTo(ru.getString(code));
                checked++;
            } else if (code != null && line.startsWith("- en: ")) {
                assertThat(line.substring(6)).as(code).isEqualTo(en.getString(code));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(2 * codes().size());
    }

    @Test
    void everyRuleOfTheCatalogueHasACodeOfCodes() throws IllegalAccessException {
        List<RuleCode> codes = codes();
        assertThat(Catalogue.allRules()).allSatisfy(rule -> assertThat(codes).contains(rule.code()));
    }

    @Test
    void theNotRunCodesAreOfTheRuleFamily() {
        assertThat(List.of(Codes.RULE_NO_DOCUMENT_DATE, Codes.RULE_NO_DATA, Codes.RULE_NO_ISSUER,
                Codes.RULE_COUNTS_OUTSIDE_TREE)).extracting(RuleCode::family).containsOnly("RULE");
    }
}
