package io.github.unionkit.rules.validation.internal;

import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * Evaluates Jakarta constraints on a bean: first the compiled plan of its class; Hibernate Validator
 * only when the plan finds a problem or cannot be compiled, so its findings and messages stay
 * authoritative while the common, valid case never pays for it.
 */
public final class ConstraintEngine {

    private final HibernateBackend backend;
    private final PlanCache plans;
    private final boolean compiled;

    private ConstraintEngine(HibernateBackend backend, boolean compiled) {
        this.backend = backend;
        this.plans = new PlanCache(new PlanCompiler(backend));
        this.compiled = compiled;
    }

    /**
     * Bootstraps Hibernate Validator and the plan cache.
     *
     * @param compiled false to always run Hibernate Validator (for comparisons)
     * @return the engine
     */
    public static ConstraintEngine create(boolean compiled) {
        return new ConstraintEngine(HibernateBackend.create(), compiled);
    }

    /**
     * Validates a bean's constraints.
     *
     * @param bean the bean
     * @param asOf the date {@code @Past}/{@code @Future} are relative to
     * @return the violations, empty if none
     */
    public List<Violation> validate(Object bean, LocalDate asOf) {
        if (compiled && plans.plan(bean.getClass()).passes(bean, asOf, plans, 0)) {
            return List.of();
        }
        return backend.validate(bean, asOf);
    }

    /**
     * Tells whether the constraints of a class were compiled.
     *
     * @param type the class
     * @return true if the fast path applies to it
     */
    public boolean isCompiled(Class<?> type) {
        return plans.plan(type).isCompiled();
    }

    /**
     * Returns the Hibernate Validator backend.
     *
     * @return the backend
     */
    public HibernateBackend backend() {
        return backend;
    }
}
