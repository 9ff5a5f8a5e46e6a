package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The built-in rule catalogue, grouped by subject into ready-made {@link RuleSet}s. Every rule's code,
 * severity, messages and an example are documented in {@code docs/rules.md}.
 */
public final class Catalogue {

    private static final RuleSet<Resolution> RESOLUTION = buildResolution();
    private static final RuleSet<DecreeRegister> REGISTER = RuleSet.of(DecreeRules.registerRules());
    private static final RuleSet<List<Organization>> ORGANIZATIONS = RuleSet.of(OrganizationRules.all());
    private static final RuleSet<Member> MEMBER = RuleSet.of(MemberRules.memberRules());
    private static final RuleSet<List<Member>> MEMBERS = buildMembers();
    private static final RuleSet<MeetingHistory> MEETINGS = RuleSet.of(MeetingRules.historyRules());
    private static final RuleSet<VoteRecord> VOTES = RuleSet.of(MeetingRules.voteRules());
    private static final RuleSet<DelegateElection> DELEGATES = RuleSet.of(DelegateRules.all());

    private Catalogue() {
    }

    /**
     * Returns the rules about one resolution: membership-size routing, deadlines, control clause, clause
     * numbering, references, and the number's consistency with its meeting.
     *
     * @return the rule set
     */
    public static RuleSet<Resolution> resolution() {
        return RESOLUTION;
    }

    /**
     * Returns the rules about a body's decree register.
     *
     * @return the rule set
     */
    public static RuleSet<DecreeRegister> register() {
        return REGISTER;
    }

    /**
     * Returns the rules about a list of organizations (the raw material of an organization tree).
     *
     * @return the rule set
     */
    public static RuleSet<List<Organization>> organizations() {
        return ORGANIZATIONS;
    }

    /**
     * Returns the rules about one member record.
     *
     * @return the rule set
     */
    public static RuleSet<Member> member() {
        return MEMBER;
    }

    /**
     * Returns the rules about a list of member records: each member's rules (paths
     * {@code members[i]…}) and unique ids.
     *
     * @return the rule set
     */
    public static RuleSet<List<Member>> members() {
        return MEMBERS;
    }

    /**
     * Returns the rules about a body's meetings.
     *
     * @return the rule set
     */
    public static RuleSet<MeetingHistory> meetings() {
        return MEETINGS;
    }

    /**
     * Returns the rules about a vote.
     *
     * @return the rule set
     */
    public static RuleSet<VoteRecord> votes() {
        return VOTES;
    }

    /**
     * Returns the rules about a delegate election.
     *
     * @return the rule set
     */
    public static RuleSet<DelegateElection> delegates() {
        return DELEGATES;
    }

    /**
     * Returns every built-in rule once, in code order within each family.
     *
     * @return an unmodifiable list
     */
    public static List<Rule<?>> allRules() {
        List<Rule<?>> all = new ArrayList<>();
        all.addAll(RESOLUTION.rules());
        all.addAll(REGISTER.rules());
        all.addAll(ORGANIZATIONS.rules());
        all.addAll(MEMBERS.rules());
        all.addAll(MEETINGS.rules());
        all.addAll(VOTES.rules());
        all.addAll(DELEGATES.rules());
        all.sort(java.util.Comparator.comparing(r -> r.code()));
        return Collections.unmodifiableList(all);
    }

    /**
     * Lifts a rule about one element to a rule about a list: it checks every element and prefixes each
     * path with {@code property[i]}.
     *
     * @param <T> the element type
     * @param rule the element rule, not null
     * @param property the list's property name, e.g. {@code members}
     * @return the list rule, with the same code and severity
     */
    public static <T> Rule<List<T>> each(Rule<? super T> rule, String property) {
        Objects.requireNonNull(rule, "rule");
        PropertyPath base = PropertyPath.of(property);
        return Rule.of(rule.code(), rule.severity(), (self, list, context) -> {
            List<Violation> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                for (Violation v : rule.check(list.get(i), context)) {
                    out.add(v.under(base.index(i)));
                }
            }
            return out;
        });
    }

    private static RuleSet<Resolution> buildResolution() {
        List<Rule<? super Resolution>> rules = new ArrayList<>(SizeRules.all());
        rules.addAll(DeadlineRules.all());
        rules.add(ClauseRules.controlClause());
        for (Rule<List<io.github.unionkit.model.decree.Clause>> r : ClauseRules.clauseListRules()) {
            rules.add(r.<Resolution>on(Resolution::clauses, PropertyPath.root()));
        }
        rules.add(ClauseRules.referencesEarlier());
        rules.add(ClauseRules.referencesKnown());
        rules.add(ClauseRules.noSelfReference());
        rules.add(DecreeRules.numberMatchesMeeting());
        rules.add(DecreeRules.requiredElements());
        rules.add(DecreeRules.titleAndFormula());
        return RuleSet.of(rules);
    }

    private static RuleSet<List<Member>> buildMembers() {
        List<Rule<? super List<Member>>> rules = new ArrayList<>();
        for (Rule<Member> r : MemberRules.memberRules()) {
            rules.add(each(r, "members"));
        }
        rules.add(MemberRules.uniqueIds());
        return RuleSet.of(rules);
    }
}
