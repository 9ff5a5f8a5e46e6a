package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UntilDeadlineTest {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2020, 12, 18);
    private static final LocalDate BOUNDARY = LocalDate.of(2020, 12, 29);

    @Test
    void exclusivePolicyEndsTheDayBeforeTheBoundary() {
        UntilDeadline deadline = Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.EXCLUSIVE);

        assertThat(deadline.lastDay()).contains(LocalDate.of(2020, 12, 28));
        assertThat(deadline.window().getStart()).isEqualTo(DOCUMENT_DATE);
        assertThat(deadline.window().getEndInclusive()).isEqualTo(LocalDate.of(2020, 12, 28));
    }

    @Test
    void inclusivePolicyEndsOnTheBoundary() {
        assertThat(Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.INCLUSIVE).lastDay()).contains(BOUNDARY);
    }

    @Test
    void keepsTheBoundaryAndThePolicyVisible() {
        UntilDeadline deadline = Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.EXCLUSIVE);

        assertThat(deadline.windowStart()).isEqualTo(DOCUMENT_DATE);
        assertThat(deadline.boundary()).isEqualTo(BOUNDARY);
        assertThat(deadline.policy()).isEqualTo(UntilPolicy.EXCLUSIVE);
        assertThat(deadline).hasToString("Until[2020-12-18, 2020-12-29, EXCLUSIVE]");
    }

    @Test
    void thePolicyTakesPartInEquality() {
        assertThat(Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.EXCLUSIVE))
                .isNotEqualTo(Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.INCLUSIVE))
                .isEqualTo(Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.EXCLUSIVE))
                .hasSameHashCodeAs(Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.EXCLUSIVE));
    }

    @Test
    void exclusiveBoundaryOneDayAfterTheStartGivesAOneDayWindow() {
        UntilDeadline deadline = Deadline.until(DOCUMENT_DATE, DOCUMENT_DATE.plusDays(1), UntilPolicy.EXCLUSIVE);

        assertThat(deadline.window().lengthInDays()).isEqualTo(1);
        assertThat(deadline.lastDay()).contains(DOCUMENT_DATE);
    }

    @Test
    void exclusiveBoundaryOnTheStartIsRejectedBecauseTheWindowWouldBeEmpty() {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> Deadline.until(DOCUMENT_DATE, DOCUMENT_DATE, UntilPolicy.EXCLUSIVE))
                .withMessageContaining("2020-12-18")
                .satisfies(e -> {
                    assertThat(e.errorType()).isEqualTo(InvalidDeadlineException.ErrorType.WINDOW_START_AFTER_LAST_DAY);
                    assertThat(e.first()).contains(DOCUMENT_DATE);
                    assertThat(e.last()).contains(DOCUMENT_DATE.minusDays(1));
                });
    }

    @Test
    void inclusiveBoundaryOnTheStartIsAccepted() {
        assertThat(Deadline.until(DOCUMENT_DATE, DOCUMENT_DATE, UntilPolicy.INCLUSIVE).lastDay()).contains(DOCUMENT_DATE);
    }

    @Test
    void inclusiveBoundaryBeforeTheStartIsRejected() {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> Deadline.until(DOCUMENT_DATE, DOCUMENT_DATE.minusDays(1), UntilPolicy.INCLUSIVE))
                .satisfies(e -> assertThat(e.errorType())
                        .isEqualTo(InvalidDeadlineException.ErrorType.WINDOW_START_AFTER_LAST_DAY));
    }

    @Test
    void theSmallestDateAsExclusiveBoundaryFailsAsAnOrderErrorNotAnArithmeticOne() {
        assertThatExceptionOfType(InvalidDeadlineException.class)
                .isThrownBy(() -> Deadline.until(LocalDate.MIN, LocalDate.MIN, UntilPolicy.EXCLUSIVE));
    }

    @Test
    void withPhraseKeepsBoundaryPolicyAndWindow() {
        UntilDeadline deadline = Deadline.until(DOCUMENT_DATE, BOUNDARY, UntilPolicy.INCLUSIVE);
        UntilDeadline phrased = deadline.withPhrase("До 29 декабря 2020 г.");

        assertThat(phrased.window()).isEqualTo(deadline.window());
        assertThat(phrased.policy()).isEqualTo(UntilPolicy.INCLUSIVE);
        assertThat(phrased).hasToString("Until[2020-12-18, 2020-12-29, INCLUSIVE \"До 29 декабря 2020 г.\"]");
    }
}
