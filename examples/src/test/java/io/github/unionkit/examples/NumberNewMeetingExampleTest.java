package io.github.unionkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberNewMeetingExampleTest {
    private static final Body COMMITTEE = Body.of(BodyKind.COMMITTEE, OrganizationId.of("ast"));
    private static final Term TERM = Term.of(1, LocalDate.of(2019, 11, 1), Period.ofYears(5));

    @Test
    void numbersTheQuestionsOfTheMeetingAfterTheHighestIssuedOne() {
        List<String> lines = NumberNewMeetingExample.numberNextMeeting(COMMITTEE, TERM,
                List.of(DecreeNumber.parse("3-1"), DecreeNumber.parse("2-7"), DecreeNumber.parse("3-2")),
                List.of("A", "B"));

        assertThat(lines).containsExactly("№ 4-1  A", "№ 4-2  B");
    }

    @Test
    void startsAtMeetingOneInAFreshTerm() {
        assertThat(NumberNewMeetingExample.numberNextMeeting(COMMITTEE, TERM, List.of(), List.of("A")))
                .containsExactly("№ 1-1  A");
    }
}
