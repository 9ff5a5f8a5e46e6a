package io.github.unionkit.rules.validation.internal;

import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.rules.constraints.ClauseNumberFormat;
import io.github.unionkit.rules.constraints.DeadlinePhrase;
import io.github.unionkit.rules.constraints.DecreeNumberFormat;
import io.github.unionkit.rules.constraints.MembershipCountTier;
import io.github.unionkit.rules.constraints.internal.ClauseNumberFormatValidator;
import io.github.unionkit.rules.constraints.internal.DeadlinePhrases;
import io.github.unionkit.rules.constraints.internal.DecreeNumberFormatValidator;
import io.github.unionkit.rules.constraints.internal.MembershipCountTierValidator;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Translates Hibernate Validator's metadata for a class into a {@link ConstraintPlan}: the built-in
 * constraints the model uses ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Size},
 * {@code @Min}, {@code @Max}, the sign constraints, {@code @Past}/{@code @Future} on dates,
 * {@code @Pattern}), UnionKit's own constraints, cascades and container elements. Anything else — a
 * class-level constraint, a composed or unknown constraint, an unreachable accessor — makes the class
 * uncompilable, and the facade then always asks Hibernate Validator.
 */
final class PlanCompiler {

    private final HibernateBackend backend;
    private final PlanCache cache;

    PlanCompiler(HibernateBackend backend, PlanCache cache) {
        this.backend = backend;
        this.cache = cache;
    }

    ConstraintPlan compile(Class<?> type) {
        try {
            BeanDescriptor bean = backend.describe(type);
            if (!bean.getConstraintDescriptors().isEmpty()) {
                return ConstraintPlan.UNCOMPILABLE;
            }
            List<ConstraintPlan.PropertyCheck> checks = new ArrayList<>();
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                Optional<Function<Object, Object>> getter = getter(type, p.getPropertyName());
                if (getter.isEmpty()) {
                    return ConstraintPlan.UNCOMPILABLE;
                }
                List<ConstraintPlan.ValueCheck> values = new ArrayList<>();
                boolean[] notNull = new boolean[1];
                if (!compileAll(p.getConstraintDescriptors(), values, notNull)) {
                    return ConstraintPlan.UNCOMPILABLE;
                }
                List<ConstraintPlan.ElementChecks> elements = new ArrayList<>();
                boolean elementCascade = false;
                for (ContainerElementTypeDescriptor c : p.getConstrainedContainerElementTypes()) {
                    Optional<ConstraintPlan.ContainerKind> kind = kind(c);
                    List<ConstraintPlan.ValueCheck> elementChecks = new ArrayList<>();
                    boolean[] elementNotNull = new boolean[1];
                    if (kind.isEmpty() || !c.getConstrainedContainerElementTypes().isEmpty()
                            || !compileAll(c.getConstraintDescriptors(), elementChecks, elementNotNull)) {
                        return ConstraintPlan.UNCOMPILABLE;
                    }
                    elementCascade |= c.isCascaded();
                    elements.add(new ConstraintPlan.ElementChecks(kind.get(), elementNotNull[0], elementChecks,
                            c.isCascaded() ? new ConstraintPlan.Cascade(cache) : null));
                }
                // A legacy @Valid on a container shows up both on the property and on its element type:
                // cascade once, through the element, or every level of a tree would be visited twice.
                ConstraintPlan.Cascade cascade = p.isCascaded() && !elementCascade ? new ConstraintPlan.Cascade(cache)
                        : null;
                checks.add(new ConstraintPlan.PropertyCheck(getter.get(), notNull[0], values, cascade, elements));
            }
            return new ConstraintPlan(checks, true);
        } catch (RuntimeException | LinkageError e) {
            return ConstraintPlan.UNCOMPILABLE;
        }
    }

    private static Optional<ConstraintPlan.ContainerKind> kind(ContainerElementTypeDescriptor c) {
        Class<?> container = c.getContainerClass();
        Integer index = c.getTypeArgumentIndex();
        if (container == Optional.class) {
            return Optional.of(ConstraintPlan.ContainerKind.OPTIONAL);
        }
        if (Map.class.isAssignableFrom(container)) {
            return Optional.of(index != null && index == 0 ? ConstraintPlan.ContainerKind.MAP_KEYS
                    : ConstraintPlan.ContainerKind.MAP_VALUES);
        }
        if (Iterable.class.isAssignableFrom(container)) {
            return Optional.of(ConstraintPlan.ContainerKind.ITERABLE);
        }
        return Optional.empty();
    }

    private static boolean compileAll(Set<ConstraintDescriptor<?>> descriptors, List<ConstraintPlan.ValueCheck> out,
            boolean[] notNull) {
        for (ConstraintDescriptor<?> d : descriptors) {
            if (!d.getGroups().contains(Default.class)) {
                continue;
            }
            if (!d.getComposingConstraints().isEmpty()) {
                return false;
            }
            if (d.getAnnotation() instanceof NotNull) {
                notNull[0] = true;
                continue;
            }
            Optional<ConstraintPlan.ValueCheck> check = compile(d.getAnnotation());
            if (check.isEmpty()) {
                return false;
            }
            out.add(check.get());
        }
        return true;
    }

    @SuppressWarnings("PMD.CyclomaticComplexity")
    private static Optional<ConstraintPlan.ValueCheck> compile(Annotation a) {
        if (a instanceof NotNull) {
            return Optional.of((v, d) -> v != null);
        }
        if (a instanceof NotBlank) {
            return Optional.of((v, d) -> v instanceof CharSequence && !v.toString().trim().isEmpty());
        }
        if (a instanceof NotEmpty) {
            return Optional.of((v, d) -> v != null && size(v) > 0);
        }
        if (a instanceof Size) {
            int min = ((Size) a).min();
            int max = ((Size) a).max();
            return Optional.of((v, d) -> v == null || (size(v) >= min && size(v) <= max));
        }
        if (a instanceof Min) {
            long min = ((Min) a).value();
            return Optional.of((v, d) -> v == null || integral(v) && ((Number) v).longValue() >= min);
        }
        if (a instanceof Max) {
            long max = ((Max) a).value();
            return Optional.of((v, d) -> v == null || integral(v) && ((Number) v).longValue() <= max);
        }
        if (a instanceof Positive) {
            return Optional.of((v, d) -> v == null || signum(v) > 0);
        }
        if (a instanceof PositiveOrZero) {
            return Optional.of((v, d) -> v == null || signum(v) >= 0);
        }
        if (a instanceof Negative) {
            return Optional.of((v, d) -> v == null || signum(v) < 0);
        }
        if (a instanceof NegativeOrZero) {
            return Optional.of((v, d) -> v == null || signum(v) <= 0);
        }
        if (a instanceof Past) {
            return Optional.of((v, d) -> v == null || ((LocalDate) v).isBefore(d));
        }
        if (a instanceof PastOrPresent) {
            return Optional.of((v, d) -> v == null || !((LocalDate) v).isAfter(d));
        }
        if (a instanceof Future) {
            return Optional.of((v, d) -> v == null || ((LocalDate) v).isAfter(d));
        }
        if (a instanceof FutureOrPresent) {
            return Optional.of((v, d) -> v == null || !((LocalDate) v).isBefore(d));
        }
        if (a instanceof Pattern) {
            Pattern p = (Pattern) a;
            int flags = 0;
            for (Pattern.Flag f : p.flags()) {
                flags |= f.getValue();
            }
            java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp(), flags);
            return Optional.of((v, d) -> v == null || regex.matcher((CharSequence) v).matches());
        }
        if (a instanceof DecreeNumberFormat) {
            NumberingScheme[] s = ((DecreeNumberFormat) a).schemes();
            Set<NumberingScheme> schemes = s.length == 0 ? EnumSet.allOf(NumberingScheme.class)
                    : EnumSet.copyOf(List.of(s));
            return Optional.of((v, d) -> v == null || DecreeNumberFormatValidator.check((CharSequence) v, schemes));
        }
        if (a instanceof ClauseNumberFormat) {
            int depth = ((ClauseNumberFormat) a).maxDepth();
            return Optional.of((v, d) -> v == null || ClauseNumberFormatValidator.check((CharSequence) v, depth));
        }
        if (a instanceof DeadlinePhrase) {
            return Optional.of((v, d) -> v == null
                    || DeadlinePhrases.recognizer().isDeadlinePhrase((CharSequence) v));
        }
        if (a instanceof MembershipCountTier) {
            MembershipRange range = MembershipCountTierValidator.parse(((MembershipCountTier) a).range());
            return Optional.of((v, d) -> v == null || MembershipCountTierValidator.check((Number) v, range));
        }
        return Optional.empty();
    }

    private static int size(Object v) {
        if (v instanceof CharSequence) {
            return ((CharSequence) v).length();
        }
        if (v instanceof Collection) {
            return ((Collection<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        if (v.getClass().isArray()) {
            return Array.getLength(v);
        }
        throw new ClassCastException("no size: " + v.getClass().getName());
    }

    private static boolean integral(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
    }

    private static int signum(Object v) {
        if (integral(v)) {
            return Long.signum(((Number) v).longValue());
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).signum();
        }
        if (v instanceof BigInteger) {
            return ((BigInteger) v).signum();
        }
        double x = ((Number) v).doubleValue();
        return x > 0 ? 1 : (x < 0 ? -1 : 0);
    }

    /** A fast accessor: a lambda bound by LambdaMetafactory to a public method of a public type. */
    private static Optional<Function<Object, Object>> getter(Class<?> type, String property) {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of(property, "get" + cap, "is" + cap)) {
            Optional<Method> m = publicMethod(type, name);
            if (m.isPresent()) {
                return Optional.of(unwrapped(m.get().getReturnType(), bind(m.get())));
            }
        }
        return Optional.empty();
    }

    /**
     * Hibernate Validator unwraps {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble} by
     * default: their constraints apply to the number inside, or to null when empty.
     */
    private static Function<Object, Object> unwrapped(Class<?> type, Function<Object, Object> getter) {
        if (type == OptionalInt.class) {
            return bean -> {
                OptionalInt o = (OptionalInt) getter.apply(bean);
                return o.isPresent() ? (Object) o.getAsInt() : null;
            };
        }
        if (type == OptionalLong.class) {
            return bean -> {
                OptionalLong o = (OptionalLong) getter.apply(bean);
                return o.isPresent() ? (Object) o.getAsLong() : null;
            };
        }
        if (type == OptionalDouble.class) {
            return bean -> {
                OptionalDouble o = (OptionalDouble) getter.apply(bean);
                return o.isPresent() ? (Object) o.getAsDouble() : null;
            };
        }
        return getter;
    }

    private static Optional<Method> publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Optional<Method> m = declared(c, name);
            if (m.isPresent()) {
                return m;
            }
            for (Class<?> i : c.getInterfaces()) {
                Optional<Method> im = declared(i, name);
                if (im.isPresent()) {
                    return im;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> declared(Class<?> c, String name) {
        if (!Modifier.isPublic(c.getModifiers()) || !c.getModule().isExported(c.getPackageName())) {
            return Optional.empty();
        }
        try {
            Method m = c.getDeclaredMethod(name);
            return Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() != void.class ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> bind(Method m) {
        Module self = PlanCompiler.class.getModule();
        if (!self.canRead(m.getDeclaringClass().getModule())) {
            self.addReads(m.getDeclaringClass().getModule());
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(m);
            Class<?> boxed = MethodType.methodType(m.getReturnType()).wrap().returnType();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(boxed, m.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            MethodHandle handle;
            try {
                handle = MethodHandles.publicLookup().unreflect(m)
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException("accessor not reachable: " + m.getName(), ex);
            }
            return bean -> {
                try {
                    return handle.invokeExact(bean);
                } catch (RuntimeException | Error ex) {
                    throw ex;
                } catch (Throwable ex) {
                    throw new IllegalStateException(ex);
                }
            };
        }
    }
}
