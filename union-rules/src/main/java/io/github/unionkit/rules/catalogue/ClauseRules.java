package io.github.unionkit.rules.catalogue;

import static io.github.unionkit.model.path.ModelProperty.CLAUSES;
import static io.github.unionkit.model.path.ModelProperty.CONTROL_CLAUSE;
import static io.github.unionkit.model.path.ModelProperty.REFERENCES;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure rules of a resolution's text ({@code UK-CLAUSE-*}, {@code UK-REF-*}): a control clause,
 * clause numbers consecutive and nested correctly, references to earlier decrees and, where a register
 * of known resolutions is given, to existing ones.
 *
 * <p>The clause-numbering rules take the clause list itself as subject, so that a draft (for example a
 * parser's output) can be checked before a {@link Resolution} — which enforces the numbering when
 * built — is assembled.
 */
public final class ClauseRules {

    private ClauseRules() {
    }

    /**
     * {@code UK-CLAUSE-001} (warning): a resolution names who controls its execution.
     *
     * @return the rule
     */
    public static Rule<Resolution> controlClause() {
        return Rule.of(Codes.CLAUSE_NO_CONTROL, Severity.WARNING, (rule, resolution, context) ->
                resolution.controlClause().isPresent() ? List.of()
                        : List.of(rule.violation(PropertyPath.of(CONTROL_CLAUSE),
                                Argument.of("number", resolution.number().map(Object::toString).orElse("?")))));
    }

    /**
     * {@code UK-CLAUSE-002} (error): at every level the clauses are numbered 1, 2, …, n in order (under
     * 3.1: 3.1.1, 3.1.2, …). The model keeps a document's numbering as written, so a gap or a repeat
     * ("1, 2, 4, 4.1") is this finding, never a silent renumbering.
     *
     * @return the rule
     */
    public static Rule<List<Clause>> consecutive() {
        return Rule.of(Codes.CLAUSE_NOT_CONSECUTIVE, Severity.ERROR, (rule, clauses, context) -> {
            List<Violation> out = new ArrayList<>();
            checkLevel(rule, clauses, null, out);
            return out;
        });
    }

    private static void checkLevel(Rule<List<Clause>> rule, List<Clause> siblings, Clause parent, List<Violation> out) {
        int expected = 1;
        for (Clause c : siblings) {
            boolean placed = parent == null ? c.number().depth() == 1
                    : c.number().parent().map(parent.number()::equals).orElse(false);
            if (!placed) {
                continue; // a clause at the wrong level is UK-CLAUSE-003's finding
            }
            if (c.number().last() != expected) {
                Object wanted = parent == null ? Integer.valueOf(expected) : parent.number().child(
                        Math.min(expected, io.github.unionkit.model.decree.ClauseNumber.MAX_PART));
                out.add(rule.violation(PropertyPath.of(CLAUSES).key(c.number()), Argument.of("clause", c.number()),
                        Argument.of("expected", wanted)));
            }
            expected = c.number().last() + 1;
            // The tree is at most ClauseNumber.MAX_DEPTH deep, so the recursion is bounded.
            checkLevel(rule, c.children(), c, out);
        }
    }

    /**
     * {@code UK-CLAUSE-003} (error): each clause stands under the clause its number extends (3.1.2 under
     * 3.1; top-level clauses have one-part numbers).
     *
     * @return the rule
     */
    public static Rule<List<Clause>> nesting() {
        return Rule.of(Codes.CLAUSE_WRONG_NESTING, Severity.ERROR, (rule, clauses, context) -> {
            List<Violation> out = new ArrayList<>();
            for (Clause c : clauses) {
                if (c.number().depth() != 1) {
                    out.add(rule.violation(PropertyPath.of(CLAUSES).key(c.number()),
                            Argument.of("clause", c.number()), Argument.of("parent", "-")));
                }
                for (Clause d : c.depthFirst()) {
                    for (Clause child : d.children()) {
                        if (!child.number().parent().map(d.number()::equals).orElse(false)) {
                            out.add(rule.violation(PropertyPath.of(CLAUSES).key(child.number()),
                                    Argument.of("clause", child.number()), Argument.of("parent", d.number())));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-REF-001} (error): a reference points at a decree dated before the referring one (or on
     * the same day, but never at itself).
     *
     * @return the rule
     */
    public static Rule<Resolution> referencesEarlier() {
        return Rule.of(Codes.REF_NOT_EARLIER, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (resolution.documentDate().isEmpty()) {
                return resolution.references().isEmpty() ? out : NotRun.noDocumentDate(rule.code());
            }
            LocalDate date = resolution.documentDate().get();
            List<DecreeReference> refs = resolution.references();
            for (int i = 0; i < refs.size(); i++) {
                DecreeReference ref = refs.get(i);
                LocalDate refDate = ref.dates().getStart();
                if (refDate.isAfter(date) && !isSelf(resolution, ref)) { // a self-reference is UK-REF-003
                    out.add(rule.violation(PropertyPath.of(REFERENCES).index(i), Argument.of("reference", ref.number()),
                            Argument.of("referenceDate", ref.dates()), Argument.of("adopted", resolution.adopted().get())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-REF-003} (error): a decree does not refer to itself: no reference carries the decree's
     * own number with dates that overlap its adoption, unless the reference names another kind of
     * issuing body.
     *
     * @return the rule
     */
    public static Rule<Resolution> noSelfReference() {
        return Rule.of(Codes.REF_SELF, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            List<DecreeReference> refs = resolution.references();
            for (int i = 0; i < refs.size(); i++) {
                DecreeReference ref = refs.get(i);
                if (isSelf(resolution, ref)) {
                    out.add(rule.violation(PropertyPath.of(REFERENCES).index(i), Argument.of("reference", ref.number()),
                            Argument.of("referenceDate", ref.dates())));
                }
            }
            return out;
        });
    }

    private static boolean isSelf(Resolution resolution, DecreeReference ref) {
        return resolution.number().isPresent() && resolution.adopted().isPresent()
                && ref.number().equals(resolution.number().get()) && ref.dates().overlaps(resolution.adopted().get())
                && ref.issuerKind().map(kind -> resolution.issuerKind().map(own -> own == kind).orElse(true))
                        .orElse(true);
    }

    /**
     * {@code UK-REF-002} (error): with a register of known resolutions in the context, every reference
     * matches one by number, date and, when written, the issuing body's kind.
     *
     * @return the rule
     */
    public static Rule<Resolution> referencesKnown() {
        return Rule.of(Codes.REF_UNKNOWN, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (context.knownResolutions().isEmpty()) {
                return out;
            }
            List<DecreeReference> refs = resolution.references();
            for (int i = 0; i < refs.size(); i++) {
                DecreeReference ref = refs.get(i);
                boolean found = false;
                for (Resolution known : context.knownResolutions().get()) {
                    if (known.number().equals(Optional.of(ref.number()))
                            && known.adopted().map(dates -> dates.overlaps(ref.dates())).orElse(false)
                            && ref.issuerKind().map(k -> known.issuerKind().map(own -> own == k).orElse(true))
                                    .orElse(true)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    out.add(rule.violation(PropertyPath.of(REFERENCES).index(i), Argument.of("reference", ref.number()),
                            Argument.of("referenceDate", ref.dates())));
                }
            }
            return out;
        });
    }

    /**
     * Returns the clause-list rules {@code UK-CLAUSE-002} and {@code 003}.
     *
     * @return the rules
     */
    public static List<Rule<List<Clause>>> clauseListRules() {
        return List.of(consecutive(), nesting());
    }
}
