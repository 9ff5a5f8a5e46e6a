package io.github.unionkit.testkit.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.AssigneeKind;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of generated resolutions: invariants, derived views, copies and redaction. */
class GeneratedResolutionPropertiesTest {

    private static final long SEED = 20_201_218L;
    private static final int EXAMPLES = 300;

    @Test
    void generatedResolutionsSatisfyTheInvariants() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(ResolutionGenerators.resolutions()))
                .checkAssert(resolution -> {
                    List<Clause> clauses = resolution.clauses();
                    for (int i = 0; i < clauses.size(); i++) {
                        assertThat(clauses.get(i).number().parts()).containsExactly(i + 1);
                        assertNumberedUnder(clauses.get(i));
                    }
                    assertThat(resolution.adopted()).hasValueSatisfying(adopted -> {
                        assertThat(adopted.isUnboundedStart()).isFalse();
                        assertThat(adopted.isUnboundedEnd()).isFalse();
                        assertThat(adopted.isEmpty()).isFalse();
                    });
                    resolution.controlClause().ifPresent(
                            control -> assertThat(resolution.clause(control.number())).isPresent());
                    for (String text : texts(resolution)) {
                        assertThat(text).isNotEmpty();
                        assertThat(TextNormalizer.isNormalized(text)).as(text).isTrue();
                    }
                });
    }

    @Test
    void assignmentsAndAllClausesEqualADepthFirstWalk() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(ResolutionGenerators.resolutions()))
                .checkAssert(resolution -> {
                    List<Clause> walked = new ArrayList<>();
                    resolution.clauses().forEach(clause -> walk(clause, walked));
                    List<Assignment> assignments = new ArrayList<>();
                    walked.forEach(clause -> clause.assignment().ifPresent(assignments::add));

                    assertThat(resolution.allClauses()).isEqualTo(walked);
                    assertThat(resolution.assignments()).isEqualTo(assignments);
                    for (Clause clause : walked) {
                        assertThat(resolution.clause(clause.number())).containsSame(clause);
                    }
                    ClauseNumber absent = ClauseNumber.of(resolution.clauses().size() + 1);
                    assertThat(resolution.clause(absent)).isEmpty();
                });
    }

    @Test
    void builderCopiesAreEqualAndOneChangeBreaksEquality() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            Resolution resolution = ResolutionGenerators.resolutions().generate(random);
            Resolution copy = Resolution.builder().from(resolution).build();
            assertThat(copy).isEqualTo(resolution).hasSameHashCodeAs(resolution);
            assertThat(copy.assignments()).isEqualTo(resolution.assignments());
            assertThat(Resolution.builder().from(resolution).title(resolution.title() + " x").build())
                    .isNotEqualTo(resolution);
            Clause first = resolution.clauses().get(0);
            assertThat(Clause.builder().from(first).build()).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(Clause.builder().from(first).text(first.text() + " x").build()).isNotEqualTo(first);
        }
    }

    @Test
    void whitespaceNoiseDoesNotChangeTheValue() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < EXAMPLES; i++) {
            Resolution resolution = ResolutionGenerators.resolutions().generate(random);
            Resolution noisy = Resolution.builder().from(resolution)
                    .title(ResolutionGenerators.messy(resolution.title().orElseThrow(), random))
                    .issuerName(ResolutionGenerators.messy(resolution.issuerName().orElseThrow(), random))
                    .operativeFormula(ResolutionGenerators.messy(resolution.operativeFormula().orElseThrow(), random))
                    .clauses(noisy(resolution.clauses(), random))
                    .build();
            assertThat(noisy).isEqualTo(resolution);
        }
    }

    @Test
    void toStringNeverContainsAPersonsName() {
        SplittableRandom random = new SplittableRandom(SEED);
        int names = 0;
        for (int i = 0; i < EXAMPLES; i++) {
            Resolution resolution = ResolutionGenerators.resolutions().generate(random);
            List<String> persons = persons(resolution);
            names += persons.size();
            List<String> printed = new ArrayList<>();
            printed.add(resolution.toString());
            resolution.controlClause().ifPresent(c -> printed.add(c.toString()));
            resolution.signatory().ifPresent(s -> printed.add(s.toString()));
            resolution.allClauses().forEach(c -> printed.add(c.toString()));
            resolution.assignments().forEach(a -> printed.add(a.toString()));
            for (String person : persons) {
                for (String text : printed) {
                    if (text.contains(person)) {
                        throw new AssertionError("a toString() prints a person's name: " + text);
                    }
                }
            }
        }
        assertThat(names).as("the property must see names to mean anything").isGreaterThan(EXAMPLES);
    }

    @Test
    void generatorsCoverEveryAssigneeKindAndOptionalPart() {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<AssigneeKind> kinds = EnumSet.noneOf(AssigneeKind.class);
        int controls = 0;
        int meetings = 0;
        int bands = 0;
        int deep = 0;
        for (int i = 0; i < EXAMPLES; i++) {
            Resolution resolution = ResolutionGenerators.resolutions().generate(random);
            resolution.assignments().forEach(a -> a.assignees().forEach(x -> kinds.add(x.kind())));
            controls += resolution.controlClause().isPresent() ? 1 : 0;
            meetings += resolution.meeting().isPresent() ? 1 : 0;
            bands += resolution.allClauses().stream().mapToInt(c -> c.sizeBands().size()).sum();
            deep += resolution.allClauses().stream().anyMatch(c -> c.number().depth() == 3) ? 1 : 0;
        }
        assertThat(kinds).containsExactlyInAnyOrder(AssigneeKind.values());
        assertThat(controls).isBetween(EXAMPLES / 4, EXAMPLES * 3 / 4);
        assertThat(meetings).isPositive();
        assertThat(bands).isPositive();
        assertThat(deep).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameResolutions() {
        assertThat(ResolutionGenerators.resolutions().list(20, 20).generate(new SplittableRandom(3)))
                .isEqualTo(ResolutionGenerators.resolutions().list(20, 20).generate(new SplittableRandom(3)));
    }

    private static void assertNumberedUnder(Clause parent) {
        List<Clause> children = parent.children();
        for (int i = 0; i < children.size(); i++) {
            List<Integer> expected = new ArrayList<>(parent.number().parts());
            expected.add(i + 1);
            assertThat(children.get(i).number().parts()).isEqualTo(expected);
            assertNumberedUnder(children.get(i));
        }
    }

    private static void walk(Clause clause, List<Clause> out) {
        out.add(clause);
        clause.children().forEach(child -> walk(child, out));
    }

    private static List<String> texts(Resolution resolution) {
        List<String> texts = new ArrayList<>(resolution.headerLines());
        resolution.issuerName().ifPresent(texts::add);
        resolution.title().ifPresent(texts::add);
        resolution.operativeFormula().ifPresent(texts::add);
        texts.addAll(resolution.preamble());
        resolution.place().ifPresent(texts::add);
        for (Clause clause : resolution.allClauses()) {
            texts.add(clause.text());
            texts.addAll(clause.items());
            clause.assignment().ifPresent(a -> {
                texts.add(a.action());
                texts.add(a.subject());
            });
        }
        return texts;
    }

    private static List<String> persons(Resolution resolution) {
        List<Assignee> assignees = new ArrayList<>();
        resolution.assignments().forEach(a -> assignees.addAll(a.assignees()));
        resolution.controlClause().ifPresent(c -> assignees.add(c.controller()));
        List<String> names = new ArrayList<>();
        for (Assignee assignee : assignees) {
            if (assignee instanceof Assignee.Person) {
                names.add(((Assignee.Person) assignee).asWritten());
            } else if (assignee instanceof Assignee.Officer) {
                ((Assignee.Officer) assignee).holder().ifPresent(p -> names.add(p.asWritten()));
            }
        }
        resolution.signatory().flatMap(s -> s.name()).ifPresent(names::add);
        return names;
    }

    private static List<Clause> noisy(List<Clause> clauses, SplittableRandom random) {
        List<Clause> out = new ArrayList<>();
        for (Clause clause : clauses) {
            List<String> items = new ArrayList<>();
            clause.items().forEach(item -> items.add(ResolutionGenerators.messy(item, random)));
            out.add(Clause.builder().from(clause)
                    .text(ResolutionGenerators.messy(clause.text(), random))
                    .items(items)
                    .children(noisy(clause.children(), random))
                    .build());
        }
        return out;
    }
}
