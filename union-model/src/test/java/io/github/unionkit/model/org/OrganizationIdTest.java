package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import org.junit.jupiter.api.Test;

class OrganizationIdTest {

    @Test
    void parsesAndPrintsTheSameText() {
        OrganizationId id = OrganizationId.parse("ru.30.ahtuba-district_1");
        assertThat(id.value()).isEqualTo("ru.30.ahtuba-district_1");
        assertThat(id).hasToString("ru.30.ahtuba-district_1");
        assertThat(OrganizationId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void acceptsOneAndSixtyFourCharacters() {
        assertThat(OrganizationId.of("7").value()).isEqualTo("7");
        String longest = "a".repeat(64);
        assertThat(OrganizationId.parse(longest).value()).hasSize(64);
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> OrganizationId.parse(""))
                .isInstanceOfSatisfying(IdentifierParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.EMPTY);
                    assertThat(e.target()).isEqualTo("OrganizationId");
                });
    }

    @Test
    void rejectsSixtyFiveCharacters() {
        assertThatThrownBy(() -> OrganizationId.parse("a".repeat(65)))
                .isInstanceOfSatisfying(IdentifierParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG));
    }

    @Test
    void rejectsHugeInputWithoutScanningIt() {
        assertThatThrownBy(() -> OrganizationId.parse("a".repeat(10_000_000)))
                .isInstanceOf(IdentifierParseException.class);
    }

    @Test
    void rejectsNonAlphanumericStartWithPositionZero() {
        for (String text : new String[] {".a", "-a", "_a"}) {
            assertThatThrownBy(() -> OrganizationId.parse(text))
                    .isInstanceOfSatisfying(IdentifierParseException.class, e -> {
                        assertThat(e.errorType()).isEqualTo(ErrorType.ILLEGAL_START);
                        assertThat(e.index()).isZero();
                    });
        }
    }

    @Test
    void rejectsIllegalCharacterAtItsPosition() {
        assertThatThrownBy(() -> OrganizationId.parse("ab c"))
                .isInstanceOfSatisfying(IdentifierParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.ILLEGAL_CHARACTER);
                    assertThat(e.index()).isEqualTo(2);
                });
        assertThatThrownBy(() -> OrganizationId.parse("астрахань"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorChecksLikeParse() {
        assertThatThrownBy(() -> new OrganizationId("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganizationId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ordersByText() {
        assertThat(OrganizationId.of("a1")).isLessThan(OrganizationId.of("a2"));
    }
}
