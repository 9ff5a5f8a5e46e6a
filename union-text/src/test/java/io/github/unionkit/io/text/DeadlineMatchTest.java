package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.time.Deadline;
import java.time.Year;
import org.junit.jupiter.api.Test;

class DeadlineMatchTest {

    @Test
    void exposesSpanAndPhrase() {
        Deadline year = Deadline.inYear(Year.of(2021)).withPhrase("В течение 2021 года");
        DeadlineMatch match = new DeadlineMatch(TextSpan.of(7, 26), year);

        assertThat(match.start()).isEqualTo(7);
        assertThat(match.end()).isEqualTo(26);
        assertThat(match.phrase()).isEqualTo("В течение 2021 года");
    }

    @Test
    void requiresThePhrase() {
        assertThatThrownBy(() -> new DeadlineMatch(TextSpan.of(0, 1), Deadline.inYear(Year.of(2021))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineMatch(null, Deadline.unspecified().withPhrase("x")))
                .isInstanceOf(NullPointerException.class);
    }
}
