package io.github.unionkit.rules.validation.internal;

/** Compiled constraint plans per runtime class, computed once. */
final class PlanCache {

    private final ClassValue<ConstraintPlan> plans;

    PlanCache(HibernateBackend backend) {
        PlanCompiler compiler = new PlanCompiler(backend, this);
        this.plans = new ClassValue<>() {
            @Override
            protected ConstraintPlan computeValue(Class<?> type) {
                return compiler.compile(type);
            }
        };
    }

    ConstraintPlan plan(Class<?> type) {
        return plans.get(type);
    }
}
