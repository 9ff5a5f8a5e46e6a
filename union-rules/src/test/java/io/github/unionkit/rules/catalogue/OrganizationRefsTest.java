package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Name resolution of the size rules: the seed's nine names in the nominative and in the decree's cases. */
class OrganizationRefsTest {

    private static final String[] NOMINATIVE = {"Ахтубинская ТОП", "Енотаевская ТОП", "Наримановская ТОП",
        "Приволжская ТОП", "Харабалинская ТОП", "Черноярская ТОП", "Володарская ТОП", "Икрянинская ТОП",
        "Камызякская ТОП"};

    /** The seed tree, but registered with nominative names (as the registry writes them). */
    private static OrganizationTree nominativeTree() {
        List<Organization> list = new ArrayList<>();
        for (Organization o : Fixtures.organizations()) {
            if (o.level() != OrganizationLevel.TERRITORIAL) {
                list.add(o);
            }
        }
        for (int i = 0; i < NOMINATIVE.length; i++) {
            list.add(Fixtures.org(Fixtures.territorialId(i), OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT,
                    SeedResolutions.ASTRAKHAN, NOMINATIVE[i]));
        }
        return OrganizationTree.of(list);
    }

    private static String genitive(String nominative) {
        return nominative.replace("ская ТОП", "ской ТОП");
    }

    @Test
    void theNineSeedNamesResolveInTheNominativeAndInTheGenitiveToTheSameOrganization() {
        OrganizationTree tree = nominativeTree();
        for (int i = 0; i < NOMINATIVE.length; i++) {
            OrganizationId expected = Fixtures.territorialId(i);
            for (String form : new String[] {NOMINATIVE[i], genitive(NOMINATIVE[i])}) {
                assertThat(OrganizationRefs.resolve(OrganizationRef.of(form), Optional.of(tree), Fixtures.DOC_DATE))
                        .as(form).contains(expected);
            }
        }
        // And the other way round: the fixture tree has the decree's genitive forms for three of them.
        for (int i = 0; i < NOMINATIVE.length; i++) {
            assertThat(OrganizationRefs.resolve(OrganizationRef.of(NOMINATIVE[i]), Optional.of(Fixtures.tree()),
                    Fixtures.DOC_DATE)).as(NOMINATIVE[i]).contains(Fixtures.territorialId(i));
        }
    }

    @Test
    void theSeedDecreeChecksCleanAgainstARegistryWithNominativeNames() {
        RuleContext context = RuleContext.builder(Fixtures.DOC_DATE).organizations(nominativeTree())
                .membershipCounts(Fixtures.counts(Fixtures.DOC_DATE)).build();
        ValidationReport report = Catalogue.resolution().check(SeedResolutions.astrakhan3of1(), context);
        assertThat(report.codes()).extracting(Object::toString).noneMatch(c -> c.startsWith("UK-SIZE"));
    }

    @Test
    void aNameMatchingTwoOrganizationsByItsStemIsAnAmbiguityNotAGuess() {
        List<Organization> list = new ArrayList<>(Fixtures.organizations());
        list.add(Fixtures.org(OrganizationId.of("kir-1"), OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT,
                SeedResolutions.ASTRAKHAN, "Кировская ТОП"));
        list.add(Fixtures.org(OrganizationId.of("kir-2"), OrganizationLevel.TERRITORIAL, OrganizationKind.CITY,
                SeedResolutions.ASTRAKHAN, "Кировский ТОП"));
        OrganizationTree tree = OrganizationTree.of(list);
        OrganizationRefs.Match match = OrganizationRefs.match(OrganizationRef.of("Кировской ТОП"), Optional.of(tree),
                Fixtures.DOC_DATE);
        assertThat(match.status).isEqualTo(OrganizationRefs.Status.AMBIGUOUS);
        assertThat(match.id).isEmpty();
        assertThat(match.candidates).containsExactly(OrganizationId.of("kir-1"), OrganizationId.of("kir-2"));
        // An exact name still wins over the stems.
        assertThat(OrganizationRefs.resolve(OrganizationRef.of("Кировский ТОП"), Optional.of(tree), Fixtures.DOC_DATE))
                .contains(OrganizationId.of("kir-2"));

        Resolution seed = SeedResolutions.astrakhan3of1();
        Resolution ambiguous = Resolution.builder().from(seed).clauses(renameFirstListed(seed.clauses(),
                "Кировской ТОП", new boolean[1])).build();
        RuleContext context = RuleContext.builder(Fixtures.DOC_DATE).organizations(tree).build();
        ValidationReport report = Catalogue.resolution().check(ambiguous, context);
        assertThat(report.withCode(Codes.SIZE_AMBIGUOUS_NAME).violations()).singleElement().satisfies(v -> {
            assertThat(v.argument("organization")).contains("Кировской ТОП");
            assertThat(v.argument("candidates")).contains("[kir-1, kir-2]");
        });
        assertThat(report.withCode(Codes.SIZE_UNKNOWN_ORGANIZATION).isEmpty()).isTrue();
    }

    /** The clauses with the first organization of the first size band renamed; ancestors rebuilt. */
    private static List<Clause> renameFirstListed(List<Clause> clauses, String name, boolean[] done) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            Clause.Builder b = Clause.builder().from(c);
            if (!done[0] && !c.sizeBands().isEmpty()) {
                List<SizeBand> bands = new ArrayList<>(c.sizeBands());
                SizeBand first = bands.get(0);
                List<OrganizationRef> refs = new ArrayList<>(first.organizations());
                refs.set(0, OrganizationRef.of(name));
                bands.set(0, SizeBand.of(first.range(), first.deadline(), refs, first.subjectAsWritten()));
                b.sizeBands(bands);
                done[0] = true;
            }
            if (!c.children().isEmpty()) {
                b.children(renameFirstListed(c.children(), name, done));
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void aNameWithoutTheAbbreviationOrOfAnotherAbbreviationStaysUnknown() {
        OrganizationTree tree = nominativeTree();
        for (String name : new String[] {"Володарской ППО", "Володарской организации", "Володарск ТОП"}) {
            assertThat(OrganizationRefs.status(OrganizationRef.of(name), Optional.of(tree), Fixtures.DOC_DATE))
                    .as(name).isEqualTo(OrganizationRefs.Status.UNKNOWN);
        }
    }

    @Test
    void twoOrganizationsWithTheSameNameAreAnAmbiguityNotTheFirstOfThem() {
        List<Organization> list = new ArrayList<>(nominativeTree().depthFirst());
        OrganizationId twin = OrganizationId.of("ast.volodarsky.twin");
        list.add(Fixtures.org(twin, OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, SeedResolutions.ASTRAKHAN,
                "Володарская территориальная организация Профсоюза"));
        Optional<OrganizationTree> tree = Optional.of(OrganizationTree.of(list));

        OrganizationRefs.Match match = OrganizationRefs.match(OrganizationRef.of("Володарской ТОП"), tree, Fixtures.DOC_DATE);

        assertThat(match.status).isEqualTo(OrganizationRefs.Status.AMBIGUOUS);
        assertThat(match.candidates).containsExactly(Fixtures.territorialId(6), twin);
        // Written exactly as one of them bears it, the name is that one's.
        assertThat(OrganizationRefs.resolve(OrganizationRef.of("Володарская ТОП"), tree, Fixtures.DOC_DATE))
                .contains(Fixtures.territorialId(6));
    }
}
