package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTooLongExceptionTest {

    @Test
    void carriesBothLengthsAndNoText() {
        TextTooLongException e = new TextTooLongException(3_000_000, 2_000_000);

        assertThat(e.length()).isEqualTo(3_000_000);
        assertThat(e.maxLength()).isEqualTo(2_000_000);
        assertThat(e.getMessage()).isEqualTo("text of 3000000 characters exceeds the maximum of 2000000");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }
}
