package io.github.unionkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.JsonInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem text exists in Russian and in English, and the language follows the locale. */
class ProblemTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemTexts.class.getResourceAsStream("problems" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theBundlesHaveTheSameKeysAndTheBaseIsEnglish() throws IOException {
        assertThat(bundle("_ru").keySet()).isEqualTo(bundle("_en").keySet());
        assertThat(bundle("")).isEqualTo(bundle("_en"));
    }

    @Test
    void everyErrorTypeHasARussianAndAnEnglishText() {
        for (JsonInputException.ErrorType type : JsonInputException.ErrorType.values()) {
            String en = ProblemTexts.text("error." + type.name(), Locale.ENGLISH);
            String ru = ProblemTexts.text("error." + type.name(), RU);
            assertThat(en).isNotBlank().isNotEqualTo(ru);
            assertThat(ru).as(type.name()).containsPattern("[а-я]");
        }
    }

    @Test
    void russianForRussianOnlyEnglishOtherwise() {
        assertThat(ProblemTexts.isRussian(RU)).isTrue();
        assertThat(ProblemTexts.isRussian(Locale.forLanguageTag("ru"))).isTrue();
        assertThat(ProblemTexts.isRussian(Locale.GERMAN)).isFalse();
        assertThat(ProblemTexts.text("title.invalid", Locale.GERMAN)).isEqualTo("UnionKit constraints violated");
        assertThat(ProblemTexts.text("title.invalid", RU)).isEqualTo("Нарушены ограничения UnionKit");
    }
}
