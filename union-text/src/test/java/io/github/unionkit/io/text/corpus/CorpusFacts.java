package io.github.unionkit.io.text.corpus;

import io.github.unionkit.io.text.DecreeElementSpan;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * The ONE place where the corpus reads the parser's API. Everything else in the corpus works on the
 * line-based facts this class returns, so a change of the model (optional number, date, issuer, title,
 * formula; {@code DecreeParseWarning.element()}) is ported here and nowhere else.
 *
 * <p>Fact keys and value forms are documented in the corpus README.md.
 */
final class CorpusFacts {

    /** A warning, reduced to what the scorer needs: the element it names (a property path), its line, its code. */
    record Warned(String element, int line, String code) {
        @Override
        public String toString() {
            return code + "@" + line + "→" + element;
        }
    }

    /**
     * What one parse said.
     *
     * @param facts fact key (e.g. {@code number}, {@code deadline 3.1}) → values; a key absent means the
     *     parser produced nothing for it
     * @param warnings the warnings
     * @param lines element path → the 1-based line where the parser read it
     */
    record Read(Map<String, List<String>> facts, List<Warned> warnings, Map<String, Integer> lines) {
    }

    private CorpusFacts() {
    }

    static Read extract(DecreeParseResult result) {
        Resolution r = result.resolution();
        Map<String, List<String>> facts = new LinkedHashMap<>();
        // Absent elements are absent facts: a fact expected "-" is then right.
        r.number().ifPresent(n -> put(facts, "number", n.toString()));
        r.adopted().ifPresent(a -> put(facts, "date", range(a)));
        r.issuerKind().ifPresent(k -> put(facts, "body", k.name()));
        r.issuerName().ifPresent(n -> put(facts, "issuer", n));
        r.title().ifPresent(t -> put(facts, "title", t));
        r.operativeFormula().ifPresent(f -> put(facts, "formula", f));
        List<String> numbers = new ArrayList<>();
        for (Clause clause : r.allClauses()) {
            String n = clause.number().toString();
            numbers.add(n);
            if (!clause.items().isEmpty()) {
                put(facts, "items " + n, Integer.toString(clause.items().size()));
            }
            clause.assignment().ifPresent(a -> {
                if (a.deadline().kind() != DeadlineKind.UNSPECIFIED || a.deadline().phrase().isPresent()) {
                    // "-" in a facts file means no deadline: an unspecified one is no fact.
                    put(facts, "deadline " + n, deadline(a.deadline()));
                }
                List<String> kinds = new ArrayList<>();
                for (Assignee assignee : a.assignees()) {
                    kinds.add(assignee(assignee));
                }
                put(facts, "assignee " + n, String.join(" + ", kinds));
            });
        }
        if (!numbers.isEmpty()) {
            put(facts, "clauses", String.join(",", numbers));
        }
        for (DecreeReference ref : r.references()) {
            put(facts, "reference", ref.number() + "@" + range(ref.dates()));
        }
        r.controlClause().ifPresent(c -> {
            List<String> controllers = new ArrayList<>();
            for (Assignee controller : c.controllers()) {
                controllers.add(assignee(controller));
            }
            put(facts, "control", String.join(" + ", controllers));
        });
        r.signatory().ifPresent(s -> put(facts, "signatory", s.position() + " | " + s.name().orElse("-")));
        for (Attachment a : r.attachments()) {
            put(facts, "attachment", a.title());
        }
        put(facts, "draft", Boolean.toString(r.draft()));

        Map<String, Integer> lines = new TreeMap<>();
        List<DecreeElementSpan> spans = result.spans();
        for (DecreeElementSpan span : spans) {
            String path = span.path().toString();
            lines.putIfAbsent(path, span.line());
        }
        List<Warned> warnings = new ArrayList<>();
        for (DecreeParseWarning w : result.warnings()) {
            warnings.add(new Warned(element(w), w.line(), w.code().name()));
        }
        return new Read(facts, warnings, lines);
    }

    /** The warning's element; the issuer's organization id counts as "issuer.id", never as the issuer. */
    private static String element(DecreeParseWarning w) {
        String element = w.element().toString();
        return element.equals("issuerOrganization") ? "issuer.id" : element.equals("issuerKind") || element.equals("issuerName") ? "issuer" : element;
    }

    private static void put(Map<String, List<String>> facts, String key, String value) {
        facts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    static String range(LocalDateRange range) {
        LocalDate start = range.getStart();
        if (range.isUnboundedEnd()) {
            return range.isUnboundedStart() ? "..." : start + "/...";
        }
        LocalDate end = range.getEndInclusive();
        return start.equals(end) ? start.toString() : start + "/" + end;
    }

    static String deadline(Deadline d) {
        switch (d.kind()) {
            case ONGOING: return "ongoing";
            case RECURRING: return "recurring";
            case UNSPECIFIED: return d.phrase().isPresent() ? "unresolved" : "-";
            case UNRESOLVED: case AFTER_EVENT: return "unresolved";
            default: return range(d.window());
        }
    }

    static String assignee(Assignee a) {
        if (a instanceof Assignee.BodyOf b) {
            return "BODY:" + b.bodyKind();
        } else if (a instanceof Assignee.OneOrganization o) {
            return "ORGANIZATION:" + o.organization().asWritten();
        } else if (a instanceof Assignee.Organizations os) {
            List<String> names = new ArrayList<>();
            for (OrganizationRef ref : os.organizations()) {
                names.add(ref.asWritten());
            }
            return "ORGANIZATIONS:" + String.join("; ", names);
        } else if (a instanceof Assignee.AllOf all) {
            return "ALL_OF_LEVEL:" + all.level();
        } else if (a instanceof Assignee.Officer off) {
            return "OFFICER:" + off.role() + off.holder().map(p -> "/" + p.asWritten()).orElse("");
        } else if (a instanceof Assignee.Person p) {
            return "PERSON:" + p.asWritten();
        }
        return "?" + a.kind();
    }
}
