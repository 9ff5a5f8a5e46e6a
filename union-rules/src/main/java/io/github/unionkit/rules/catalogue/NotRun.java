package io.github.unionkit.rules.catalogue;

import static io.github.unionkit.model.path.ModelProperty.ADOPTED;
import static io.github.unionkit.model.path.ModelProperty.ISSUER_ORGANIZATION;

import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.util.List;
import java.util.Set;

/**
 * The findings of a rule that could not run, so that no rule is silently skipped: {@code UK-RULE-001}
 * (the resolution's date is unknown), {@code UK-RULE-002} (the data the rule needs, such as membership
 * counts, was not given), {@code UK-RULE-003} (the issuing organization is unknown), {@code UK-RULE-004}
 * (the registry counts members of organizations the tree does not know, so no total can be summed). Warnings: a check
 * with one of them is not a clean pass, but not an error of the document either.
 */
final class NotRun {

    private NotRun() {
    }

    /** The rule needs the resolution's adoption date, and the resolution has none. */
    static List<Violation> noDocumentDate(RuleCode rule) {
        return List.of(Violation.of(Codes.RULE_NO_DOCUMENT_DATE, Severity.WARNING, PropertyPath.of(ADOPTED),
                Argument.of("rule", rule.value())));
    }

    /** The rule needs data the context does not hold ({@code data} names it: "membershipCounts", …). */
    static List<Violation> noData(RuleCode rule, String data) {
        return List.of(Violation.of(Codes.RULE_NO_DATA, Severity.WARNING, PropertyPath.root(),
                Argument.of("rule", rule.value()), Argument.of("data", data)));
    }

    /**
     * The rule needs {@link RuleContext#membershipTotals()}, which is absent: UK-RULE-004 when the
     * registry counts organizations outside the tree (how many, not who: the ids are in the context),
     * UK-RULE-002 otherwise.
     */
    static List<Violation> noTotals(RuleCode rule, RuleContext context) {
        Set<OrganizationId> missing = context.organizationsMissingFromTree();
        if (missing.isEmpty()) {
            return noData(rule, "membershipCounts");
        }
        return List.of(Violation.of(Codes.RULE_COUNTS_OUTSIDE_TREE, Severity.WARNING, PropertyPath.root(),
                Argument.of("rule", rule.value()), Argument.of("count", missing.size()),
                Argument.of("first", missing.iterator().next())));
    }

    /** The rule needs the issuing organization, and it is not known. */
    static List<Violation> noIssuer(RuleCode rule) {
        return List.of(Violation.of(Codes.RULE_NO_ISSUER, Severity.WARNING, PropertyPath.of(ISSUER_ORGANIZATION),
                Argument.of("rule", rule.value())));
    }
}
