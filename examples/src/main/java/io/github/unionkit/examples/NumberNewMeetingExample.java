package io.github.unionkit.examples;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberAllocator;
import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: number the decrees of a body's next meeting.
 *
 * <p>The education union numbers a decree {@code N-M}: question M of meeting N of the body's term.
 * Given the numbers already in the register, {@link DecreeNumberAllocator#resumeAfter} positions an
 * allocator after them; {@code nextMeeting()} opens the next meeting and {@code nextQuestion()} hands
 * out its numbers one by one. The allocator is an immutable value: each allocation returns the next
 * allocator, so a number cannot be handed out twice by accident.
 */
public final class NumberNewMeetingExample {

    private NumberNewMeetingExample() {
    }

    /**
     * Numbers the agenda of the meeting that follows the decrees already issued in a term.
     *
     * @param body the issuing body, not null
     * @param term the body's term, not null
     * @param issued the numbers already issued in the term (any order), not null
     * @param agenda the titles of the new meeting's questions, in order, not null
     * @return one line per question: the number and the title
     */
    public static List<String> numberNextMeeting(Body body, Term term, List<DecreeNumber> issued, List<String> agenda) {
        DecreeNumberAllocator allocator = DecreeNumberAllocator
                .resumeAfter(body, term, NumberingScheme.MEETING_ITEM, issued)
                .nextMeeting();
        List<String> lines = new ArrayList<>();
        for (String title : agenda) {
            DecreeNumberAllocator.Allocation allocation = allocator.nextQuestion();
            lines.add("№ " + allocation.number() + "  " + title);
            allocator = allocation.next();
        }
        return lines;
    }

    /**
     * Prints the numbers of an (illustrative) fourth meeting of the Astrakhan regional committee, whose
     * third meeting adopted № 3-1 on 18 December 2020.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Body committee = Body.of(BodyKind.COMMITTEE, OrganizationId.of("ast"));
        Term term = Term.of(1, LocalDate.of(2019, 11, 1), Period.ofYears(5));
        List<DecreeNumber> issued = List.of(DecreeNumber.parse("3-1"), DecreeNumber.parse("3-2"),
                DecreeNumber.parse("2-4"));
        numberNextMeeting(committee, term, issued, List.of(
                "Об итогах перехода на централизованный бухгалтерский учёт",
                "О проведении обучения профсоюзного актива",
                "О награждении")).forEach(System.out::println);
    }
}
