package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void titleWithAndWithoutReference() {
        assertThat(Attachment.of(" Положение  о комитете ").title()).isEqualTo("Положение о комитете");
        assertThat(Attachment.of("Положение").reference()).isEmpty();
        assertThat(Attachment.of("Положение", "Приложение № 1").reference()).contains("Приложение № 1");
    }

    @Test
    void rejectsBlankTextsAndNulls() {
        assertThatThrownBy(() -> Attachment.of("")).isInstanceOf(InvalidResolutionException.class);
        assertThatThrownBy(() -> Attachment.of("x", "  ")).isInstanceOf(InvalidResolutionException.class);
        assertThatNullPointerException().isThrownBy(() -> new Attachment("x", null));
        assertThatNullPointerException().isThrownBy(() -> new Attachment(null, Optional.empty()));
    }
}
