package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatoryTest {

    @Test
    void positionOnly() {
        Signatory signatory = Signatory.of("Председатель областной\n\nорганизации Профсоюза");
        assertThat(signatory.position()).isEqualTo("Председатель областной организации Профсоюза");
        assertThat(signatory.name()).isEmpty();
        assertThat(signatory.toString()).contains("Председатель").contains("name=none");
    }

    @Test
    void toStringRedactsTheName() {
        Signatory signatory = Signatory.of("Председатель", "Т.М. Бугреева");
        assertThat(signatory.name()).contains("Т.М. Бугреева");
        assertThat(signatory.toString()).doesNotContain("Бугреева").contains("redacted");
    }

    @Test
    void rejectsBlankTextsAndNulls() {
        assertThatThrownBy(() -> Signatory.of(" ")).isInstanceOf(InvalidResolutionException.class);
        assertThatThrownBy(() -> Signatory.of("x", " ")).isInstanceOf(InvalidResolutionException.class);
        assertThatNullPointerException().isThrownBy(() -> new Signatory("x", null));
        assertThatNullPointerException().isThrownBy(() -> new Signatory(null, Optional.empty()));
    }
}
