package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTest {

    private static final Assignee PRIMARY = Assignee.allOf(OrganizationLevel.PRIMARY);

    private static Clause task(ClauseNumber number, String subject) {
        return Clause.builder()
                .number(number)
                .text(subject + ".")
                .assignment(Assignment.of(PRIMARY, "Организовать", subject, Deadline.unspecified()))
                .build();
    }

    private static Clause tree() {
        Clause organize = Clause.builder()
                .number(ClauseNumber.of(3, 1))
                .text("Организовать:")
                .addChildren(task(ClauseNumber.of(3, 1, 1), "a"), task(ClauseNumber.of(3, 1, 2), "b"))
                .build();
        return Clause.builder()
                .number(ClauseNumber.of(3))
                .text("Поручить:")
                .addChildren(organize, task(ClauseNumber.of(3, 2), "c"))
                .build();
    }

    @Test
    void normalisesTextAndItemsOnBuild() {
        Clause clause = Clause.builder()
                .number(ClauseNumber.of(2))
                .text("  утвердить\n следующие   направления: ")
                .addItems(" укрепление\tи развитие Профсоюза. ")
                .build();
        assertThat(clause.text()).isEqualTo("утвердить следующие направления:");
        assertThat(clause.items()).containsExactly("укрепление и развитие Профсоюза.");
    }

    @Test
    void depthFirstVisitsInDocumentOrder() {
        assertThat(tree().depthFirst()).extracting(c -> c.number().toString())
                .containsExactly("3", "3.1", "3.1.1", "3.1.2", "3.2");
    }

    @Test
    void assignmentsFollowTheDepthFirstWalk() {
        assertThat(tree().assignments()).extracting(Assignment::subject).containsExactly("a", "b", "c");
    }

    @Test
    void leafHasNoChildren() {
        assertThat(Clause.of(ClauseNumber.of(1), "x").isLeaf()).isTrue();
        assertThat(tree().isLeaf()).isFalse();
    }

    @Test
    void numberingIsKeptAsWrittenWithGapsAndRepeats() {
        Clause gap = Clause.builder().number(ClauseNumber.of(3)).text("x")
                .addChildren(Clause.of(ClauseNumber.of(3, 1), "a"), Clause.of(ClauseNumber.of(3, 3), "c")).build();
        assertThat(gap.children()).extracting(Clause::number)
                .containsExactly(ClauseNumber.of(3, 1), ClauseNumber.of(3, 3));
        Clause repeat = Clause.builder().number(ClauseNumber.of(3)).text("x")
                .addChildren(Clause.of(ClauseNumber.of(3, 2), "b"), Clause.of(ClauseNumber.of(3, 2), "b2")).build();
        assertThat(repeat.children()).hasSize(2);
    }

    @Test
    void childrenMustBeDirectChildren() {
        assertThatThrownBy(() -> Clause.builder().number(ClauseNumber.of(3)).text("x")
                .addChildren(Clause.of(ClauseNumber.of(4, 1), "a")).build())
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.CHILD_NOT_DIRECT));
        assertThatThrownBy(() -> Clause.builder().number(ClauseNumber.of(3)).text("x")
                .addChildren(Clause.of(ClauseNumber.of(3, 1, 1), "a")).build())
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.CHILD_NOT_DIRECT));
        assertThatThrownBy(() -> Clause.builder().number(ClauseNumber.of(3, 1)).text("x")
                .addChildren(Clause.of(ClauseNumber.of(3), "a")).build())
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.CHILD_NOT_DIRECT));
    }

    @Test
    void rejectsBlankTextAndItems() {
        assertThatThrownBy(() -> Clause.of(ClauseNumber.of(1), " \n "))
                .isInstanceOfSatisfying(InvalidResolutionException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.BLANK_TEXT);
                    assertThat(e.clause()).contains(ClauseNumber.of(1));
                });
        assertThatThrownBy(() -> Clause.builder().number(ClauseNumber.of(1)).text("x").addItems("a", " ").build())
                .isInstanceOfSatisfying(InvalidResolutionException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.BLANK_TEXT);
                    assertThat(e.field()).isEqualTo("items");
                });
    }

    @Test
    void missingRequiredAttributesFailTheBuild() {
        assertThatThrownBy(() -> Clause.builder().text("x").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Clause.builder().number(ClauseNumber.of(1)).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatNullPointerException().isThrownBy(() -> Clause.of(ClauseNumber.of(1), null));
    }

    @Test
    void builderFromCopiesEveryAttribute() {
        Clause original = tree();
        assertThat(Clause.builder().from(original).build()).isEqualTo(original).hasSameHashCodeAs(original);
        Clause changed = Clause.builder().from(original).text("Поручить иначе:").build();
        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.children()).isEqualTo(original.children());
    }

    @Test
    void collectionsAreUnmodifiable() {
        Clause clause = tree();
        assertThatThrownBy(() -> clause.children().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> clause.depthFirst().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> clause.assignments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> clause.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsStructureButNoText() {
        Clause clause = Clause.of(ClauseNumber.of(6), "Контроль возложить на Бугрееву Т.М.");
        assertThat(clause.toString()).contains("6").doesNotContain("Бугреев").doesNotContain("Контроль");
        assertThat(tree().toString()).contains("children=2");
    }

    @Test
    void sizeBandsAreKeptInOrder() {
        SizeBand first = SizeBand.of(MembershipRange.atMost(1000),
                Deadline.unspecified(), List.of(), "до 1 тыс.");
        SizeBand second = SizeBand.of(MembershipRange.moreThan(1000),
                Deadline.unspecified(), List.of(), "свыше 1 тыс.");
        Clause clause = Clause.builder().number(ClauseNumber.of(4, 3)).text("x").addSizeBands(first, second).build();
        assertThat(clause.sizeBands()).containsExactly(first, second);
    }
}
