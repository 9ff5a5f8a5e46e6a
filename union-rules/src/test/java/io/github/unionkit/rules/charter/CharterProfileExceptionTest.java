package io.github.unionkit.rules.charter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.error.UnionKitException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CharterProfileExceptionTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void carriesTypeLineAndKeyAndIsAUnionKitException() {
        CharterProfileException e = new CharterProfileException(CharterProfileException.ErrorType.UNKNOWN_KEY, 12,
                "body.central_committee", "no such key");

        assertThat(e.errorType()).isEqualTo(CharterProfileException.ErrorType.UNKNOWN_KEY);
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.key()).hasValue("body.central_committee");
        assertThat(e).isInstanceOf(UnionKitException.class).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).contains("UNKNOWN_KEY").contains("line 12").contains("body.central_committee");
    }

    @Test
    void saysLineAndKeyInRussianOnlyWhenKnown() {
        assertThat(new CharterProfileException(CharterProfileException.ErrorType.UNKNOWN_KEY, 12, "quorum.x", "d")
                .message(RUSSIAN)).isEqualTo("профиль устава: неизвестный ключ (часто опечатка) (строка 12) (ключ «quorum.x»)");
        assertThat(new CharterProfileException(CharterProfileException.ErrorType.IO, 0, "", "d").message(RUSSIAN))
                .isEqualTo("профиль устава: профиль не удалось прочитать");
    }

    @Test
    void describesEveryErrorTypeInBothLanguages() {
        for (CharterProfileException.ErrorType type : CharterProfileException.ErrorType.values()) {
            assertThat(type.description()).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(type.description(RUSSIAN)).containsPattern("\\p{IsCyrillic}");
        }
    }
}
