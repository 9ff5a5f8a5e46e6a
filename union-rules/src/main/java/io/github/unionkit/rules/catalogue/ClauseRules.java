package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.model.path.PropertyPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
                        : List.of(rule.violation(PropertyPath.of("controlClause"),
                                Argument.of("number", resolution.number()))));
    }

    /**
     * {@code UK-CLAUSE-002} (error): the top-level clauses are numbered 1, 2, …, n.
     *
     * @return the rule
     */
    public static Rule<List<Clause>> consecutive() {
        return Rule.of(Codes.CLAUSE_NOT_CONSECUTIVE, Severity.ERROR, (rule, clauses, context) -> {
            List<Violation> out = new ArrayList<>();
            int expected = 1;
            for (Clause c : clauses) {
                if (c.number().depth() == 1) {
                    if (c.number().last() != expected) {
                        out.add(rule.violation(PropertyPath.of("clauses").key(c.number()),
                                Argument.of("clause", c.number()), Argument.of("expected", expected)));
                    }
                    expected = c.number().last() + 1;
                }
            }
            return out;
        });
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
                    out.add(rule.violation(PropertyPath.of("clauses").key(c.number()),
                            Argument.of("clause", c.number()), Argument.of("parent", "-")));
                }
                for (Clause d : c.depthFirst()) {
                    for (Clause child : d.children()) {
                        if (!child.number().parent().map(d.number()::equals).orElse(false)) {
                            out.add(rule.violation(PropertyPath.of("clauses").key(child.number()),
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
            LocalDate date = resolution.documentDate();
            List<DecreeReference> refs = resolution.references();
            for (int i = 0; i < refs.size(); i++) {
                DecreeReference ref = refs.get(i);
                LocalDate refDate = ref.dates().getStart();
                if (refDate.isAfter(date) && !isSelf(resolution, ref)) { // a self-reference is UK-REF-003
                    out.add(rule.violation(PropertyPath.of("references").index(i), Argument.of("reference", ref.number()),
                            Argument.of("referenceDate", ref.dates()), Argument.of("adopted", resolution.adopted())));
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
                    out.add(rule.violation(PropertyPath.of("references").index(i), Argument.of("reference", ref.number()),
                            Argument.of("referenceDate", ref.dates())));
                }
            }
            return out;
        });
    }

    private static boolean isSelf(Resolution resolution, DecreeReference ref) {
        return ref.number().equals(resolution.number()) && ref.dates().overlaps(resolution.adopted())
                && ref.issuerKind().map(kind -> kind == resolution.issuer().kind()).orElse(true);
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
                    if (known.number().equals(ref.number()) && known.adopted().overlaps(ref.dates())
                            && ref.issuerKind().map(k -> k == known.issuer().kind()).orElse(true)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    out.add(rule.violation(PropertyPath.of("references").index(i), Argument.of("reference", ref.number()),
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
