package io.github.unionkit.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecreeLineWordsTest {

    private static boolean furniture(String line) {
        return DecreeLineWords.isFurniture(line, 0, line.length());
    }

    @Test
    void pageFurnitureIsRecognisedAndDecreeLinesAreNot() {
        assertThat(furniture("Опубликовано 14.06.2023 10:42 | Просмотров: 318")).isTrue();
        assertThat(furniture("Главная / Документы / Постановления профкома")).isTrue();
        assertThat(furniture("— 2 —")).isTrue();
        assertThat(furniture("- 3 -")).isTrue();
        assertThat(furniture("14.06.2023 10:42")).isTrue();
        assertThat(furniture("Страница 2 из 3")).isTrue();
        assertThat(furniture("от 12.03.2021 № 5")).isFalse();
        assertThat(furniture("Страница истории организации")).isFalse();
        assertThat(furniture("2021 год")).isFalse();
    }

    @Test
    void theDraftMarkIsAloneOnItsLineSpacedOrNot() {
        assertThat(DecreeLineWords.isDraftMark("ПРОЕКТ", 0, 6)).isTrue();
        assertThat(DecreeLineWords.isDraftMark("П Р О Е К Т", 0, 11)).isTrue();
        String line = "О проекте сметы";
        assertThat(DecreeLineWords.isDraftMark(line, 0, line.length())).isFalse();
    }

    @Test
    void aSignatureOpensWithANominativePositionNotWithTheDativeOfATask() {
        String chair = "Председатель районной организации Профсоюза";
        String task = "Председателям первичных организаций провести собрания";
        String deputy = "И.о. председателя";
        assertThat(DecreeLineWords.opensSignature(chair, 0, chair.length())).isTrue();
        assertThat(DecreeLineWords.opensSignature(deputy, 0, deputy.length())).isTrue();
        assertThat(DecreeLineWords.opensSignature(task, 0, task.length())).isFalse();
    }

    @Test
    void preambleOpenersEndATitle() {
        String preamble = "Заслушав информацию председателя";
        String title = "первичных профсоюзных организаций";
        assertThat(DecreeLineWords.opensPreamble(preamble, 0, preamble.length())).isTrue();
        assertThat(DecreeLineWords.opensPreamble(title, 0, title.length())).isFalse();
    }

    @Test
    void theAttachmentsHeadingGivesWhereItsTextStarts() {
        String one = "Приложение: план работы на 4 л.";
        assertThat(DecreeLineWords.attachmentsHeading(one, 0, one.length())).isEqualTo(one.indexOf("план"));
        String many = "Приложения:";
        assertThat(DecreeLineWords.attachmentsHeading(many, 0, many.length())).isEqualTo(many.length());
        String clause = "Приложенный план утвердить";
        assertThat(DecreeLineWords.attachmentsHeading(clause, 0, clause.length())).isEqualTo(-1);
    }
}
