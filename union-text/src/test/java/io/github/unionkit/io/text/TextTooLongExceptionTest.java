package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.error.UnionKitParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTooLongExceptionTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void carriesBothLengthsAndThePositionOfTheFirstCharacterOverTheCap() {
        TextTooLongException e = new TextTooLongException("ab\ncdef", 5);

        assertThat(e.length()).isEqualTo(7);
        assertThat(e.maxLength()).isEqualTo(5);
        assertThat(e.index()).isEqualTo(5);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.errorType()).isEqualTo(TextTooLongException.ErrorType.TOO_LONG);
        assertThat(e).isInstanceOf(UnionKitParseException.class).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysBothLengthsInEitherLanguageAndNeverQuotesTheText() {
        TextTooLongException e = new TextTooLongException("Иванов Иван Иванович, член профсоюза", 6);

        assertThat(e.getMessage()).isEqualTo("cannot parse text at line 1, column 7: the text is longer than its "
                + "cap; nothing was read; 36 characters, at most 6 allowed");
        assertThat(e.message(RUSSIAN)).isEqualTo("не удалось разобрать текст: строка 1, позиция 7: текст длиннее "
                + "установленного предела; ничего не прочитано; 36 знаков при пределе 6");
        assertThat(e.excerpt()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("Иванов");
    }

    @Test
    void groupsLargeLengthsAsEachLanguageDoes() {
        TextTooLongException e = new TextTooLongException("x".repeat(1_001), 1_000);

        assertThat(e.getMessage()).endsWith("1,001 characters, at most 1,000 allowed");
        assertThat(e.message(RUSSIAN)).endsWith("1\u00A0001 знаков при пределе 1\u00A0000");
    }

    @Test
    void refusesACapTheTextDoesNotExceed() {
        assertThatThrownBy(() -> new TextTooLongException("abc", 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
