package io.github.unionkit.rules.validation.internal;

import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.RuleCode;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.model.path.PropertyPath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator bootstrapped for UnionKit: no Expression Language (parameter interpolation only),
 * record-style accessors seen as properties, messages in both languages, and a clock fixed at the
 * context's as-of date so {@code @Past} means "before the as-of date", never "before now".
 */
public final class HibernateBackend {

    /** The code of a violated Jakarta constraint. */
    public static final RuleCode BEAN_CODE = RuleCode.of("UK-BEAN-001");

    private final ValidatorFactory factory;
    private final ConcurrentHashMap<LocalDate, Validator> validators = new ConcurrentHashMap<>();

    private HibernateBackend(ValidatorFactory factory) {
        this.factory = factory;
    }

    /**
     * Bootstraps the backend.
     *
     * @return the backend
     */
    public static HibernateBackend create() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new BilingualMessageInterpolator(new ParameterMessageInterpolator()))
                .getterPropertySelectionStrategy(new AccessorPropertySelection())
                .buildValidatorFactory();
        return new HibernateBackend(factory);
    }

    /**
     * Validates a bean and converts the findings.
     *
     * @param bean the bean
     * @param asOf the date {@code @Past} and {@code @Future} are relative to
     * @return the violations, sorted by path and constraint for a stable order; the shared empty list
     *         when there are none
     */
    public List<Violation> validate(Object bean, LocalDate asOf) {
        Set<ConstraintViolation<Object>> found;
        try {
            found = validator(asOf).validate(bean);
        } catch (jakarta.validation.ValidationException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.lang.reflect.InaccessibleObjectException) {
                    throw new IllegalStateException("Hibernate Validator cannot read " + bean.getClass().getName()
                            + ": its module must declare 'opens " + bean.getClass().getPackageName()
                            + " to org.hibernate.validator;' (or run with --add-opens)", e);
                }
            }
            throw e;
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            out.add(convert(cv));
        }
        out.sort(Comparator.comparing((Violation v) -> v.path().toString())
                .thenComparing(v -> v.argument("constraint").orElse("")));
        return out;
    }

    /**
     * Returns the validator whose clock stands at the start of a day (UTC).
     *
     * @param asOf the day
     * @return the validator
     */
    public Validator validator(LocalDate asOf) {
        Validator v = validators.get(asOf);
        if (v == null) {
            if (validators.size() > 64) {
                validators.clear();
            }
            Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            v = factory.usingContext().clockProvider(() -> clock).getValidator();
            validators.put(asOf, v);
        }
        return v;
    }

    private static Violation convert(ConstraintViolation<Object> cv) {
        PropertyPath path = PropertyPath.root();
        for (Path.Node node : cv.getPropertyPath()) {
            path = append(path, node);
        }
        String constraint = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String[] messages = BilingualMessageInterpolator.split(cv.getMessage());
        String where = path.isRoot() ? "" : path + ": ";
        // The invalid value is deliberately not kept: it may be personal data.
        return new Violation(BEAN_CODE, Severity.ERROR, path,
                List.of(Argument.of("constraint", constraint), Argument.of("property", path.isRoot() ? "-" : path),
                        Argument.of("template", cv.getMessageTemplate())),
                where + messages[1], where + messages[0]);
    }

    private static PropertyPath append(PropertyPath path, Path.Node node) {
        PropertyPath p = path;
        // Hibernate Validator puts the index of a list element on the node that follows the list.
        if (node.getIndex() != null) {
            p = p.index(node.getIndex());
        } else if (node.getKey() != null) {
            p = p.key(node.getKey());
        }
        String name = node.getName();
        if (name != null && !name.isEmpty() && name.charAt(0) != '<') {
            try {
                p = p.property(name);
            } catch (IllegalArgumentException e) {
                p = p.key(name);
            }
        }
        return p;
    }
}
