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
        this.plans = new PlanCache(backend);
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
     * @return the violations, the shared empty list if none
     */
    public List<Violation> validate(Object bean, LocalDate asOf) {
        return forClass(bean.getClass()).validate(bean, asOf);
    }

    /**
     * Returns the checks of one class, to be kept by a caller that dispatches by class itself.
     *
     * @param type the runtime class of the beans
     * @return the checks
     */
    public ClassChecks forClass(Class<?> type) {
        return new ClassChecks(compiled ? plans.plan(type) : ConstraintPlan.UNCOMPILABLE, backend);
    }

    /**
     * Tells whether the hand-specialised member checks ({@link MemberFastPath}) may stand in for the
     * constraints of a class: only in compiled mode, and only while the class's metadata is the one
     * they were written for.
     *
     * @param type the runtime class
     * @return true if {@link MemberFastPath#passes} applies to it
     */
    public boolean memberFastPath(Class<?> type) {
        return compiled && MemberFastPath.matches(backend, type);
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
     * Tells whether the compiled checks alone find a bean valid, without Hibernate Validator (for tests
     * that prove the fast path is taken).
     *
     * @param bean the bean
     * @param asOf the as-of date
     * @return true if the fast path answers "no violation"
     */
    public boolean fastPathPasses(Object bean, LocalDate asOf) {
        return plans.plan(bean.getClass()).passes(bean, asOf, 0);
    }

    /**
     * Returns the Hibernate Validator backend.
     *
     * @return the backend
     */
    public HibernateBackend backend() {
        return backend;
    }

    /** The constraint checks of one class: the compiled plan, with Hibernate Validator behind it. */
    public static final class ClassChecks {
        private final ConstraintPlan plan;
        private final HibernateBackend backend;

        ClassChecks(ConstraintPlan plan, HibernateBackend backend) {
            this.plan = plan;
            this.backend = backend;
        }

        /**
         * Validates a bean of this class.
         *
         * @param bean the bean, of exactly this class
         * @param asOf the as-of date
         * @return the violations; the shared empty list when the compiled plan passes
         */
        public List<Violation> validate(Object bean, LocalDate asOf) {
            return plan.passes(bean, asOf, 0) ? List.of() : backend.validate(bean, asOf);
        }
    }
}
