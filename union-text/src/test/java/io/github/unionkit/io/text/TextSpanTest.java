package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void slicesTheTextItPointsInto() {
        TextSpan span = TextSpan.of(7, 26);

        assertThat(span.length()).isEqualTo(19);
        assertThat(span.slice("3.1.1. В течение 2021 года проведение")).isEqualTo("В течение 2021 года");
    }

    @Test
    void tellsContainment() {
        assertThat(TextSpan.of(2, 4).isWithin(TextSpan.of(2, 4))).isTrue();
        assertThat(TextSpan.of(2, 4).isWithin(TextSpan.of(0, 10))).isTrue();
        assertThat(TextSpan.of(2, 11).isWithin(TextSpan.of(0, 10))).isFalse();
    }

    @Test
    void rejectsInvalidBoundsAndSpansOutsideTheText() {
        assertThatThrownBy(() -> TextSpan.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextSpan.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextSpan.of(0, 5).slice("abc")).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
