package io.github.unionkit.model.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class TermTest {

    private static final LocalDate START = LocalDate.of(2020, 12, 18);

    @Test
    void fiveYearTermEndsTheDayBeforeTheAnniversary() {
        Term term = Term.of(1, START, Period.ofYears(5));

        assertThat(term.number()).isEqualTo(1);
        assertThat(term.start()).isEqualTo(START);
        assertThat(term.endInclusive()).isEqualTo(LocalDate.of(2025, 12, 17));
        assertThat(term.period()).isEqualTo(LocalDateRange.ofClosed(START, LocalDate.of(2025, 12, 17)));
    }

    @Test
    void containsBothEnds() {
        Term term = Term.of(1, START, Period.ofYears(5));

        assertThat(term.contains(START)).isTrue();
        assertThat(term.contains(LocalDate.of(2025, 12, 17))).isTrue();
        assertThat(term.contains(START.minusDays(1))).isFalse();
        assertThat(term.contains(LocalDate.of(2025, 12, 18))).isFalse();
    }

    @Test
    void oneDayTermIsAllowed() {
        assertThat(Term.of(2, START, Period.ofDays(1)).endInclusive()).isEqualTo(START);
    }

    @Test
    void rejectsInvalidNumbersLengthsAndPeriods() {
        assertThatIllegalArgumentException().isThrownBy(() -> Term.of(0, START, Period.ofYears(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> Term.of(1, START, Period.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> Term.of(1, START, Period.ofDays(-3)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Term(1, LocalDateRange.of(START, START)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Term(1, LocalDateRange.ofUnboundedEnd(START)));
        assertThatThrownBy(() -> new Term(1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Term.of(1, START, Period.ofYears(5)).contains(null))
                .isInstanceOf(NullPointerException.class);
    }
}
