package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.error.UnionKitException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EligibilityIndexExceptionTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void carriesItsTypeInTheMessage() {
        EligibilityIndexException e = new EligibilityIndexException(EligibilityIndexException.ErrorType.CORRUPT_FILE,
                "the checksum does not match");
        assertThat(e.errorType()).isEqualTo(EligibilityIndexException.ErrorType.CORRUPT_FILE);
        assertThat(e).hasMessage("CORRUPT_FILE: the checksum does not match").isInstanceOf(UnionKitException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speaksRussianToRussianUsers() {
        EligibilityIndexException e = new EligibilityIndexException(EligibilityIndexException.ErrorType.DUPLICATE_CARD,
                "lines 3 and 9");

        assertThat(e.message(RUSSIAN)).isEqualTo("у двух членов профсоюза один номер билета");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void describesEveryErrorTypeInBothLanguages() {
        for (EligibilityIndexException.ErrorType type : EligibilityIndexException.ErrorType.values()) {
            assertThat(type.description()).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(type.description(RUSSIAN)).containsPattern("\\p{IsCyrillic}");
        }
    }
}
