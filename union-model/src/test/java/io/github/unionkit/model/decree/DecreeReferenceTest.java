package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DecreeReferenceTest {

    private static final LocalDate MAY_20 = LocalDate.of(2016, 5, 20);
    private static final LocalDate MAY_21 = LocalDate.of(2016, 5, 21);

    @Test
    void multiDayMeetingReference() {
        DecreeReference reference = DecreeReference.of("Исполнительного комитета Профсоюза",
                BodyKind.EXECUTIVE_COMMITTEE, DecreeNumber.parse("5-4"), LocalDateRange.ofClosed(MAY_20, MAY_21),
                "Исполнительного комитета Профсоюза № 5-4 от 20-21 мая 2016 года");
        assertThat(reference.number()).isEqualTo(DecreeNumber.parse("5-4"));
        assertThat(reference.dates().getStart()).isEqualTo(MAY_20);
        assertThat(reference.dates().getEndInclusive()).isEqualTo(MAY_21);
        assertThat(reference.issuerKind()).contains(BodyKind.EXECUTIVE_COMMITTEE);
        assertThat(reference.issuerAsWritten()).contains("Исполнительного комитета Профсоюза");
    }

    @Test
    void singleDayReferenceWithoutIssuer() {
        DecreeReference reference = DecreeReference.of(DecreeNumber.parse("27-5"), LocalDate.of(2018, 12, 18),
                "№ 27-5  от 18.12.2018");
        assertThat(reference.dates()).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2018, 12, 18),
                LocalDate.of(2018, 12, 18)));
        assertThat(reference.issuerAsWritten()).isEmpty();
        assertThat(reference.issuerKind()).isEmpty();
        assertThat(reference.asWritten()).isEqualTo("№ 27-5 от 18.12.2018");
    }

    @Test
    void datesMustBeClosed() {
        DecreeNumber number = DecreeNumber.parse("1-1");
        for (LocalDateRange open : new LocalDateRange[] {
            LocalDateRange.of(MAY_20, MAY_20),
            LocalDateRange.ofUnboundedStart(MAY_21),
            LocalDateRange.ofUnboundedEnd(MAY_20),
            LocalDateRange.ALL}) {
            assertThatThrownBy(() -> new DecreeReference(Optional.empty(), Optional.empty(), number, open, "x"))
                    .as(open.toString())
                    .isInstanceOfSatisfying(InvalidResolutionException.class,
                            e -> assertThat(e.errorType()).isEqualTo(ErrorType.DATES_NOT_CLOSED));
        }
    }

    @Test
    void rejectsBlankTextsAndNulls() {
        DecreeNumber number = DecreeNumber.parse("1-1");
        LocalDateRange day = LocalDateRange.ofClosed(MAY_20, MAY_20);
        assertThatThrownBy(() -> new DecreeReference(Optional.of(" "), Optional.empty(), number, day, "x"))
                .isInstanceOf(InvalidResolutionException.class);
        assertThatThrownBy(() -> new DecreeReference(Optional.empty(), Optional.empty(), number, day, ""))
                .isInstanceOf(InvalidResolutionException.class);
        assertThatNullPointerException()
                .isThrownBy(() -> new DecreeReference(Optional.empty(), Optional.empty(), null, day, "x"));
        assertThatNullPointerException()
                .isThrownBy(() -> new DecreeReference(Optional.empty(), null, number, day, "x"));
        assertThatNullPointerException()
                .isThrownBy(() -> new DecreeReference(null, Optional.empty(), number, day, "x"));
        assertThatNullPointerException()
                .isThrownBy(() -> new DecreeReference(Optional.empty(), Optional.empty(), number, null, "x"));
    }
}
