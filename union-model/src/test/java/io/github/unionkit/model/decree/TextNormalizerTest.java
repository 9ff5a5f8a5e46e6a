package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void collapsesRunsOfSpacesTabsLineBreaksAndNoBreakSpaces() {
        assertThat(TextNormalizer.normalize("a  b\t\tc\r\nd\u00A0\u00A0e\u2007f")).isEqualTo("a b c d e f");
    }

    @Test
    void trimsBothEnds() {
        assertThat(TextNormalizer.normalize(" \t\n «18» декабря 2020 г. \n")).isEqualTo("«18» декабря 2020 г.");
    }

    @Test
    void keepsEverythingButWhitespace() {
        String text = "социально – экономических; «Профсоюз – территория здоровья», 1 тыс.членов";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void whitespaceOnlyBecomesEmpty() {
        assertThat(TextNormalizer.normalize(" \t\n\u00A0")).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
    }

    @Test
    void isNormalizedAgreesWithNormalize() {
        String[] samples = {"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00A0b", "\n", "аб вг"};
        for (String sample : samples) {
            assertThat(TextNormalizer.isNormalized(sample))
                    .as(sample)
                    .isEqualTo(TextNormalizer.normalize(sample).equals(sample));
        }
    }

    @Test
    void normalizeIsIdempotent() {
        String once = TextNormalizer.normalize("  x \n\n y  ");
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> TextNormalizer.normalize(null));
        assertThatNullPointerException().isThrownBy(() -> TextNormalizer.isNormalized(null));
    }
}
