package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import org.junit.jupiter.api.Test;

class MemberIdTest {

    @Test
    void parsesAndPrintsTheSameText() {
        MemberId id = MemberId.parse("30-000123");
        assertThat(id).hasToString("30-000123");
        assertThat(MemberId.parse(id.toString())).isEqualTo(id).isEqualTo(MemberId.of("30-000123"));
    }

    @Test
    void rejectsInvalidTextWithoutEchoingIt() {
        assertThatThrownBy(() -> MemberId.parse("Иванов"))
                .isInstanceOfSatisfying(IdentifierParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.ILLEGAL_START);
                    assertThat(e.target()).isEqualTo("MemberId");
                    assertThat(e.getMessage()).doesNotContain("Иванов");
                });
        assertThatThrownBy(() -> MemberId.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberId.parse("1".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberId.parse("1 2"))
                .isInstanceOfSatisfying(IdentifierParseException.class, e -> assertThat(e.index()).isEqualTo(1));
    }

    @Test
    void ordersByText() {
        assertThat(MemberId.of("1")).isLessThan(MemberId.of("2"));
    }
}
