package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeadlineParseExceptionTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void carriesTheErrorTypeAndThePositionCountedFromOne() {
        DeadlineParseException e = new DeadlineParseException(ErrorType.INVALID_DATE, "срок:\n30 февраля 2021 года", 6);

        assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_DATE);
        assertThat(e.index()).isEqualTo(6);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("cannot parse deadline phrase at line 2, column 1: no such date");
        assertThat(e.message(RUSSIAN)).isEqualTo("не удалось разобрать формулировку срока: строка 2, позиция 1: "
                + "такой даты нет");
        assertThat(e).isInstanceOf(UnionKitParseException.class);
    }

    @Test
    void neverQuotesThePhrase() {
        String phrase = "до приезда Иванова И.И.";

        assertThatThrownBy(() -> RussianDeadlines.parse(phrase, LocalDate.of(2021, 1, 1)))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("Иванова").doesNotContain(phrase);
                    assertThat(e.message(RUSSIAN)).doesNotContain("Иванова");
                    assertThat(e.excerpt()).isEmpty();
                });
    }

    @Test
    void parseReportsWhereInThePhraseItStopped() {
        assertThatThrownBy(() -> RussianDeadlines.parse("до 30 февраля 2021 года", LocalDate.of(2021, 1, 1)))
                .isInstanceOfSatisfying(DeadlineParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_DATE);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(e.index() + 1);
                });
    }

    @Test
    void rejectsAnIndexOutsideTheTextAndANullType() {
        assertThatThrownBy(() -> new DeadlineParseException(ErrorType.EMPTY, "", -1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new DeadlineParseException(ErrorType.EMPTY, "ab", 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new DeadlineParseException(null, "", 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void describesEveryErrorTypeInBothLanguages() {
        for (ErrorType type : ErrorType.values()) {
            assertThat(type.description()).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(type.description(RUSSIAN)).containsPattern("\\p{IsCyrillic}").isNotEqualTo(type.description());
        }
    }
}
