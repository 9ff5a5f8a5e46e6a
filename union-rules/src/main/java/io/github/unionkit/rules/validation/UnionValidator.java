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
import io.github.unionkit.rules.validation.internal.HibernateBackend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validator other systems embed: it checks an object's Jakarta constraints (on fields, getters and
 * record-style accessors such as {@code name()}) and the catalogue rules registered for its type, and
 * returns one {@link ValidationReport}.
 *
 * <p>There is one route: Jakarta constraints are read by Hibernate Validator 9, bootstrapped without
 * Expression Language (parameter interpolation only) and with a clock fixed at the context's as-of date,
 * then the rule set registered for the subject's class runs. The model's own invariants
 * ({@code @Value.Check}) hold from construction, so they need no second check here. Violated constraints
 * are reported with code {@code UK-BEAN-001} and the constraint's name; invalid values are never copied
 * into a report. The rule set of each runtime class is looked up once; a subject with nothing to report
 * gets the shared empty report. Any class loader works: nothing is compiled against the subject's class
 * (see {@code docs/decisions/0039-one-validation-route.md}).
 *
 * <p>Hibernate Validator is an optional dependency of union-rules: {@link #create()} throws an
 * {@link IllegalStateException} with instructions when it is absent. Instances are immutable and
 * thread-safe; create one and share it.
 */
public final class UnionValidator {

    private static final String MISSING = "The UnionKit validator facade needs Hibernate Validator 9 "
            + "(org.hibernate.validator:hibernate-validator), an optional dependency of union-rules: add it to the "
            + "class path or module path. The rule engine (RuleSet, Catalogue) works without it.";

    private final HibernateBackend constraints;
    private final Map<Class<?>, RuleSet<?>> rules;
    /** Per runtime class, looked up once: the rule set registered for it (or {@link #NO_RULES}). */
    private final ClassValue<RuleSet<Object>> routes = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected RuleSet<Object> computeValue(Class<?> type) {
            // The exact class first, then the first registered supertype, in registration order.
            RuleSet<?> set = rules.get(type);
            if (set == null) {
                for (Map.Entry<Class<?>, RuleSet<?>> e : rules.entrySet()) {
                    if (e.getKey().isAssignableFrom(type)) {
                        set = e.getValue();
                        break;
                    }
                }
            }
            return set == null ? NO_RULES : (RuleSet<Object>) set;
        }
    };

    /** The rules of a class nothing is registered for: none. */
    private static final RuleSet<Object> NO_RULES = RuleSet.<Object>of(List.of());

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
        return merge(constraints.validate(subject, context.asOf()), routes.get(subject.getClass()).check(subject, context));
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
        return merge(constraints.validate(subject, context.asOf()), ruleSet.check(subject, context));
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
        return merge(constraints.validate(subject, context.asOf()), ValidationReport.empty());
    }

    /** Constraint findings first, then the rules'; the rules' report itself when no constraint failed. */
    private static ValidationReport merge(List<Violation> beans, ValidationReport checked) {
        return beans.isEmpty() ? checked : ValidationReport.of(beans).merge(checked);
    }

    /** Builds a {@link UnionValidator}; not thread-safe. */
    public static final class Builder {
        private final Map<Class<?>, RuleSet<?>> rules = new LinkedHashMap<>();

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
         * Builds the validator, bootstrapping Hibernate Validator.
         *
         * @return the validator
         * @throws IllegalStateException if Hibernate Validator is not available
         */
        public UnionValidator build() {
            return new UnionValidator(this);
        }

        private HibernateBackend engine() {
            if (!hibernateValidatorPresent()) {
                throw new IllegalStateException(MISSING);
            }
            try {
                return HibernateBackend.create();
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
