package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoftWrapsTest {

    private static PdfLine line(String text, float left, float right, float firstWord) {
        return new PdfLine(text, left, right, firstWord, left + firstWord + 2, 2f, 600f, false, false);
    }

    @Test
    void clauseNumbersLetterItemsAndDashesStartItems() {
        assertThat(SoftWraps.startsItem("2. Провести")).isTrue();
        assertThat(SoftWraps.startsItem("3.1. Подпункт")).isTrue();
        assertThat(SoftWraps.startsItem("3.1.1 Подпункт")).isTrue();
        assertThat(SoftWraps.startsItem("1) перечень")).isTrue();
        assertThat(SoftWraps.startsItem("а) перечень")).isTrue();
        assertThat(SoftWraps.startsItem("– пункт")).isTrue();
        assertThat(SoftWraps.startsItem("12.")).isTrue();
        assertThat(SoftWraps.startsItem("3.\u00A0Контроль")).isTrue();
    }

    @Test
    void yearsDatesAndWordsStartNoItem() {
        assertThat(SoftWraps.startsItem("2021 года провести")).isFalse();
        assertThat(SoftWraps.startsItem("18.12.2018 № 27-5")).isFalse();
        assertThat(SoftWraps.startsItem("25 человек")).isFalse();
        assertThat(SoftWraps.startsItem("организаций района")).isFalse();
        assertThat(SoftWraps.startsItem("-летию")).isFalse();
        assertThat(SoftWraps.startsItem("в)ы")).isFalse();
    }

    @Test
    void headingsAreCapitalsOnly() {
        assertThat(SoftWraps.isHeading("ПОСТАНОВЛЯЕТ:")).isTrue();
        assertThat(SoftWraps.isHeading("ПОСТАНОВЛЕНИЕ № 3-1")).isTrue();
        assertThat(SoftWraps.isHeading("Президиум ППО")).isFalse();
        assertThat(SoftWraps.isHeading("№ 5")).isFalse();
        assertThat(SoftWraps.isHeading("Е.Д.")).isFalse();
    }

    @Test
    void aSentenceEndsAtPunctuationUnlessTheNextLineGoesOnInLowercase() {
        assertThat(SoftWraps.endsSentence("оставляю за собой.", "Председатель")).isTrue();
        assertThat(SoftWraps.endsSentence("постановляет:", "1. Принять")).isTrue();
        assertThat(SoftWraps.endsSentence("до 1 марта 2021 г.", "представить отчёт")).isFalse();
        assertThat(SoftWraps.endsSentence("территориальных", "Организаций")).isFalse();
    }

    @Test
    void theSignatureStartsWithTheSignersRole() {
        assertThat(SoftWraps.startsSignature("Председатель")).isTrue();
        assertThat(SoftWraps.startsSignature("Председатель районной организации")).isTrue();
        assertThat(SoftWraps.startsSignature("Председателю районной организации")).isFalse();
    }

    @Test
    void aFullLineJoinsTheNextWhoseFirstWordDoesNotFit() {
        PdfLine full = line("провести проверку в", 20, 495, 30);
        PdfLine next = line("организациях района", 20, 100, 50);
        assertThat(SoftWraps.joins(full, next, 500)).isTrue();
        // 60 points left: the 50-point first word would have fitted, so the writer broke the line.
        assertThat(SoftWraps.joins(line("провести проверку в", 20, 440, 30), next, 500)).isFalse();
    }

    @Test
    void aLineEndingLeftOfThePagesMiddleIsNeverWrapped() {
        PdfLine half = new PdfLine("провести проверку в", 20, 290, 30, 52, 2f, 600f, false, false);
        assertThat(SoftWraps.joins(half, line("организациях района", 20, 100, 50), 291)).isFalse();
    }

    @Test
    void theFirstWordIsMeasuredNotTheWholeNextLine() {
        // 150 points left: too few for the whole next line, enough for its first word.
        PdfLine shortLine = line("Об итогах конкурса", 20, 350, 10);
        PdfLine wide = line("Президиум районной организации Профсоюза отмечает", 20, 500, 45);
        assertThat(SoftWraps.joins(shortLine, wide, 500)).isFalse();
    }

    @Test
    void aParagraphStartAnIndentOrATabStopKeepsTheBreak() {
        PdfLine full = line("провести проверку в", 20, 499, 30);
        assertThat(SoftWraps.joins(full, new PdfLine("организациях", 20, 90, 60, 90, 2f, 600f, true, false), 500)).isFalse();
        assertThat(SoftWraps.joins(full, line("организациях", 55, 120, 60), 500)).isFalse();
        assertThat(SoftWraps.joins(full, new PdfLine("организациях И.И. Иванова", 20, 400, 60, 82, 2f, 600f, false, true), 500))
                .isFalse();
    }

    @Test
    void aSentenceEndingShortOfTheEdgeKeepsTheBreakAndAtTheEdgeJoins() {
        PdfLine next = line("Обеспечить участие", 20, 100, 60);
        assertThat(SoftWraps.joins(line("по итогам года.", 20, 480, 20), next, 500)).isFalse();
        assertThat(SoftWraps.joins(line("по итогам года.", 20, 499, 20), next, 500)).isTrue();
    }

    @Test
    void aContinuationHangingUnderTheTextAfterAListNumberJoins() {
        PdfLine item = new PdfLine("1. Провести проверку в", 20, 499, 8, 45, 2f, 600f, false, false);
        assertThat(SoftWraps.joins(item, line("организациях района", 45, 200, 60), 500)).isTrue();
        assertThat(SoftWraps.joins(item, line("организациях района", 70, 200, 60), 500)).isFalse();
        PdfLine plain = new PdfLine("Провести проверку в", 20, 499, 40, 64, 2f, 600f, false, false);
        assertThat(SoftWraps.joins(plain, line("организациях района", 64, 200, 60), 500)).isFalse();
    }
}
