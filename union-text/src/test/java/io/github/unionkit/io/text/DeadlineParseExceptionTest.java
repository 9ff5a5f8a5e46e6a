package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import org.junit.jupiter.api.Test;

class DeadlineParseExceptionTest {

    @Test
    void carriesTheErrorTypeAndIndexAndNamesThemInTheMessage() {
        DeadlineParseException e = new DeadlineParseException(ErrorType.INVALID_DATE, 12);

        assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_DATE);
        assertThat(e.index()).isEqualTo(12);
        assertThat(e.getMessage()).isEqualTo("INVALID_DATE at index 12: " + ErrorType.INVALID_DATE.description());
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverQuotesThePhrase() {
        String phrase = "до приезда Иванова И.И.";

        assertThatThrownBy(() -> RussianDeadlines.parse(phrase, java.time.LocalDate.of(2021, 1, 1)))
                .isInstanceOf(DeadlineParseException.class)
                .message().doesNotContain("Иванова").doesNotContain(phrase);
    }

    @Test
    void rejectsANegativeIndexAndANullType() {
        assertThatThrownBy(() -> new DeadlineParseException(ErrorType.EMPTY, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineParseException(null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void describesEveryErrorType() {
        for (ErrorType type : ErrorType.values()) {
            assertThat(type.description()).isNotBlank();
        }
    }
}
