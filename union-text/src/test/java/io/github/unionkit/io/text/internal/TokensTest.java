package io.github.unionkit.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void splitsWordsNumbersAndPunctuationWithSourcePositions() {
        String text = " 3.1.2. До 29 декабря 2020г.";
        Tokens tokens = Tokens.of(text);

        assertThat(tokens.size()).isEqualTo(12);
        assertThat(tokens.kind(0)).isEqualTo(TokenKind.NUMBER);
        assertThat(tokens.start(0)).isEqualTo(1);
        assertThat(tokens.isPunct(1, '.')).isTrue();
        assertThat(tokens.is(6, "до")).isTrue();
        assertThat(tokens.number(7)).isEqualTo(29);
        assertThat(tokens.is(8, "декабря")).isTrue();
        assertThat(tokens.number(9)).isEqualTo(2020);
        assertThat(tokens.is(10, "г")).isTrue();
        assertThat(tokens.touchesPrevious(10)).isTrue();
        assertThat(tokens.touchesPrevious(9)).isFalse();
        assertThat(text.substring(tokens.start(8), tokens.end(8))).isEqualTo("декабря");
    }

    @Test
    void matchesWordsIgnoringCaseYoAndInvisibleMarks() {
        Tokens tokens = Tokens.of("ЧЕТВЁРТОМ четве\u0308ртом чет\u00ADвертом Четвертом");

        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.is(i, "четвертом")).as("token %d", i).isTrue();
            assertThat(tokens.folded(i)).isEqualTo("четвертом");
        }
        assertThat(tokens.size()).isEqualTo(4);
        assertThat(tokens.startsWith(0, "четв")).isTrue();
        assertThat(tokens.endsWith(1, "ом")).isTrue();
        assertThat(tokens.is(0, "четверт")).isFalse();
    }

    @Test
    void readsEveryDashAndQuoteStyle() {
        Tokens tokens = Tokens.of("- \u2010 \u2011 \u2013 \u2014 \u2212 « » „ “");

        for (int i = 0; i < 6; i++) {
            assertThat(tokens.isDash(i)).isTrue();
        }
        for (int i = 6; i < 10; i++) {
            assertThat(tokens.isQuote(i)).isTrue();
        }
    }

    @Test
    void neverEvaluatesLongDigitRuns() {
        Tokens tokens = Tokens.of("1".repeat(10_000) + " 123456789");

        assertThat(tokens.digits(0)).isEqualTo(10_000);
        assertThat(tokens.number(0)).isEqualTo(-1);
        assertThat(tokens.number(1)).isEqualTo(123_456_789);
    }

    @Test
    void findsTokensByOffsetAndLineBreaks() {
        Tokens tokens = Tokens.of("в первом\nквартале");

        assertThat(tokens.indexAt(0)).isEqualTo(0);
        assertThat(tokens.indexAt(1)).isEqualTo(1);
        assertThat(tokens.indexAt(5)).isEqualTo(1);
        assertThat(tokens.indexAt(100)).isEqualTo(3);
        assertThat(tokens.lineBreakBefore(2)).isTrue();
        assertThat(tokens.lineBreakBefore(1)).isFalse();
    }

    @Test
    void tokenizesARegionKeepingWholeTextPositions() {
        Tokens tokens = Tokens.of("abc в 2021 году xyz", 4, 15);

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.start(0)).isEqualTo(4);
        assertThatThrownBy(() -> tokens.start(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Tokens.of("abc", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
