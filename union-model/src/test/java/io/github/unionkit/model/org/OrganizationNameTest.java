package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationNameTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    @Test
    void normalisesWhitespace() {
        OrganizationName name = OrganizationName.of("  Ахтубинская\u00a0 районная\n организация   Профсоюза ",
                " Ахтубинская  ТОП", DAY);
        assertThat(name.fullName()).isEqualTo("Ахтубинская районная организация Профсоюза");
        assertThat(name.shortName()).contains("Ахтубинская ТОП");
        assertThat(name.validFrom()).isEqualTo(DAY);
    }

    @Test
    void matchesFullOrShortNameIgnoringCaseYoAndSpaces() {
        OrganizationName name = OrganizationName.of("Краснодарская краевая организация Профсоюза", "Краевая ТОП", DAY);
        assertThat(name.matches("КРАСНОДАРСКАЯ  краевая организация профсоюза")).isTrue();
        assertThat(name.matches("краевая топ")).isTrue();
        assertThat(name.matches("Краснодарская организация")).isFalse();
        OrganizationName yo = OrganizationName.of("Объединённая организация «Учёные»", DAY);
        assertThat(yo.matches("объединенная организация \"ученые\"")).isTrue();
    }

    @Test
    void rejectsBlankOrOverlongNames() {
        assertThatThrownBy(() -> OrganizationName.of(" \t ", DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganizationName.of("A", " ", DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganizationName.of("я".repeat(1001), DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OrganizationName.of("я".repeat(1000), DAY).fullName()).hasSize(1000);
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> OrganizationName.of(null, DAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OrganizationName.of("A", (LocalDate) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OrganizationName("A", null, DAY)).isInstanceOf(NullPointerException.class);
        assertThat(new OrganizationName("A", Optional.empty(), DAY).shortName()).isEmpty();
    }
}
