package io.github.unionkit.model.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class TextPositionTest {

    @ParameterizedTest
    @CsvSource({
        "0, 1, 1",
        "2, 1, 3",
        "3, 2, 1",
        "5, 2, 3",
        "7, 3, 1",
        "8, 4, 1",
        "9, 5, 1",
        "10, 5, 2",
    })
    void countsLinesAtEveryKindOfLineBreakAndColumnsFromOne(int index, int line, int column) {
        String text = "ab\ncd\r\n\r\u2028x";

        TextPosition position = TextPosition.of(text, index);

        assertThat(position.index()).isEqualTo(index);
        assertThat(position.line()).isEqualTo(line);
        assertThat(position.column()).isEqualTo(column);
    }

    @Test
    void countsACharacterOutsideTheBasicPlaneAsOneColumn() {
        String text = "\uD835\uDC00x";

        assertThat(TextPosition.of(text, 2).column()).isEqualTo(2);
    }

    @Test
    void theEndOfTheTextIsAPosition() {
        assertThat(TextPosition.of("ab", 2)).isEqualTo(TextPosition.of(2, 1, 3));
        assertThat(TextPosition.of("", 0)).isEqualTo(TextPosition.of(0, 1, 1));
    }

    @Test
    void refusesPositionsOutsideTheTextOrBelowOne() {
        assertThatThrownBy(() -> TextPosition.of("ab", 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> TextPosition.of("ab", -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> TextPosition.of(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextPosition.of(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextPosition.of(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsLineAndColumnAsEditorsDo() {
        assertThat(TextPosition.of("a\nbc", 3)).hasToString("2:2");
        assertThat(TextPosition.ofLine(10, 4)).hasToString("4:1");
    }

    @Test
    void equalityIsByAllThreeParts() {
        assertThat(TextPosition.of(1, 1, 2)).isEqualTo(TextPosition.of(1, 1, 2))
                .hasSameHashCodeAs(TextPosition.of(1, 1, 2)).isNotEqualTo(TextPosition.of(1, 2, 1));
    }

    @Test
    void lineIsOnePlusTheBreaksBeforeTheIndexAndColumnIsTheDistanceFromTheLastBreak() {
        char[] alphabet = {'a', '\n', '\u0416', ' '};
        QuickTheory.qt().withExamples(300).forAll(
                SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 40),
                SourceDSL.integers().between(0, 100)).check((letters, percent) -> {
                    StringBuilder built = new StringBuilder();
                    letters.forEach(letter -> built.append(alphabet[letter]));
                    String text = built.toString();
                    int index = text.length() * percent / 100;
                    TextPosition position = TextPosition.of(text, index);
                    String before = text.substring(0, index);
                    int lastBreak = before.lastIndexOf('\n');
                    return position.index() == index
                            && position.line() == 1 + before.chars().filter(c -> c == '\n').count()
                            && position.column() == index - lastBreak;
                });
    }
}
