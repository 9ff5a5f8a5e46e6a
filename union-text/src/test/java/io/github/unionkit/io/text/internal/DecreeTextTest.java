package io.github.unionkit.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecreeTextTest {

    @Test
    void letterSpacedWordsAreJoinedAndWordBreaksKept() {
        assertThat(DecreeText.despaced("П Р Е З И Д И У М")).isEqualTo("ПРЕЗИДИУМ");
        assertThat(DecreeText.despaced("П Р Е З И Д И У М  О Б К О М А")).isEqualTo("ПРЕЗИДИУМ ОБКОМА");
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String line = "Президиум областной организации и профсоюза в г. Н";
        assertThat(DecreeText.despaced(line)).isSameAs(line);
    }
}
