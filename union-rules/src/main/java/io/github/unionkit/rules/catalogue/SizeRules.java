package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.model.path.PropertyPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The membership-size routing rules ({@code UK-SIZE-*}): a clause that routes organizations by
 * membership size (the seed's clause 4.3) must have complementary bands, and its named lists must
 * agree with the registry — every addressed organization listed once, in the band its membership as of
 * the context date falls in.
 */
public final class SizeRules {

    private SizeRules() {
    }

    /**
     * {@code UK-SIZE-001} (error): the bands of one clause must cover every count from 0 exactly once.
     *
     * @return the rule
     */
    public static Rule<Resolution> bandsComplementary() {
        return Rule.of(Codes.SIZE_BANDS_NOT_COMPLEMENTARY, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            for (Clause clause : banded(resolution)) {
                List<MembershipRange> ranges = new ArrayList<>();
                clause.sizeBands().forEach(b -> ranges.add(b.range()));
                ranges.sort(Comparator.comparingInt(MembershipRange::minInclusive));
                SizeTiers.coverageProblem(ranges).ifPresent(problem -> out.add(rule.violation(
                        clausePath(clause.number()).property("sizeBands"),
                        Argument.of("clause", clause.number()), Argument.of("bands", ranges),
                        Argument.of("problem", problem))));
            }
            return out;
        });
    }

    /**
     * {@code UK-SIZE-002} (error): a listed organization's membership (from the context's counts or
     * registry) must fall in the band that lists it: a finding for exactly the {@link SizeRouting} entries
     * that are {@linkplain SizeRouting.Entry#misplaced() misplaced}. Without totals it reports that it did not run
     * ({@code UK-RULE-002} or {@code UK-RULE-004}).
     *
     * @return the rule
     */
    public static Rule<Resolution> wrongBand() {
        return Rule.of(Codes.SIZE_WRONG_BAND, Severity.ERROR, (rule, resolution, context) -> {
            Optional<Map<OrganizationId, Integer>> totals = context.membershipTotals();
            List<Violation> out = new ArrayList<>();
            if (totals.isEmpty()) {
                return hasListedOrganizations(resolution) ? NotRun.noTotals(rule.code(), context) : out;
            }
            for (SizeRouting routing : SizeRouting.of(resolution, context)) {
                List<SizeBand> bands = routing.clause().sizeBands();
                for (SizeRouting.Entry entry : routing.entries()) {
                    if (entry.misplaced()) {
                        int b = entry.listedBand().getAsInt();
                        String expected = entry.expectedBand().isPresent()
                                ? bands.get(entry.expectedBand().getAsInt()).range().toString() : "-";
                        out.add(rule.violation(listPath(routing.clause(), b, entry.listedIndex().getAsInt()),
                                Argument.of("organization", entry.organization().orElseThrow()),
                                OrganizationArguments.name("organizationName", entry.organization().orElseThrow(), context),
                                Argument.of("members", entry.members().getAsInt()),
                                Argument.of("band", bands.get(b).range()), Argument.of("expected", expected),
                                Argument.of("asOf", context.asOf())));
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-SIZE-003} (error): an organization may be listed only once across the bands of a clause.
     *
     * @return the rule
     */
    public static Rule<Resolution> listedTwice() {
        return Rule.of(Codes.SIZE_LISTED_TWICE, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            // Names are resolved as of the decree's date; of the validation date when it is unknown.
            LocalDate date = resolution.documentDate().orElse(context.asOf());
            for (Clause clause : banded(resolution)) {
                Map<String, String> firstSeen = new HashMap<>();
                List<SizeBand> bands = clause.sizeBands();
                for (int b = 0; b < bands.size(); b++) {
                    for (int o = 0; o < bands.get(b).organizations().size(); o++) {
                        OrganizationRef ref = bands.get(b).organizations().get(o);
                        String key = OrganizationRefs.identity(ref, context.organizations(), date);
                        String here = bands.get(b).range().toString();
                        String first = firstSeen.putIfAbsent(key, here);
                        if (first != null) {
                            out.add(rule.violation(listPath(clause, b, o),
                                    Argument.of("organization", OrganizationRefs.display(ref, context.organizations(), date)),
                                    Argument.of("band", here), Argument.of("firstBand", first)));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-SIZE-004} (error): every listed organization must exist in the registry (resolved by id,
     * or by any of its names as of the decree date). Silent for name-only lists without a tree.
     *
     * @return the rule
     */
    public static Rule<Resolution> unknownOrganization() {
        return Rule.of(Codes.SIZE_UNKNOWN_ORGANIZATION, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            // Names are resolved as of the decree's date; of the validation date when it is unknown.
            LocalDate date = resolution.documentDate().orElse(context.asOf());
            for (Clause clause : banded(resolution)) {
                List<SizeBand> bands = clause.sizeBands();
                for (int b = 0; b < bands.size(); b++) {
                    for (int o = 0; o < bands.get(b).organizations().size(); o++) {
                        OrganizationRef ref = bands.get(b).organizations().get(o);
                        if (OrganizationRefs.status(ref, context.organizations(), date)
                                == OrganizationRefs.Status.UNKNOWN) {
                            out.add(rule.violation(listPath(clause, b, o), Argument.of("organization",
                                    ref.id().map(Object::toString).orElse(ref.asWritten()))));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-SIZE-005} (error): every organization the clause addresses — the organizations of the
     * assigned level (territorial by default) below the issuing organization — must be listed in some
     * band. Needs the organization tree.
     *
     * @return the rule
     */
    public static Rule<Resolution> notListed() {
        return Rule.of(Codes.SIZE_NOT_LISTED, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            Optional<OrganizationTree> tree = context.organizations();
            if (!hasListedOrganizations(resolution)) {
                return out;
            }
            if (tree.isEmpty()) {
                return NotRun.noData(rule.code(), "organizations");
            }
            if (resolution.issuerOrganization().isEmpty() || !tree.get().contains(resolution.issuerOrganization().get())) {
                return NotRun.noIssuer(rule.code());
            }
            for (SizeRouting routing : SizeRouting.of(resolution, context)) {
                boolean anyNamed = routing.clause().sizeBands().stream().anyMatch(b -> !b.organizations().isEmpty());
                if (!anyNamed) {
                    continue;
                }
                OrganizationLevel level = SizeRouting.addressedLevel(resolution, routing.clause().number());
                for (SizeRouting.Entry entry : routing.entries()) {
                    if (entry.listedBand().isEmpty()) {
                        out.add(rule.violation(clausePath(routing.clause().number()).property("sizeBands"),
                                Argument.of("organization", entry.organization().orElseThrow()),
                                OrganizationArguments.name("organizationName", entry.organization().orElseThrow(), context),
                                Argument.of("level", level)));
                    }
                }
            }
            return out;
        });
    }

    private static boolean hasListedOrganizations(Resolution resolution) {
        for (Clause clause : banded(resolution)) {
            for (SizeBand band : clause.sizeBands()) {
                if (!band.organizations().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code UK-SIZE-006} (warning): a name in a band's list (without an id) that the tree does not know
     * exactly must not match several organizations by its stem ("Кировской ТОП" when the tree has two
     * organizations called "Кировская ТОП"); such a name is left unresolved rather than guessed. Needs the
     * organization tree.
     *
     * @return the rule
     */
    public static Rule<Resolution> ambiguousName() {
        return Rule.of(Codes.SIZE_AMBIGUOUS_NAME, Severity.WARNING, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (context.organizations().isEmpty()) {
                return out;
            }
            // Names are resolved as of the decree's date; of the validation date when it is unknown.
            LocalDate date = resolution.documentDate().orElse(context.asOf());
            for (Clause clause : banded(resolution)) {
                List<SizeBand> bands = clause.sizeBands();
                for (int b = 0; b < bands.size(); b++) {
                    for (int o = 0; o < bands.get(b).organizations().size(); o++) {
                        OrganizationRef ref = bands.get(b).organizations().get(o);
                        OrganizationRefs.Match match = OrganizationRefs.match(ref, context.organizations(), date);
                        if (match.status == OrganizationRefs.Status.AMBIGUOUS) {
                            out.add(rule.violation(listPath(clause, b, o), Argument.of("organization", ref.asWritten()),
                                    Argument.of("candidates", match.candidates)));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Returns the six size rules.
     *
     * @return the rules in code order
     */
    public static List<Rule<Resolution>> all() {
        return List.of(bandsComplementary(), wrongBand(), listedTwice(), unknownOrganization(), notListed(),
                ambiguousName());
    }

    private static List<Clause> banded(Resolution resolution) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : resolution.allClauses()) {
            if (!c.sizeBands().isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static PropertyPath clausePath(ClauseNumber number) {
        return PropertyPath.of("clauses").key(number);
    }

    private static PropertyPath listPath(Clause clause, int band, int organization) {
        return clausePath(clause.number()).property("sizeBands").index(band).property("organizations")
                .index(organization);
    }
}
