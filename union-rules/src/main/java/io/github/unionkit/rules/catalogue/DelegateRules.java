package io.github.unionkit.rules.catalogue;


import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.charter.RepresentationNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The representation rules ({@code UK-DELEGATE-*}): each organization elects the delegate quota its
 * membership earns under the profile's representation norm for the body (one congress delegate per
 * 15,000 members and one for a remainder, in the education union). Needs membership counts or a
 * registry in the context; without totals the rules report that they did not run ({@code UK-RULE-002}
 * or {@code UK-RULE-004}).
 */
public final class DelegateRules {

    private DelegateRules() {
    }

    /**
     * {@code UK-DELEGATE-001} (error): no organization elects more delegates than its quota.
     *
     * @return the rule
     */
    public static Rule<DelegateElection> notOverQuota() {
        return compare(Codes.DELEGATE_OVER_QUOTA, Severity.ERROR, true);
    }

    /**
     * {@code UK-DELEGATE-002} (warning): an organization that elects fewer delegates than its quota is
     * noted.
     *
     * @return the rule
     */
    public static Rule<DelegateElection> notUnderQuota() {
        return compare(Codes.DELEGATE_UNDER_QUOTA, Severity.WARNING, false);
    }

    /**
     * Returns both delegate rules.
     *
     * @return the rules
     */
    public static List<Rule<DelegateElection>> all() {
        return List.of(notOverQuota(), notUnderQuota());
    }

    private static Rule<DelegateElection> compare(RuleCode code, Severity severity, boolean over) {
        return Rule.of(code, severity, (rule, election, context) -> {
            List<Violation> out = new ArrayList<>();
            Optional<RepresentationNorm> norm = context.profile().representationNorm(election.body());
            Optional<Map<OrganizationId, Integer>> totals = context.membershipTotals();
            if (norm.isEmpty() || election.delegates().isEmpty()) {
                return out;
            }
            if (totals.isEmpty()) {
                return NotRun.noTotals(rule.code(), context);
            }
            for (Map.Entry<OrganizationId, Integer> e : new TreeMap<>(election.delegates()).entrySet()) {
                Integer members = totals.get().get(e.getKey());
                if (members == null) {
                    continue;
                }
                int quota = norm.get().delegates(members);
                if (over ? e.getValue() > quota : e.getValue() < quota) {
                    out.add(rule.violation(RulePaths.DELEGATES.key(e.getKey()),
                            Argument.of("organization", e.getKey()), Argument.of("delegates", e.getValue()),
                            OrganizationArguments.name("organizationName", e.getKey(), context),
                            Argument.of("quota", quota), Argument.of("members", members),
                            Argument.of("norm", norm.get())));
                }
            }
            return out;
        });
    }
}
