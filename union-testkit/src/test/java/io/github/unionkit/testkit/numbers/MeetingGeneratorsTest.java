package io.github.unionkit.testkit.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.meeting.AgendaItem;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.MeetingGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeetingGeneratorsTest {

    private static final int EXAMPLES = 300;

    @Test
    void meetingsAreValidAndRebuildToEqualValues() {
        SplittableRandom random = new SplittableRandom(1L);
        Generator<Meeting> meetings = MeetingGenerators.meetings();
        for (int i = 0; i < EXAMPLES; i++) {
            Meeting meeting = meetings.generate(random);

            assertThat(meeting.agenda()).extracting(AgendaItem::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, meeting.agenda().size())
                            .boxed().toList());
            assertThat(meeting.lastDay()).isAfterOrEqualTo(meeting.firstDay());
            assertThat(Meeting.builder().from(meeting).build()).isEqualTo(meeting).hasSameHashCodeAs(meeting);
        }
    }

    @Test
    void sameSeedGivesSameMeetings() {
        Generator<Meeting> meetings = MeetingGenerators.meetings();

        assertThat(meetings.list(5, 5).generate(new SplittableRandom(9L)))
                .isEqualTo(meetings.list(5, 5).generate(new SplittableRandom(9L)));
    }

    @Test
    void voteTallyTotalsAndUnanimityAreConsistent() {
        SplittableRandom random = new SplittableRandom(2L);
        Generator<VoteTally> tallies = MeetingGenerators.voteTallies();
        for (int i = 0; i < EXAMPLES; i++) {
            VoteTally tally = tallies.generate(random);

            assertThat(tally.total()).isEqualTo(tally.votesFor() + tally.votesAgainst() + tally.abstained());
            assertThat(tally.isUnanimous()).isEqualTo(tally.equals(VoteTally.unanimous(Math.max(1, tally.total()))));
        }
    }

    @Test
    void termsContainTheirEndsAndNothingOutside() {
        SplittableRandom random = new SplittableRandom(3L);
        Generator<Term> terms = MeetingGenerators.terms();
        for (int i = 0; i < EXAMPLES; i++) {
            Term term = terms.generate(random);

            assertThat(term.contains(term.start())).isTrue();
            assertThat(term.contains(term.endInclusive())).isTrue();
            assertThat(term.contains(term.start().minusDays(1))).isFalse();
            assertThat(term.contains(term.endInclusive().plusDays(1))).isFalse();
        }
    }
}
