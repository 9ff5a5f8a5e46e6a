package io.github.unionkit.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered, immutable composition of rules about one subject type; {@link #check(Object, RuleContext)}
 * runs them all and gathers their violations into one {@link ValidationReport}, in rule order.
 *
 * <p>Codes are unique within a set: adding a rule whose code is already present replaces nothing and
 * fails, so a report never mixes two meanings of one code.
 *
 * @param <T> the subject type
 */
public final class RuleSet<T> {

    private final List<Rule<? super T>> rules;

    private RuleSet(List<Rule<? super T>> rules) {
        this.rules = rules;
    }

    /**
     * Returns a set of the given rules, in order.
     *
     * @param <T> the subject type
     * @param rules the rules, not null, no null elements, unique codes
     * @return the rule set
     * @throws IllegalArgumentException if two rules share a code
     */
    public static <T> RuleSet<T> of(Collection<? extends Rule<? super T>> rules) {
        List<Rule<? super T>> copy = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<RuleCode> seen = new LinkedHashSet<>();
        for (Rule<? super T> r : copy) {
            if (!seen.add(r.code())) {
                throw new IllegalArgumentException("duplicate rule code in a rule set: " + r.code());
            }
        }
        return new RuleSet<>(copy);
    }

    /**
     * Returns a set of the given rules, in order.
     *
     * @param <T> the subject type
     * @param rules the rules, none null, unique codes
     * @return the rule set
     * @throws IllegalArgumentException if two rules share a code
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only goes to List.of, which copies it
    public static <T> RuleSet<T> of(Rule<? super T>... rules) {
        return RuleSet.<T>of(List.<Rule<? super T>>of(rules));
    }

    /**
     * Runs every rule on the subject.
     *
     * @param subject the subject, not null
     * @param context the context, not null
     * @return the merged report, violations in rule order
     */
    public ValidationReport check(T subject, RuleContext context) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        // Allocate only once a rule finds something: a compliant subject costs no garbage.
        List<Violation> all = null;
        for (int i = 0, n = rules.size(); i < n; i++) {
            Rule<? super T> rule = rules.get(i);
            if (context.isEnabled(rule.code())) {
                List<Violation> found = rule.check(subject, context);
                if (!found.isEmpty()) {
                    if (all == null) {
                        all = new ArrayList<>(found.size() + 4);
                    }
                    all.addAll(found);
                }
            }
        }
        return all == null ? ValidationReport.empty() : ValidationReport.of(all);
    }

    /**
     * Returns this set followed by the rules of another set.
     *
     * @param other the other set, not null
     * @return a new set
     * @throws IllegalArgumentException if a code would appear twice
     */
    public RuleSet<T> and(RuleSet<T> other) {
        Objects.requireNonNull(other, "other");
        List<Rule<? super T>> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return of(all);
    }

    /**
     * Returns this set with one more rule at the end.
     *
     * @param rule the rule, not null
     * @return a new set
     * @throws IllegalArgumentException if its code is already present
     */
    public RuleSet<T> with(Rule<? super T> rule) {
        Objects.requireNonNull(rule, "rule");
        List<Rule<? super T>> all = new ArrayList<>(rules);
        all.add(rule);
        return of(all);
    }

    /**
     * Returns this set without the rule of a code (unchanged if absent).
     *
     * @param code the code, not null
     * @return a new set
     */
    public RuleSet<T> without(RuleCode code) {
        Objects.requireNonNull(code, "code");
        List<Rule<? super T>> kept = new ArrayList<>();
        for (Rule<? super T> r : rules) {
            if (!r.code().equals(code)) {
                kept.add(r);
            }
        }
        return new RuleSet<T>(List.<Rule<? super T>>copyOf(kept));
    }

    /**
     * Returns the rules in order.
     *
     * @return an unmodifiable list
     */
    public List<Rule<? super T>> rules() {
        return rules;
    }

    /**
     * Returns the codes of the rules, in order.
     *
     * @return an unmodifiable ordered set
     */
    public Set<RuleCode> codes() {
        Set<RuleCode> codes = new LinkedHashSet<>();
        for (Rule<? super T> r : rules) {
            codes.add(r.code());
        }
        return Collections.unmodifiableSet(codes);
    }

    @Override
    public String toString() {
        return "RuleSet" + codes();
    }
}
