package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final Assignee TERRITORIAL = Assignee.allOf(OrganizationLevel.TERRITORIAL);

    @Test
    void keepsActionSubjectAndDeadlineAsGiven() {
        Deadline deadline = Deadline.inYear(Year.of(2021)).withPhrase("в 2021 году");
        Assignment assignment = Assignment.of(TERRITORIAL, "Организовать", "Проведение обучения", deadline);
        assertThat(assignment.assignees()).containsExactly(TERRITORIAL);
        assertThat(assignment.action()).isEqualTo("Организовать");
        assertThat(assignment.subject()).isEqualTo("Проведение обучения");
        assertThat(assignment.deadline()).isEqualTo(deadline);
    }

    @Test
    void normalisesWhitespaceOfActionAndSubject() {
        Assignment assignment = Assignment.of(TERRITORIAL, " Продолжить\nработу ", "по  вопросам",
                Deadline.unspecified());
        assertThat(assignment.action()).isEqualTo("Продолжить работу");
        assertThat(assignment.subject()).isEqualTo("по вопросам");
    }

    @Test
    void needsAtLeastOneAssignee() {
        assertThatThrownBy(() -> Assignment.of(List.of(), "Организовать", "x", Deadline.unspecified()))
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.NO_ASSIGNEES));
    }

    @Test
    void rejectsBlankActionOrSubject() {
        assertThatThrownBy(() -> Assignment.of(TERRITORIAL, " ", "x", Deadline.unspecified()))
                .isInstanceOf(InvalidResolutionException.class).hasMessageContaining("action");
        assertThatThrownBy(() -> Assignment.of(TERRITORIAL, "x", "\t", Deadline.unspecified()))
                .isInstanceOf(InvalidResolutionException.class).hasMessageContaining("subject");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Assignment.of(TERRITORIAL, "x", "y", null));
        assertThatNullPointerException().isThrownBy(() -> Assignment.of((Assignee) null, "x", "y",
                Deadline.unspecified()));
        List<Assignee> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> Assignment.of(withNull, "x", "y", Deadline.unspecified()));
    }

    @Test
    void assigneesAreCopiedAndUnmodifiable() {
        List<Assignee> source = new ArrayList<>(List.of(TERRITORIAL));
        Assignment assignment = Assignment.of(source, "x", "y", Deadline.unspecified());
        source.add(Assignee.allOf(OrganizationLevel.PRIMARY));
        assertThat(assignment.assignees()).containsExactly(TERRITORIAL);
        assertThatThrownBy(() -> assignment.assignees().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withDeadlineReplacesOnlyTheDeadline() {
        Assignment assignment = Assignment.of(TERRITORIAL, "x", "y", Deadline.unspecified());
        Deadline year = Deadline.inYear(Year.of(2021));
        assertThat(assignment.withDeadline(year))
                .isEqualTo(Assignment.of(TERRITORIAL, "x", "y", year))
                .isNotEqualTo(assignment);
    }
}
