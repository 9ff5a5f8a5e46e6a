package io.github.unionkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianNameStemsTest {

    @Test
    void nominativeGenitiveDativeAndInstrumentalFormsShareAKey() {
        for (String nominative : new String[] {"Ахтубинская", "Енотаевская", "Наримановская", "Приволжская",
                "Харабалинская", "Черноярская", "Володарская", "Икрянинская", "Камызякская"}) {
            String stem = nominative.substring(0, nominative.length() - 2);
            String key = RussianNameStems.key(nominative + " ТОП").orElseThrow();
            for (String ending : new String[] {"ой", "ую", "ою"}) {
                assertThat(RussianNameStems.key(stem + ending + " ТОП")).as(stem + ending).contains(key);
            }
        }
        assertThat(RussianNameStems.key("Кировский городской ТОП"))
                .isEqualTo(RussianNameStems.key("Кировского городского ТОП"));
        assertThat(RussianNameStems.key("Ново-Николаевская ТОП")).isEqualTo(RussianNameStems.key("ново-николаевской ТОП"));
        assertThat(RussianNameStems.key("Тёплая ТОП")).isEqualTo(RussianNameStems.key("Теплой ТОП"));
    }

    @Test
    void theAbbreviationMustBeTheSame() {
        assertThat(RussianNameStems.key("Володарская ТОП")).isNotEqualTo(RussianNameStems.key("Володарской ППО"));
    }

    @Test
    void namesOfAnotherShapeHaveNoKey() {
        assertThat(RussianNameStems.key("Володарская районная организация Профсоюза")).isEmpty(); // no abbreviation
        assertThat(RussianNameStems.key("ТОП")).isEmpty(); // no word
        assertThat(RussianNameStems.key("Организации ТОП")).isEmpty(); // a noun, not an adjective
        assertThat(RussianNameStems.key("Бая ТОП")).isEmpty(); // stem shorter than three letters
        assertThat(RussianNameStems.key("School-1 ТОП")).isEmpty(); // not Cyrillic
        assertThat(RussianNameStems.key("Володарская Топ")).isEmpty(); // not an abbreviation in capitals
        assertThat(RussianNameStems.key("а".repeat(600) + "ая ТОП")).isEmpty(); // too long to consider
    }
}
