package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.MembershipRange;
import org.junit.jupiter.api.Test;

class ArgumentTest {

    @Test
    void aValueIsKeptAsItsCanonicalText() {
        assertThat(Argument.of("band", MembershipRange.atMost(1000)).value()).isEqualTo("0..1000");
        assertThat(Argument.of("members", 2400)).hasToString("members=2400");
    }

    @Test
    void namesAreAsciiLettersAndDigitsStartingWithALetter() {
        assertThat(Argument.of("asOf2", "x").name()).isEqualTo("asOf2");
        for (String bad : new String[] {"", "2nd", "as-of", "имя", "a".repeat(41)}) {
            assertThatThrownBy(() -> Argument.of(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void longValuesAreCutByOfButRefusedByTheConstructor() {
        String long401 = "x".repeat(401);
        assertThat(Argument.of("text", long401).value()).hasSize(400).endsWith("…");
        assertThat(Argument.of("text", "x".repeat(400)).value()).hasSize(400).doesNotContain("…");
        assertThatThrownBy(() -> new Argument("text", long401)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argument.of("text", null)).isInstanceOf(NullPointerException.class);
    }
}
