package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.org.OrganizationTree;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonInputExceptionTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static JsonInputException failure(String json, Class<?> type) {
        return catchThrowableOfType(JsonInputException.class, () -> UnionJson.read(UnionJson.mapper(), json, type));
    }

    @Test
    void aTruncatedDocumentIsReportedWithItsLineAndColumnFromOne() {
        JsonInputException e = failure("{\n  \"organizations\": [", OrganizationTree.class);

        assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.TRUNCATED);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.message(RU)).startsWith("строка 2, столбец ").endsWith("данные обрываются внутри значения");
        assertThat(e.message(Locale.ENGLISH)).startsWith("line 2, column ").contains("the input ends inside a value");
    }

    @Test
    void theRussianMessageNamesThePropertyAndHasNoEnglish() {
        JsonInputException e = failure("{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
                + "\"admissionDate\":\"13.13.2020x\"}", Member.class);

        assertThat(e.pointer()).isEqualTo("/admissionDate");
        assertThat(e.message(RU)).contains(", свойство /admissionDate: ");
        assertThat(e.message(RU).replace("/admissionDate", "")).doesNotContainPattern("[A-Za-z]");
        assertThat(e.message(Locale.ENGLISH)).contains(", at /admissionDate: ").contains("(expected");
    }

    @Test
    void theMessageNeverQuotesTheValue() {
        JsonInputException e = failure("{\"id\":\"Иванова Мария\"}", Member.class);

        assertThat(e.message(RU) + e.message(Locale.ENGLISH)).doesNotContain("Иванова");
    }

    @Test
    void everyErrorTypeIsDescribedInBothLanguages() {
        for (JsonInputException.ErrorType type : JsonInputException.ErrorType.values()) {
            // "JSON" is the format's name in Russian text too.
            assertThat(type.description(RU)).as(type.name()).containsPattern("[а-яё]");
            assertThat(type.description(RU).replace("JSON", "")).as(type.name()).doesNotContainPattern("[A-Za-z]");
            assertThat(type.description(Locale.ENGLISH)).as(type.name()).doesNotContainPattern("[А-Яа-яЁё]");
        }
    }
}
