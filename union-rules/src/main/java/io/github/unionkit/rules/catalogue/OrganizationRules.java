package io.github.unionkit.rules.catalogue;

import static io.github.unionkit.model.path.ModelProperty.ORGANIZATIONS;
import static io.github.unionkit.model.path.ModelProperty.PARENT;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure rules over a list of organizations ({@code UK-ORG-*}), checked on the raw list — before
 * an {@link io.github.unionkit.model.org.OrganizationTree} is built, which would reject the first
 * problem with an exception instead of reporting them all: unique ids, legal levels, known parents, no
 * cycles, primary organizations of at least the charter minimum, and membership counts consistent
 * between a parent and its children as of one date.
 */
public final class OrganizationRules {

    private OrganizationRules() {
    }

    /**
     * {@code UK-ORG-001} (error): organization ids are unique.
     *
     * @return the rule
     */
    public static Rule<List<Organization>> uniqueIds() {
        return Rule.of(Codes.ORG_DUPLICATE_ID, Severity.ERROR, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            Set<OrganizationId> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                if (!seen.add(list.get(i).id())) {
                    out.add(rule.violation(PropertyPath.of(ORGANIZATIONS).index(i),
                            Argument.of("organization", list.get(i).id())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-ORG-002} (error): each organization's level may sit under its parent's level (regional
     * under national; territorial under regional; primary under territorial or regional; group under
     * primary).
     *
     * @return the rule
     */
    public static Rule<List<Organization>> legalLevels() {
        return Rule.of(Codes.ORG_ILLEGAL_LEVEL, Severity.ERROR, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<OrganizationId, Organization> byId = index(list);
            for (Organization o : list) {
                Optional<Organization> parent = o.parent().map(byId::get);
                if (parent.isPresent() && !o.level().isAllowedUnder(parent.get().level())) {
                    out.add(rule.violation(path(o).property(PARENT), Argument.of("organization", o.id()),
                            Argument.of("level", o.level()), Argument.of("parent", parent.get().id()),
                            Argument.of("parentLevel", parent.get().level()),
                            OrganizationArguments.name("organizationName", o, context.asOf()),
                            OrganizationArguments.name("parentName", parent.get(), context.asOf())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-ORG-003} (error): every parent named exists in the list.
     *
     * @return the rule
     */
    public static Rule<List<Organization>> knownParents() {
        return Rule.of(Codes.ORG_UNKNOWN_PARENT, Severity.ERROR, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<OrganizationId, Organization> byId = index(list);
            for (Organization o : list) {
                if (o.parent().isPresent() && !byId.containsKey(o.parent().get())) {
                    out.add(rule.violation(path(o).property(PARENT), Argument.of("organization", o.id()),
                            Argument.of("parent", o.parent().get()),
                            OrganizationArguments.name("organizationName", o, context.asOf())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-ORG-004} (error): no parent chain loops; each cycle is reported once, at its smallest id.
     *
     * @return the rule
     */
    public static Rule<List<Organization>> noCycles() {
        return Rule.of(Codes.ORG_CYCLE, Severity.ERROR, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<OrganizationId, Organization> byId = index(list);
            Set<OrganizationId> done = new HashSet<>();
            for (Organization start : byId.values()) {
                if (done.contains(start.id())) {
                    continue;
                }
                // Walk up; a node seen twice on this walk closes a cycle.
                Map<OrganizationId, Integer> onPath = new LinkedHashMap<>();
                OrganizationId current = start.id();
                while (current != null && !done.contains(current) && !onPath.containsKey(current)) {
                    onPath.put(current, onPath.size());
                    Organization o = byId.get(current);
                    current = o == null ? null : o.parent().orElse(null);
                }
                if (current != null && onPath.containsKey(current)) {
                    List<OrganizationId> cycle = new ArrayList<>(onPath.keySet())
                            .subList(onPath.get(current), onPath.size());
                    OrganizationId smallest = cycle.stream().min(OrganizationId::compareTo).orElseThrow();
                    out.add(rule.violation(PropertyPath.of(ORGANIZATIONS).key(smallest),
                            Argument.of("organization", smallest), Argument.of("cycle", cycle)));
                }
                done.addAll(onPath.keySet());
            }
            return out;
        });
    }

    /**
     * {@code UK-ORG-005} (error): a primary organization has at least the charter's minimum of members
     * as of the context date (3 in the education union). Needs counts or a registry in the context;
     * without totals it reports that it did not run ({@code UK-RULE-002} or {@code UK-RULE-004}) when the
     * list has a primary organization.
     *
     * @return the rule
     */
    public static Rule<List<Organization>> primaryMinimumSize() {
        return Rule.of(Codes.ORG_PRIMARY_TOO_SMALL, Severity.ERROR, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            Optional<Map<OrganizationId, Integer>> totals = context.membershipTotals();
            if (totals.isEmpty()) {
                boolean anyPrimary = list.stream().anyMatch(o -> o.level() == OrganizationLevel.PRIMARY);
                return anyPrimary ? NotRun.noTotals(rule.code(), context) : out;
            }
            int minimum = context.profile().primaryMinimumMembers();
            for (Organization o : list) {
                int members = totals.get().getOrDefault(o.id(), 0);
                if (o.level() == OrganizationLevel.PRIMARY && members < minimum) {
                    out.add(rule.violation(path(o), Argument.of("organization", o.id()),
                            OrganizationArguments.name("organizationName", o, context.asOf()),
                            Argument.of("members", members), Argument.of("minimum", minimum),
                            Argument.of("asOf", context.asOf())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-ORG-006} (error): with explicit subtree counts, a parent counts at least as many members
     * as its children together, in total and in each category.
     *
     * @return the rule
     */
    public static Rule<List<Organization>> countsConsistent() {
        return Rule.of(Codes.ORG_COUNTS_INCONSISTENT, Severity.ERROR, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            if (context.membershipCounts().isEmpty()) {
                return out;
            }
            Map<OrganizationId, MembershipCount> counts = context.membershipCounts().get();
            Map<OrganizationId, long[]> childSums = new HashMap<>();
            for (Organization o : list) {
                MembershipCount c = counts.get(o.id());
                if (c != null && o.parent().isPresent()) {
                    long[] sum = childSums.computeIfAbsent(o.parent().get(), k -> new long[3]);
                    sum[0] += c.employees();
                    sum[1] += c.pensioners();
                    sum[2] += c.students();
                }
            }
            for (Organization o : list) {
                MembershipCount c = counts.get(o.id());
                long[] sum = childSums.get(o.id());
                if (c != null && sum != null && (c.employees() < sum[0] || c.pensioners() < sum[1]
                        || c.students() < sum[2])) {
                    out.add(rule.violation(path(o), Argument.of("organization", o.id()),
                            OrganizationArguments.name("organizationName", o, context.asOf()),
                            Argument.of("members", c.total()), Argument.of("childrenSum", sum[0] + sum[1] + sum[2]),
                            Argument.of("asOf", c.asOf())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-ORG-007} (warning): explicit membership counts are as of the validation date.
     *
     * @return the rule
     */
    public static Rule<List<Organization>> countsAsOfDate() {
        return Rule.of(Codes.ORG_COUNT_DATE, Severity.WARNING, (rule, list, context) -> {
            List<Violation> out = new ArrayList<>();
            if (context.membershipCounts().isEmpty()) {
                return out;
            }
            for (Organization o : list) {
                MembershipCount c = context.membershipCounts().get().get(o.id());
                if (c != null && !c.asOf().equals(context.asOf())) {
                    out.add(rule.violation(path(o), Argument.of("organization", o.id()),
                            OrganizationArguments.name("organizationName", o, context.asOf()),
                            Argument.of("countAsOf", c.asOf()), Argument.of("asOf", context.asOf())));
                }
            }
            return out;
        });
    }

    /**
     * Returns the seven organization rules.
     *
     * @return the rules in code order
     */
    public static List<Rule<List<Organization>>> all() {
        return List.of(uniqueIds(), legalLevels(), knownParents(), noCycles(), primaryMinimumSize(),
                countsConsistent(), countsAsOfDate());
    }

    private static Map<OrganizationId, Organization> index(List<Organization> list) {
        Map<OrganizationId, Organization> byId = new LinkedHashMap<>();
        for (Organization o : list) {
            byId.putIfAbsent(o.id(), o);
        }
        return byId;
    }

    private static PropertyPath path(Organization o) {
        return PropertyPath.of(ORGANIZATIONS).key(o.id());
    }
}
