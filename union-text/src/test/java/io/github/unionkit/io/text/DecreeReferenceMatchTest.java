package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecreeReferenceMatchTest {

    private static final DecreeReference REFERENCE =
            DecreeReference.of(DecreeNumber.parse("27-5"), LocalDate.of(2018, 12, 18), "№ 27-5 от 18.12.2018");

    @Test
    void holdsTheReferenceAndItsParts() {
        DecreeReferenceMatch match = new DecreeReferenceMatch(TextSpan.of(0, 20), REFERENCE, Optional.empty(),
                TextSpan.of(2, 6), TextSpan.of(10, 20));

        assertThat(match.reference()).isEqualTo(REFERENCE);
        assertThat(match.issuerSpan()).isEmpty();
    }

    @Test
    void rejectsPartsOutsideTheWholeSpan() {
        assertThatThrownBy(() -> new DecreeReferenceMatch(TextSpan.of(0, 20), REFERENCE, Optional.empty(),
                TextSpan.of(2, 6), TextSpan.of(10, 21))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecreeReferenceMatch(TextSpan.of(5, 20), REFERENCE,
                Optional.of(TextSpan.of(0, 4)), TextSpan.of(6, 8), TextSpan.of(10, 20)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecreeReferenceMatch(TextSpan.of(0, 20), null, Optional.empty(),
                TextSpan.of(2, 6), TextSpan.of(10, 20))).isInstanceOf(NullPointerException.class);
    }
}
