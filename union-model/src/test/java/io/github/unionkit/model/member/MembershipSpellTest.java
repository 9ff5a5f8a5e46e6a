package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipSpellTest {

    @Test
    void coversItsDaysFromTheAdmissionToTheDayBeforeTheExit() {
        MembershipSpell spell = new MembershipSpell(LocalDate.of(2019, 2, 1),
                java.util.Optional.of(MembershipExit.of(LocalDate.of(2021, 6, 30), ExitReason.DEATH)));
        assertThat(spell.covers(LocalDate.of(2019, 2, 1))).isTrue();
        assertThat(spell.covers(LocalDate.of(2021, 6, 29))).isTrue();
        assertThat(spell.covers(LocalDate.of(2021, 6, 30))).isFalse();
        assertThat(spell.covers(LocalDate.of(2019, 1, 31))).isFalse();
        assertThatThrownBy(() -> new MembershipSpell(LocalDate.of(2019, 2, 1),
                java.util.Optional.of(MembershipExit.of(LocalDate.of(2019, 1, 1), ExitReason.DEATH))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
