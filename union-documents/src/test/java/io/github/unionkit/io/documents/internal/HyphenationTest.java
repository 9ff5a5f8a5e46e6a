package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyphenationTest {

    @Test
    void aLowercaseWordBrokenAtTheLineEndJoins() {
        assertThat(Hyphenation.joins("территориальных органи-", "заций")).isTrue();
        assertThat(Hyphenation.joins("the organi-", "zation")).isTrue();
        assertThat(Hyphenation.joins("органи\u00AD", "заций")).isTrue();
    }

    @Test
    void aDashAfterACapitalOrDigitOrBeforeACapitalStays() {
        assertThat(Hyphenation.joins("в I-", "II кварталах")).isFalse();
        assertThat(Hyphenation.joins("в 2020-", "2021 годах")).isFalse();
        assertThat(Hyphenation.joins("Председатель -", "Иванова")).isFalse();
        assertThat(Hyphenation.joins("северо-", "Западный")).isFalse();
        assertThat(Hyphenation.joins("слово", "дальше")).isFalse();
        assertThat(Hyphenation.joins("-", "дальше")).isFalse();
    }
}
