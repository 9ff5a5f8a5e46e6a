package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineAndClauseRulesTest {

    private static final RuleContext CONTEXT = RuleContext.of(Fixtures.DOC_DATE);

    @Test
    void theSeedDecreeOnlyNotesItsAssignmentsWithoutDeadline() {
        ValidationReport report = Catalogue.resolution().check(SeedResolutions.astrakhan3of1(), CONTEXT);
        assertThat(report.isValid()).as(report.toString()).isTrue();
        // Without membership counts the size rules cannot run, and say so.
        assertThat(report.codes()).containsOnly(Codes.DEADLINE_UNSPECIFIED, Codes.RULE_NO_DATA);
    }

    @Test
    void aClauseWhoseMembershipBandsCarryTheDeadlinesIsNotNotedAsHavingNone() {
        List<String> noted = DeadlineRules.specified().check(SeedResolutions.astrakhan3of1(), CONTEXT).stream()
                .map(v -> v.argument("clause").orElseThrow()).toList();

        assertThat(noted).contains("3.1.3", "5.2").doesNotContain("4.3");
    }

    @Test
    void deadlinesBeforeAdoptionTooShortAndBeyondTermAndProgrammeAreReported() {
        LocalDate doc = Fixtures.DOC_DATE;
        Resolution r = withDeadline(Deadline.onDay(doc.minusDays(1)));
        assertThat(DeadlineRules.afterAdoption().check(r, CONTEXT)).hasSize(1);
        Resolution shortUntil = withDeadline(Deadline.until(doc, doc.plusDays(5), UntilPolicy.EXCLUSIVE));
        assertThat(DeadlineRules.untilNotTooShort().check(shortUntil, CONTEXT)).singleElement()
                .satisfies(v -> assertThat(v.argument("days")).contains("4"));
        Resolution inProgramme = withDeadline(Deadline.inYear(Year.of(2025)));
        assertThat(DeadlineRules.insideProgramme().check(inProgramme, CONTEXT)).isEmpty();
        assertThat(DeadlineRules.insideTerm().check(inProgramme, CONTEXT)).isEmpty();
        Resolution tooLong = withDeadline(Deadline.inYear(Year.of(2026)));
        assertThat(DeadlineRules.insideProgramme().check(tooLong, CONTEXT)).hasSize(1);
        assertThat(DeadlineRules.insideTerm().check(tooLong, CONTEXT)).singleElement()
                .satisfies(v -> assertThat(v.argument("limit")).contains("2025-12-31"));
        // The seed's own "до 29 декабря 2020 г." leaves 10 days: no warning.
        assertThat(DeadlineRules.untilNotTooShort().check(SeedResolutions.astrakhan3of1(), CONTEXT)).isEmpty();
    }

    @Test
    void aDeadlineAlreadyPastAtAdoptionIsAnErrorAndAnUnresolvedOneAWarning() {
        Resolution past = withDeadline(Deadline.inYear(Year.of(Fixtures.DOC_DATE.getYear() - 1)).withPhrase("в 2019 году"));
        assertThat(DeadlineRules.afterAdoption().check(past, CONTEXT)).singleElement()
                .satisfies(v -> assertThat(v.argument("deadline")).contains("в 2019 году"));

        Resolution refused = withDeadline(Deadline.refused("до 2025 года", UnresolvedDeadline.Refusal.UNSUPPORTED));
        ValidationReport report = Catalogue.resolution().check(refused, CONTEXT);
        assertThat(report.codes()).contains(Codes.DEADLINE_UNRESOLVED);
        assertThat(DeadlineRules.resolved().check(refused, CONTEXT)).singleElement().satisfies(v -> {
            assertThat(v.argument("deadline")).contains("до 2025 года");
            assertThat(v.argument("reason")).contains("UNSUPPORTED");
        });
        Resolution undated = withDeadline(Deadline.unresolved("в январе", UnresolvedDeadline.Reason.NO_DOCUMENT_DATE));
        assertThat(DeadlineRules.resolved().check(undated, CONTEXT)).singleElement()
                .satisfies(v -> assertThat(v.argument("reason")).contains("NO_DOCUMENT_DATE"));
        assertThat(DeadlineRules.resolved().check(SeedResolutions.astrakhan3of1(), CONTEXT)).isEmpty();
    }

    @Test
    void aDecreeReferringToItselfIsAnErrorWithItsOwnCode() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        Resolution self = Resolution.builder().from(seed).addReferences(DecreeReference.of(seed.number().orElseThrow(),
                seed.documentDate().orElseThrow(), "№ 3-1 от 18.12.2020")).build();
        assertThat(ClauseRules.noSelfReference().check(seed, CONTEXT)).isEmpty();
        assertThat(ClauseRules.noSelfReference().check(self, CONTEXT)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.REF_SELF);
            assertThat(v.path().toString()).contains("references");
            assertThat(v.message(java.util.Locale.ENGLISH)).contains("points at this decree itself");
            assertThat(v.message(java.util.Locale.forLanguageTag("ru"))).contains("само это постановление");
        });
        assertThat(ClauseRules.referencesEarlier().check(self, CONTEXT)).isEmpty();
        assertThat(Catalogue.resolution().check(self, CONTEXT).withCode(Codes.REF_SELF).size()).isEqualTo(1);
        Resolution sameNumberEarlierYear = Resolution.builder().from(seed).addReferences(DecreeReference.of(
                seed.number().orElseThrow(), LocalDate.of(2019, 12, 18), "№ 3-1 от 18.12.2019")).build();
        assertThat(ClauseRules.noSelfReference().check(sameNumberEarlierYear, CONTEXT)).isEmpty();
    }

    @Test
    void missingControlClauseAndBadReferencesAreReported() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        assertThat(ClauseRules.controlClause().check(seed, CONTEXT)).isEmpty();
        Resolution noControl = Resolution.builder().from(seed).controlClause(java.util.Optional.empty()).build();
        assertThat(ClauseRules.controlClause().check(noControl, CONTEXT)).hasSize(1);
        Resolution future = Resolution.builder().from(seed).addReferences(DecreeReference.of(DecreeNumber.parse("9-9"),
                LocalDate.of(2021, 5, 1), "№ 9-9 от 01.05.2021")).build();
        assertThat(ClauseRules.referencesEarlier().check(future, CONTEXT)).hasSize(1);
        assertThat(ClauseRules.referencesEarlier().check(seed, CONTEXT)).isEmpty();
        Resolution known = Resolution.builder().from(seed).number(DecreeNumber.parse("27-5"))
                .adopted(org.threeten.extra.LocalDateRange.ofClosed(LocalDate.of(2018, 12, 18), LocalDate.of(2018, 12, 18)))
                .issuer(io.github.unionkit.model.body.Body.of(io.github.unionkit.model.body.BodyKind.PRESIDIUM,
                        SeedResolutions.ASTRAKHAN)).build();
        RuleContext withRegister = RuleContext.builder(Fixtures.DOC_DATE).knownResolutions(List.of(known)).build();
        // № 27-5 exists, № 5-4 of the Executive Committee does not.
        assertThat(ClauseRules.referencesKnown().check(seed, withRegister)).singleElement()
                .satisfies(v -> assertThat(v.argument("reference")).contains("5-4"));
    }

    @Test
    void clauseListsWithGapsOrWrongNestingAreReported() {
        List<Clause> clauses = List.of(Clause.of(ClauseNumber.of(1), "a"), Clause.of(ClauseNumber.of(3), "b"),
                Clause.of(ClauseNumber.of(3, 1), "c"));
        assertThat(ClauseRules.consecutive().check(clauses, CONTEXT)).hasSize(1);
        assertThat(ClauseRules.nesting().check(clauses, CONTEXT)).hasSize(1);
        assertThat(ClauseRules.consecutive().check(SeedResolutions.astrakhan3of1().clauses(), CONTEXT)).isEmpty();
        List<Clause> childGap = List.of(Clause.builder().number(ClauseNumber.of(1)).text("a")
                .addChildren(Clause.of(ClauseNumber.of(1, 1), "b"), Clause.of(ClauseNumber.of(1, 3), "c"),
                        Clause.of(ClauseNumber.of(1, 3), "d")).build());
        assertThat(ClauseRules.consecutive().check(childGap, CONTEXT)).extracting(v -> v.argument("clause"))
                .containsExactly(java.util.Optional.of("1.3"), java.util.Optional.of("1.3"));
        assertThat(ClauseRules.nesting().check(SeedResolutions.astrakhan3of1().clauses(), CONTEXT)).isEmpty();
    }

    /** The seed with clause 3.1.2's deadline replaced. */
    private static Resolution withDeadline(Deadline deadline) {
        Resolution seed = SeedResolutions.astrakhan3of1();
        List<Clause> clauses = new ArrayList<>(seed.clauses());
        Clause three = clauses.get(2);
        Clause c31 = three.children().get(0);
        Clause c312 = c31.children().get(1);
        Assignment a = c312.assignment().orElseThrow().withDeadline(deadline);
        List<Clause> c31children = new ArrayList<>(c31.children());
        c31children.set(1, Clause.builder().from(c312).assignment(a).build());
        List<Clause> threeChildren = new ArrayList<>(three.children());
        threeChildren.set(0, Clause.builder().from(c31).children(c31children).build());
        clauses.set(2, Clause.builder().from(three).children(threeChildren).build());
        return Resolution.builder().from(seed).clauses(clauses).build();
    }

    @Test
    void anUndatedDecreesDeadlineRulesSayTheyDidNotRunInsteadOfPassing() {
        Resolution undated = Resolution.builder().from(SeedResolutions.astrakhan3of1())
                .adopted(java.util.Optional.empty()).build();

        for (io.github.unionkit.rules.Rule<Resolution> rule : List.of(DeadlineRules.afterAdoption(),
                DeadlineRules.insideProgramme(), DeadlineRules.insideTerm(), DeadlineRules.untilNotTooShort(),
                ClauseRules.referencesEarlier())) {
            assertThat(rule.check(undated, CONTEXT)).as(rule.code().value()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(Codes.RULE_NO_DOCUMENT_DATE);
                assertThat(v.argument("rule")).contains(rule.code().value());
            });
        }
    }
}
