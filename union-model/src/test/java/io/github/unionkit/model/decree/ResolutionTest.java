package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ResolutionTest {

    private static final LocalDate DAY = LocalDate.of(2020, 12, 18);
    private static final Assignee PRIMARY = Assignee.allOf(OrganizationLevel.PRIMARY);

    private static Clause task(ClauseNumber number, String subject) {
        return Clause.builder()
                .number(number)
                .text(subject + ".")
                .assignment(Assignment.of(PRIMARY, "Организовать", subject, Deadline.unspecified()))
                .build();
    }

    private static Resolution.Builder valid() {
        Clause two = Clause.builder()
                .number(ClauseNumber.of(2))
                .text("Поручить:")
                .addChildren(task(ClauseNumber.of(2, 1), "b"), task(ClauseNumber.of(2, 2), "c"))
                .build();
        return Resolution.builder()
                .issuer(Body.of(BodyKind.COMMITTEE, OrganizationId.of("ast")))
                .issuerName("КОМИТЕТ")
                .number(DecreeNumber.parse("3-1"))
                .adopted(LocalDateRange.ofClosed(DAY, DAY))
                .title("Об итогах")
                .operativeFormula("Комитет постановляет:")
                .addClauses(task(ClauseNumber.of(1), "a"), two, Clause.of(ClauseNumber.of(3), "Контроль возложить."));
    }

    @Test
    void ofBuildsAnAdoptedResolutionOfItsEssentialsAndNothingElse() {
        Body committee = Body.of(BodyKind.COMMITTEE, OrganizationId.of("ast"));
        List<Clause> clauses = List.of(task(ClauseNumber.of(1), "a"), Clause.of(ClauseNumber.of(2), "Контроль возложить."));

        Resolution resolution = Resolution.of(DecreeNumber.parse("3-1"), DAY, committee, clauses);

        assertThat(resolution).isEqualTo(Resolution.builder().number(DecreeNumber.parse("3-1"))
                .adopted(LocalDateRange.ofClosed(DAY, DAY)).issuer(committee).addAllClauses(clauses).build());
        assertThat(resolution.issuer()).contains(committee);
        assertThat(resolution.documentDate()).contains(DAY);
        assertThat(resolution.title()).isEmpty();
        assertThat(resolution.draft()).isFalse();
        assertThatNullPointerException().isThrownBy(() -> Resolution.of(null, DAY, committee, clauses));
        assertThatNullPointerException().isThrownBy(() -> Resolution.of(DecreeNumber.parse("3-1"), null, committee,
                clauses));
        assertThatThrownBy(() -> Resolution.of(DecreeNumber.parse("3-1"), DAY, committee,
                List.of(task(ClauseNumber.of(2, 1), "b")))).isInstanceOf(InvalidResolutionException.class);
    }

    @Test
    void theBuilderIsAHandWrittenPublicClassOverNoGeneratedType() {
        assertThat(Resolution.Builder.class.getSuperclass()).isEqualTo(Object.class);
        assertThat(Resolution.Builder.class.getMethods()).allSatisfy(method -> {
            assertThat(method.getReturnType().getSimpleName()).doesNotStartWith("Immutable");
            assertThat(method.getDeclaringClass().getSimpleName()).doesNotStartWith("Immutable");
        });
        Resolution built = valid().build();
        assertThat(Resolution.builder().from(built).build()).isEqualTo(built);
    }

    @Test
    void allClausesAreDepthFirst() {
        assertThat(valid().build().allClauses()).extracting(c -> c.number().toString())
                .containsExactly("1", "2", "2.1", "2.2", "3");
    }

    @Test
    void assignmentsFollowTheClauseOrder() {
        assertThat(valid().build().assignments()).extracting(Assignment::subject).containsExactly("a", "b", "c");
    }

    @Test
    void findsClausesByNumber() {
        Resolution resolution = valid().build();
        assertThat(resolution.clause(ClauseNumber.of(2, 2))).map(Clause::text).contains("c.");
        assertThat(resolution.clause(ClauseNumber.of(2, 3))).isEmpty();
        assertThat(resolution.clause(ClauseNumber.of(9))).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> resolution.clause(null));
    }

    @Test
    void documentDateIsTheFirstAdoptionDay() {
        Resolution resolution = valid().adopted(LocalDateRange.ofClosed(DAY, DAY.plusDays(1))).build();
        assertThat(resolution.documentDate()).contains(DAY);
    }

    @Test
    void aDraftOrAnUnreadDocumentHasNoNumberDateIssuerTitleOrFormula() {
        Resolution draft = Resolution.builder().draft(true).addClauses(Clause.of(ClauseNumber.of(1), "x")).build();
        assertThat(draft.draft()).isTrue();
        assertThat(draft.number()).isEmpty();
        assertThat(draft.adopted()).isEmpty();
        assertThat(draft.documentDate()).isEmpty();
        assertThat(draft.issuer()).isEmpty();
        assertThat(draft.title()).isEmpty();
        assertThat(draft.operativeFormula()).isEmpty();
        assertThat(draft.toString()).isEqualTo("Resolution[draft, issuer=? ?, number=?, adopted=?, clauses=1]");
        assertThat(valid().build().draft()).isFalse();
    }

    @Test
    void theIssuerIsKnownOnlyWhenBothItsKindAndItsOrganizationAre() {
        Resolution kindOnly = Resolution.builder().issuerKind(BodyKind.PRESIDIUM).build();
        assertThat(kindOnly.issuer()).isEmpty();
        assertThat(kindOnly.issuerKind()).contains(BodyKind.PRESIDIUM);
        assertThat(valid().build().issuer()).contains(Body.of(BodyKind.COMMITTEE, OrganizationId.of("ast")));
    }

    @Test
    void adoptedOnSetsOneDay() {
        assertThat(valid().adoptedOn(DAY).build().adopted()).contains(LocalDateRange.ofClosed(DAY, DAY));
    }

    @Test
    void normalisesEveryTextField() {
        Resolution resolution = valid()
                .issuerName(" КОМИТЕТ\n ОБЛАСТНОЙ ")
                .addHeaderLines(" ПРОФСОЮЗ \t")
                .place(" г.  Астрахань")
                .title("Об итогах \n")
                .addPreamble("  Заслушав\n\nи обсудив ")
                .operativeFormula(" Комитет  постановляет: ")
                .build();
        assertThat(resolution.issuerName()).contains("КОМИТЕТ ОБЛАСТНОЙ");
        assertThat(resolution.headerLines()).containsExactly("ПРОФСОЮЗ");
        assertThat(resolution.place()).contains("г. Астрахань");
        assertThat(resolution.title()).contains("Об итогах");
        assertThat(resolution.preamble()).containsExactly("Заслушав и обсудив");
        assertThat(resolution.operativeFormula()).contains("Комитет постановляет:");
    }

    @Test
    void topLevelNumberingIsKeptAsWrittenButMustBeTopLevel() {
        Resolution gap = valid().clauses(List.of(Clause.of(ClauseNumber.of(2), "x"))).build();
        assertThat(gap.clauses()).extracting(Clause::number).containsExactly(ClauseNumber.of(2));
        assertThatThrownBy(() -> valid().addClauses(Clause.of(ClauseNumber.of(4, 1), "x")).build())
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOP_LEVEL_NOT_ROOT));
    }

    @Test
    void adoptedMustBeClosed() {
        for (LocalDateRange open : new LocalDateRange[] {
            LocalDateRange.of(DAY, DAY), LocalDateRange.ofUnboundedEnd(DAY), LocalDateRange.ofUnboundedStart(DAY)}) {
            assertThatThrownBy(() -> valid().adopted(open).build())
                    .isInstanceOfSatisfying(InvalidResolutionException.class, e -> {
                        assertThat(e.errorType()).isEqualTo(ErrorType.DATES_NOT_CLOSED);
                        assertThat(e.field()).isEqualTo("adopted");
                    });
        }
    }

    @Test
    void controlClauseMustBeAClauseOfTheResolution() {
        ControlClause control = ControlClause.of(ClauseNumber.of(3), Assignee.person("Бугрееву Т.М."),
                "Контроль возложить.");
        assertThat(valid().controlClause(control).build().controlClause()).contains(control);
        ControlClause unknown = ControlClause.of(ClauseNumber.of(7), Assignee.person("x"), "Контроль.");
        assertThatThrownBy(() -> valid().controlClause(unknown).build())
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.UNKNOWN_CONTROL_CLAUSE));
    }

    @Test
    void rejectsBlankRequiredTexts() {
        assertThatThrownBy(() -> valid().title(" ").build()).isInstanceOf(InvalidResolutionException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> valid().issuerName("").build()).isInstanceOf(InvalidResolutionException.class);
        assertThatThrownBy(() -> valid().operativeFormula("\n").build()).isInstanceOf(InvalidResolutionException.class);
        assertThatThrownBy(() -> valid().addPreamble(" ").build()).isInstanceOf(InvalidResolutionException.class);
        assertThatThrownBy(() -> valid().place(" ").build()).isInstanceOf(InvalidResolutionException.class);
    }

    @Test
    void nothingIsRequiredSoNothingNeedsAPlaceholder() {
        assertThat(Resolution.builder().title("x").build().clauses()).isEmpty();
    }

    @Test
    void builderCopyIsEqual() {
        Resolution resolution = valid().signatory(Signatory.of("Председатель", "Т.М. Бугреева")).build();
        Resolution copy = Resolution.builder().from(resolution).build();
        assertThat(copy).isEqualTo(resolution).hasSameHashCodeAs(resolution);
        assertThat(Resolution.builder().from(resolution).title("Другое").build()).isNotEqualTo(resolution);
    }

    @Test
    void toStringHasIdentifyingDataOnly() {
        Resolution resolution = valid()
                .signatory(Signatory.of("Председатель", "Т.М. Бугреева"))
                .controlClause(ControlClause.of(ClauseNumber.of(3), Assignee.person("Бугрееву Т.М."), "Контроль."))
                .build();
        assertThat(resolution.toString()).contains("3-1").contains("clauses=3").doesNotContain("Бугреев");
    }
}
