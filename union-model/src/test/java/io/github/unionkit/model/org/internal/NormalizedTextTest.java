package io.github.unionkit.model.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    /** A letter, the plain space and whitespace that normalisation replaces. */
    private static final char[] ALPHABET = {'а', ' ', '\u00a0', '\t', '\n', '\u2003'};

    @Test
    void agreesWithNormalisationOnEveryShortString() {
        List<String> strings = new ArrayList<>();
        strings.add("");
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String prefix : strings) {
                if (prefix.length() == length - 1) {
                    for (char c : ALPHABET) {
                        longer.add(prefix + c);
                    }
                }
            }
            strings.addAll(longer);
        }
        int normalised = 0;
        for (String text : strings) {
            boolean expected = NameKeys.normalizeWhitespace(text).equals(text);
            assertThat(NormalizedText.isWhitespaceNormalized(text)).as("%s", text.replace("\n", "\\n"))
                    .isEqualTo(expected);
            normalised += expected ? 1 : 0;
        }
        assertThat(normalised).isGreaterThan(5);
    }

    @Test
    void agreesWithNormalisationForEveryCharBetweenWords() {
        int spaces = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String text = "а" + (char) c + "б";
            boolean expected = NameKeys.normalizeWhitespace(text).equals(text);
            assertThat(NormalizedText.isWhitespaceNormalized(text)).as("U+%04X", c).isEqualTo(expected);
            spaces += expected ? 0 : 1;
        }
        assertThat(spaces).as("whitespace chars other than the plain space").isGreaterThan(20);
    }

    @Test
    void acceptsSingleSpacesBetweenWordsOnly() {
        assertThat(NormalizedText.isWhitespaceNormalized("Анна Мария")).isTrue();
        assertThat(NormalizedText.isWhitespaceNormalized("Анна  Мария")).isFalse();
        assertThat(NormalizedText.isWhitespaceNormalized(" Анна")).isFalse();
        assertThat(NormalizedText.isWhitespaceNormalized("Анна ")).isFalse();
        assertThat(NormalizedText.isWhitespaceNormalized("Анна\u00a0Мария")).isFalse();
    }
}
