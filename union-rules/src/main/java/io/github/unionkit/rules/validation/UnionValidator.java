package io.github.unionkit.rules.validation;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.rules.catalogue.DecreeRegister;
import io.github.unionkit.rules.catalogue.DelegateElection;
import io.github.unionkit.rules.catalogue.MeetingHistory;
import io.github.unionkit.rules.catalogue.VoteRecord;
import io.github.unionkit.rules.validation.internal.ConstraintEngine;
import io.github.unionkit.rules.validation.internal.MemberFastPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validator other systems embed: it checks an object's Jakarta constraints (on fields, getters and
 * record-style accessors such as {@code name()}) and the catalogue rules registered for its type, and
 * returns one {@link ValidationReport}.
 *
 * <p>Jakarta constraints are read by Hibernate Validator 9, bootstrapped without Expression Language
 * (parameter interpolation only) and with a clock fixed at the context's as-of date. For speed, the
 * constraints of each class are compiled once into direct accessor checks; Hibernate Validator itself
 * runs only when those checks find a problem (so messages and paths are Hibernate Validator's own) or
 * when a class uses a constraint the compiler does not know. Violated constraints are reported with code
 * {@code UK-BEAN-001} and the constraint's name; invalid values are never copied into a report.
 *
 * <p>The route for each runtime class (compiled checks, registered rule set) is computed once. A subject
 * with nothing to report costs no allocation: the shared empty report is returned. Member records, the
 * hottest subject, have hand-specialised checks of their constraints and of the built-in member rules,
 * used only while Hibernate Validator's metadata of the model is the one they were written for and the
 * built-in member rules are registered; they only ever short-cut the empty report, so every report with
 * a finding comes from the general route (see {@code docs/decisions/0009-validator-fast-path.md}).
 *
 * <p>Hibernate Validator is an optional dependency of union-rules: {@link #create()} throws an
 * {@link IllegalStateException} with instructions when it is absent. Instances are immutable and
 * thread-safe; create one and share it.
 */
public final class UnionValidator {

    private static final String MISSING = "The UnionKit validator facade needs Hibernate Validator 9 "
            + "(org.hibernate.validator:hibernate-validator), an optional dependency of union-rules: add it to the "
            + "class path or module path. The rule engine (RuleSet, Catalogue) works without it.";

    private final ConstraintEngine constraints;
    private final Map<Class<?>, RuleSet<?>> rules;
    /** Per runtime class, computed once: its constraint checks and the rule set registered for it. */
    private final ClassValue<Route> routes = new ClassValue<>() {
        @Override
        protected Route computeValue(Class<?> type) {
            // The exact class first, then the first registered supertype, in registration order.
            RuleSet<?> set = rules.get(type);
            for (Map.Entry<Class<?>, RuleSet<?>> e : rules.entrySet()) {
                if (set != null) {
                    break;
                }
                if (e.getKey().isAssignableFrom(type)) {
                    set = e.getValue();
                    break;
                }
            }
            // The member record is the hot subject: with the built-in member rules and unchanged
            // metadata, a specialised check answers "nothing to report" without the general route.
            boolean memberFast = set == Catalogue.member() && constraints.memberFastPath(type);
            return new Route(constraints.forClass(type), set, memberFast);
        }
    };

    /** What the facade does with one class: constraint checks, then (if any) its rules. */
    private static final class Route {
        final ConstraintEngine.ClassChecks checks;
        final RuleSet<Object> rules;
        final boolean memberFast;

        @SuppressWarnings("unchecked")
        Route(ConstraintEngine.ClassChecks checks, RuleSet<?> rules, boolean memberFast) {
            this.checks = checks;
            this.rules = (RuleSet<Object>) rules;
            this.memberFast = memberFast;
        }
    }

    private UnionValidator(Builder b) {
        this.constraints = b.engine();
        this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    }

    /**
     * Returns a validator with the built-in catalogue registered for the model's types ({@code Member},
     * {@code Resolution}) and the catalogue's subjects ({@code DecreeRegister}, {@code MeetingHistory},
     * {@code VoteRecord}, {@code DelegateElection}).
     *
     * @return the validator
     * @throws IllegalStateException if Hibernate Validator is not available
     */
    public static UnionValidator create() {
        return builder().build();
    }

    /**
     * Starts a validator with the built-in catalogue registered; more rule sets may be added.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates an object: its Jakarta constraints, then the rules registered for its class (or a
     * supertype), in one report.
     *
     * @param subject the object, not null
     * @param context the context, not null
     * @return the merged report
     */
    public ValidationReport validate(Object subject, RuleContext context) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        Route route = routes.get(subject.getClass());
        if (route.memberFast && MemberFastPath.passes((Member) subject, context)) {
            return ValidationReport.empty();
        }
        List<Violation> beans = route.checks.validate(subject, context.asOf());
        ValidationReport checked = route.rules == null ? ValidationReport.empty() : route.rules.check(subject, context);
        // Valid subjects take no allocation here: the shared empty list and the shared empty report.
        return beans.isEmpty() ? checked : ValidationReport.of(beans).merge(checked);
    }

    /**
     * Validates an object with an explicit rule set (for subjects such as {@code List<Organization>}
     * whose type cannot select rules).
     *
     * @param <T> the subject type
     * @param subject the object, not null
     * @param ruleSet the rules, not null
     * @param context the context, not null
     * @return the merged report
     */
    public <T> ValidationReport validate(T subject, RuleSet<T> ruleSet, RuleContext context) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(context, "context");
        List<Violation> beans = routes.get(subject.getClass()).checks.validate(subject, context.asOf());
        ValidationReport checked = ruleSet.check(subject, context);
        return beans.isEmpty() ? checked : ValidationReport.of(beans).merge(checked);
    }

    /**
     * Checks only the Jakarta constraints of an object.
     *
     * @param subject the object, not null
     * @param context the context (its as-of date anchors {@code @Past}/{@code @Future}), not null
     * @return the report of {@code UK-BEAN-001} violations
     */
    public ValidationReport validateConstraints(Object subject, RuleContext context) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        List<Violation> beans = routes.get(subject.getClass()).checks.validate(subject, context.asOf());
        return beans.isEmpty() ? ValidationReport.empty() : ValidationReport.of(beans);
    }

    /** For tests: whether the specialised member checks stand in for a class's general route. */
    boolean memberFastPathActive(Class<?> type) {
        return routes.get(type).memberFast;
    }

    /** For tests: whether the compiled constraint plan alone finds a subject valid (no Hibernate Validator). */
    boolean compiledConstraintsPass(Object subject, java.time.LocalDate asOf) {
        return constraints.fastPathPasses(subject, asOf);
    }

    /** Builds a {@link UnionValidator}; not thread-safe. */
    public static final class Builder {
        private final Map<Class<?>, RuleSet<?>> rules = new LinkedHashMap<>();
        private boolean compiled = true;

        private Builder() {
            rules.put(Member.class, Catalogue.member());
            rules.put(Resolution.class, Catalogue.resolution());
            rules.put(DecreeRegister.class, Catalogue.register());
            rules.put(MeetingHistory.class, Catalogue.meetings());
            rules.put(VoteRecord.class, Catalogue.votes());
            rules.put(DelegateElection.class, Catalogue.delegates());
        }

        /**
         * Registers (or replaces) the rules for a type and its subtypes.
         *
         * @param <T> the type
         * @param type the type, not null
         * @param ruleSet the rules, not null
         * @return this builder
         */
        public <T> Builder rules(Class<T> type, RuleSet<T> ruleSet) {
            rules.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(ruleSet, "ruleSet"));
            return this;
        }

        /**
         * Chooses whether constraints are compiled into direct checks (the default) or always handed to
         * Hibernate Validator (slower; for comparisons and diagnostics).
         *
         * @param value true to compile
         * @return this builder
         */
        public Builder compiledConstraints(boolean value) {
            this.compiled = value;
            return this;
        }

        /**
         * Builds the validator, bootstrapping Hibernate Validator.
         *
         * @return the validator
         * @throws IllegalStateException if Hibernate Validator is not available
         */
        public UnionValidator build() {
            return new UnionValidator(this);
        }

        private ConstraintEngine engine() {
            if (!hibernateValidatorPresent()) {
                throw new IllegalStateException(MISSING);
            }
            try {
                return ConstraintEngine.create(compiled);
            } catch (LinkageError e) {
                throw new IllegalStateException(MISSING, e);
            }
        }
    }

    static boolean hibernateValidatorPresent() {
        try {
            Class.forName("org.hibernate.validator.HibernateValidator", false, UnionValidator.class.getClassLoader());
            return UnionValidator.class.getModule().isNamed()
                    ? ModuleLayer.boot().findModule("org.hibernate.validator").isPresent()
                            || UnionValidator.class.getModule().getLayer() != null
                            && UnionValidator.class.getModule().getLayer().findModule("org.hibernate.validator").isPresent()
                    : true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
