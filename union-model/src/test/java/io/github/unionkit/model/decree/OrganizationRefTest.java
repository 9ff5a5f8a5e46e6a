package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationRefTest {

    @Test
    void unresolvedReferenceHasNoId() {
        OrganizationRef ref = OrganizationRef.of("Ахтубинская ТОП");
        assertThat(ref.asWritten()).isEqualTo("Ахтубинская ТОП");
        assertThat(ref.id()).isEmpty();
    }

    @Test
    void resolvedReferenceKeepsWrittenForm() {
        OrganizationRef ref = OrganizationRef.of("Володарской ТОП").resolvedTo(OrganizationId.of("ast-volodarsky"));
        assertThat(ref.asWritten()).isEqualTo("Володарской ТОП");
        assertThat(ref.id()).contains(OrganizationId.of("ast-volodarsky"));
    }

    @Test
    void normalisesWhitespace() {
        assertThat(OrganizationRef.of("  Астраханской\n областной  организации ").asWritten())
                .isEqualTo("Астраханской областной организации");
    }

    @Test
    void equalityIncludesTheId() {
        assertThat(OrganizationRef.of("x")).isNotEqualTo(OrganizationRef.of("x", OrganizationId.of("x")));
        assertThat(OrganizationRef.of("x  y")).isEqualTo(OrganizationRef.of("x y"));
    }

    @Test
    void rejectsBlankAndNull() {
        assertThatThrownBy(() -> OrganizationRef.of(" \n"))
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.BLANK_TEXT));
        assertThatNullPointerException().isThrownBy(() -> OrganizationRef.of(null));
        assertThatNullPointerException().isThrownBy(() -> new OrganizationRef("x", null));
        assertThatNullPointerException().isThrownBy(() -> new OrganizationRef(null, Optional.empty()));
    }
}
