package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecreeNumberAllocatorTest {

    private static final Body COMMITTEE = Body.of(BodyKind.COMMITTEE, OrganizationId.of("ast"));
    private static final Term TERM = Term.of(1, LocalDate.of(2019, 11, 1), Period.ofYears(5));

    private static List<DecreeNumber> allocate(DecreeNumberAllocator start, int questions) {
        List<DecreeNumber> out = new ArrayList<>();
        DecreeNumberAllocator a = start;
        for (int i = 0; i < questions; i++) {
            DecreeNumberAllocator.Allocation allocation = a.nextQuestion();
            out.add(allocation.number());
            a = allocation.next();
        }
        return out;
    }

    @Test
    void aNewTermNumbersItsFirstMeetingFromOneDashOne() {
        DecreeNumberAllocator first = DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.MEETING_ITEM)
                .nextMeeting();
        assertThat(allocate(first, 3)).extracting(Object::toString).containsExactly("1-1", "1-2", "1-3");
    }

    @Test
    void eachSchemeWritesItsOwnForm() {
        DecreeNumberAllocator dotted = DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.DOTTED)
                .nextMeeting();
        DecreeNumberAllocator slashed = DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.SLASHED)
                .nextMeeting();
        DecreeNumberAllocator sequential = DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.SEQUENTIAL);
        assertThat(allocate(dotted, 2)).allSatisfy(n -> assertThat(n.scheme()).isEqualTo(NumberingScheme.DOTTED))
                .extracting(n -> n.itemNumber().getAsInt()).containsExactly(1, 2);
        assertThat(allocate(slashed, 1)).singleElement()
                .satisfies(n -> assertThat(n.scheme()).isEqualTo(NumberingScheme.SLASHED));
        assertThat(allocate(sequential, 3)).extracting(n -> n.sequence().getAsInt()).containsExactly(1, 2, 3);
    }

    @Test
    void resumingAfterTheRegisterContinuesTheHighestMeetingsHighestQuestion() {
        List<DecreeNumber> used = List.of(DecreeNumber.parse("3-2"), DecreeNumber.parse("1-7"), DecreeNumber.parse("3-1"),
                DecreeNumber.parse("2-9"));
        DecreeNumberAllocator resumed = DecreeNumberAllocator.resumeAfter(COMMITTEE, TERM, NumberingScheme.MEETING_ITEM,
                used);
        assertThat(resumed.currentMeeting()).isEqualTo(3);
        assertThat(resumed.lastQuestion()).isEqualTo(2);
        assertThat(allocate(resumed, 1)).extracting(Object::toString).containsExactly("3-3");
        assertThat(allocate(resumed.nextMeeting(), 2)).extracting(Object::toString).containsExactly("4-1", "4-2");
    }

    @Test
    void sequentialNumbersKeepTheRegistersZeroPadding() {
        DecreeNumberAllocator padded = DecreeNumberAllocator.resumeAfter(COMMITTEE, TERM, NumberingScheme.SEQUENTIAL,
                List.of(DecreeNumber.parse("006"), DecreeNumber.parse("007")));
        DecreeNumberAllocator nearTheEdge = DecreeNumberAllocator.resumeAfter(COMMITTEE, TERM,
                NumberingScheme.SEQUENTIAL, List.of(DecreeNumber.parse("098")));
        DecreeNumberAllocator plain = DecreeNumberAllocator.resumeAfter(COMMITTEE, TERM, NumberingScheme.SEQUENTIAL,
                List.of(DecreeNumber.parse("9")));

        assertThat(allocate(padded, 2)).extracting(Object::toString).containsExactly("008", "009");
        assertThat(allocate(nearTheEdge, 2)).extracting(Object::toString).containsExactly("099", "100");
        assertThat(allocate(plain, 1)).extracting(Object::toString).containsExactly("10");
    }

    @Test
    void anAllocatorIsAValueThatNeverHandsOutTheSameNumberTwice() {
        // Law: along any walk of nextMeeting/nextQuestion the numbers are distinct, and a kept allocator
        // gives the same number again (it does not change).
        SplittableRandom random = new SplittableRandom(14);
        for (int walk = 0; walk < 200; walk++) {
            DecreeNumberAllocator a = DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.MEETING_ITEM)
                    .nextMeeting();
            Set<DecreeNumber> seen = new HashSet<>();
            for (int step = 0; step < 30; step++) {
                if (random.nextInt(4) == 0) {
                    a = a.nextMeeting();
                }
                DecreeNumberAllocator.Allocation allocation = a.nextQuestion();
                assertThat(a.nextQuestion().number()).isEqualTo(allocation.number());
                assertThat(seen.add(allocation.number())).as("%s twice", allocation.number()).isTrue();
                a = allocation.next();
            }
        }
    }

    @Test
    void misuseIsRefusedWithAReason() {
        assertThatThrownBy(() -> DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.JOINT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JOINT");
        assertThatThrownBy(() -> DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.MEETING_ITEM).nextQuestion())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nextMeeting");
        assertThatThrownBy(() -> DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.SEQUENTIAL).nextMeeting())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DecreeNumberAllocator.resumeAfter(COMMITTEE, TERM, NumberingScheme.SEQUENTIAL,
                List.of(DecreeNumber.parse("3-1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3-1");
    }

    @Test
    void itKnowsItsBodyTermAndSchemeAndPrintsNoPersonalData() {
        DecreeNumberAllocator a = DecreeNumberAllocator.startOf(COMMITTEE, TERM, NumberingScheme.MEETING_ITEM);
        assertThat(a.body()).isEqualTo(COMMITTEE);
        assertThat(a.term()).isEqualTo(TERM);
        assertThat(a.scheme()).isEqualTo(NumberingScheme.MEETING_ITEM);
        assertThat(a.toString()).contains("COMMITTEE").contains("ast").contains("meeting 0");
    }
}
