package io.github.unionkit.rules.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The constraints Hibernate Validator declares for one class, compiled once into direct checks on the
 * accessors. {@link #passes(Object, LocalDate, int)} answers "would Hibernate Validator find nothing?"
 * without running it; when the answer is no (or the class holds a constraint the compiler does not
 * know), the facade runs Hibernate Validator itself for the authoritative findings and messages.
 *
 * <p>The hot path allocates nothing: {@code @NotNull} is a flag rather than a call, random-access lists
 * are walked by index, and each cascade remembers the plan of the last class it met (an inline cache)
 * instead of looking it up per element. Each cascaded value is visited once, however Hibernate
 * Validator's metadata spells the cascade.
 */
final class ConstraintPlan {

    /** A plan for a class that has a constraint the compiler cannot translate. */
    static final ConstraintPlan UNCOMPILABLE = new ConstraintPlan(List.of(), false);

    /** Deeper object graphs than this are handed to Hibernate Validator (it guards cycles itself). */
    private static final int MAX_DEPTH = 64;

    /** One check on a value (an accessor result or a container element); {@code @NotNull} is not one. */
    interface ValueCheck {
        boolean test(Object value, LocalDate asOf);
    }

    /** The checks on one accessor. */
    static final class PropertyCheck {
        final Function<Object, Object> getter;
        final boolean notNull;
        final ValueCheck[] checks;
        final Cascade cascade;
        final ElementChecks[] elements;

        PropertyCheck(Function<Object, Object> getter, boolean notNull, List<ValueCheck> checks, Cascade cascade,
                List<ElementChecks> elements) {
            this.getter = getter;
            this.notNull = notNull;
            this.checks = checks.toArray(new ValueCheck[0]);
            this.cascade = cascade;
            this.elements = elements.toArray(new ElementChecks[0]);
        }
    }

    /** The checks on the elements of a container ({@code Optional<@Past LocalDate>}, {@code List<@Valid X>}). */
    static final class ElementChecks {
        final ContainerKind kind;
        final boolean notNull;
        final ValueCheck[] checks;
        final Cascade cascade;

        ElementChecks(ContainerKind kind, boolean notNull, List<ValueCheck> checks, Cascade cascade) {
            this.kind = kind;
            this.notNull = notNull;
            this.checks = checks.toArray(new ValueCheck[0]);
            this.cascade = cascade;
        }
    }

    /** The containers whose elements the compiler can reach. */
    enum ContainerKind { OPTIONAL, ITERABLE, MAP_VALUES, MAP_KEYS }

    /**
     * A {@code @Valid} cascade: finds the plan of the value's runtime class, remembering the last one.
     * The remembered pair is one immutable object written with a single reference store, so a racing
     * reader sees either the old or the new pair, never a mix; at worst it looks the plan up again.
     */
    static final class Cascade {
        private final PlanCache cache;
        private Target last;

        Cascade(PlanCache cache) {
            this.cache = cache;
        }

        boolean passes(Object value, LocalDate asOf, int depth) {
            Class<?> type = value.getClass();
            Target t = last;
            if (t == null || t.type != type) {
                t = new Target(type, cache.plan(type));
                last = t;
            }
            return t.plan.passes(value, asOf, depth + 1);
        }
    }

    private static final class Target {
        final Class<?> type;
        final ConstraintPlan plan;

        Target(Class<?> type, ConstraintPlan plan) {
            this.type = type;
            this.plan = plan;
        }
    }

    private final PropertyCheck[] properties;
    private final boolean compiled;

    ConstraintPlan(List<PropertyCheck> properties, boolean compiled) {
        this.properties = properties.toArray(new PropertyCheck[0]);
        this.compiled = compiled;
    }

    boolean isCompiled() {
        return compiled;
    }

    /**
     * Runs the compiled checks.
     *
     * @return true if every check passes; false if one fails, the graph is too deep, or a cascaded class
     *     is not compilable
     */
    boolean passes(Object bean, LocalDate asOf, int depth) {
        if (!compiled || depth > MAX_DEPTH) {
            return false;
        }
        for (PropertyCheck p : properties) {
            Object value = p.getter.apply(bean);
            if (value == null) {
                if (p.notNull || !nullPasses(p.checks, asOf)) {
                    return false;
                }
                continue;
            }
            if (!all(p.checks, value, asOf)) {
                return false;
            }
            if (p.cascade != null && !cascade(p.cascade, value, asOf, depth)) {
                return false;
            }
            for (ElementChecks e : p.elements) {
                if (!elements(e, value, asOf, depth)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean all(ValueCheck[] checks, Object value, LocalDate asOf) {
        for (ValueCheck c : checks) {
            if (!c.test(value, asOf)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nullPasses(ValueCheck[] checks, LocalDate asOf) {
        return checks.length == 0 || all(checks, null, asOf);
    }

    private static boolean elements(ElementChecks e, Object container, LocalDate asOf, int depth) {
        switch (e.kind) {
            case OPTIONAL:
                // Hibernate Validator's extractor hands an empty Optional's element on as null, so
                // Optional<@NotBlank String> fails when empty: mirror it exactly.
                return element(e, ((Optional<?>) container).orElse(null), asOf, depth);
            case ITERABLE:
                if (container instanceof List && container instanceof RandomAccess) {
                    List<?> list = (List<?>) container;
                    for (int i = 0, n = list.size(); i < n; i++) {
                        if (!element(e, list.get(i), asOf, depth)) {
                            return false;
                        }
                    }
                    return true;
                }
                for (Object x : (Iterable<?>) container) {
                    if (!element(e, x, asOf, depth)) {
                        return false;
                    }
                }
                return true;
            case MAP_VALUES:
                for (Object x : ((Map<?, ?>) container).values()) {
                    if (!element(e, x, asOf, depth)) {
                        return false;
                    }
                }
                return true;
            default:
                for (Object x : ((Map<?, ?>) container).keySet()) {
                    if (!element(e, x, asOf, depth)) {
                        return false;
                    }
                }
                return true;
        }
    }

    private static boolean element(ElementChecks e, Object value, LocalDate asOf, int depth) {
        if (value == null) {
            return !e.notNull && nullPasses(e.checks, asOf);
        }
        return all(e.checks, value, asOf) && (e.cascade == null || e.cascade.passes(value, asOf, depth));
    }

    /**
     * Cascades like Hibernate Validator's legacy {@code @Valid} on a container (into its elements) or on
     * a plain bean (into the bean); used only when the metadata has no container-element cascade.
     */
    private static boolean cascade(Cascade c, Object value, LocalDate asOf, int depth) {
        if (value instanceof Optional) {
            Optional<?> o = (Optional<?>) value;
            return o.isEmpty() || c.passes(o.get(), asOf, depth);
        }
        if (value instanceof Iterable) {
            for (Object x : (Iterable<?>) value) {
                if (x != null && !c.passes(x, asOf, depth)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map) {
            for (Object x : ((Map<?, ?>) value).values()) {
                if (x != null && !c.passes(x, asOf, depth)) {
                    return false;
                }
            }
            return true;
        }
        return c.passes(value, asOf, depth);
    }
}
