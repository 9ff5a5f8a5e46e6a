package io.github.unionkit.model.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BodyKindTest {

    @Test
    void everyKindHasARussianNameInCyrillicAndAnEnglishNameInLatin() {
        for (BodyKind kind : BodyKind.values()) {
            assertThat(kind.displayName(Locale.forLanguageTag("ru"))).matches("[А-ЯЁа-яё -]+");
            assertThat(kind.displayName(Locale.ENGLISH)).matches("[A-Za-z -]+");
        }
    }

    @Test
    void namesAreAsASentenceWritesThem() {
        assertThat(BodyKind.PRESIDIUM.displayName(Locale.forLanguageTag("ru-RU"))).isEqualTo("президиум");
        assertThat(BodyKind.CENTRAL_COUNCIL.displayName(Locale.forLanguageTag("ru"))).isEqualTo("Центральный Совет");
        assertThat(BodyKind.AUDIT_COMMISSION.displayName(Locale.FRENCH)).isEqualTo("audit commission");
    }
}
