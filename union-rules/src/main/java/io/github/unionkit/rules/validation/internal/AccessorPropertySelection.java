package io.github.unionkit.rules.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator see record-style accessors ({@code name()}) as properties, besides
 * JavaBeans getters ({@code getName()}, {@code isActive()}): any public-looking no-argument method with a
 * result, except {@code Object}'s methods and builder plumbing. Without it, constraints on the model's
 * accessors would be silently ignored.
 */
public final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

    private static final Set<String> EXCLUDED = Set.of("hashCode", "toString", "getClass", "clone", "finalize",
            "builder", "toBuilder", "build", "values", "ordinal", "name$", "describeConstable");

    /** Creates the strategy. */
    public AccessorPropertySelection() {
        // Stateless.
    }

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        String name = executable.getName();
        if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
                || EXCLUDED.contains(name) || name.indexOf('$') >= 0) {
            return Optional.empty();
        }
        if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            return Optional.of(decapitalize(name.substring(3)));
        }
        if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))
                && (executable.getReturnType() == boolean.class || executable.getReturnType() == Boolean.class)) {
            return Optional.of(decapitalize(name.substring(2)));
        }
        return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        String cap = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
        return List.of(propertyName, "get" + cap, "is" + cap);
    }

    private static String decapitalize(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
