package io.github.unionkit.spring;

import java.util.Collection;
import org.springframework.core.ResolvableType;

/**
 * Tells UnionKit's own types from the host application's: a type is UnionKit's when its class lives in
 * a package of UnionKit's data, {@code io.github.unionkit.model.*}, {@code .rules.*} or {@code .io.*}
 * (the model, validation reports, JSON and text results; not the starter's own settings). Collections and arrays count when their element type is
 * UnionKit's. Everything else is left to the application's own converters and validators.
 */
final class UnionKitTypes {

    /** The packages of UnionKit's data; the starter's own types (settings, exceptions) are not data. */
    private static final String[] PREFIXES = {"io.github.unionkit.model.", "io.github.unionkit.rules.",
        "io.github.unionkit.io."};

    private UnionKitTypes() {
    }

    /**
     * Tells whether a class is one of UnionKit's.
     *
     * @param type the class, not null
     * @return true for a class in a UnionKit package
     */
    static boolean isUnionKit(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (c.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a (possibly generic) type is UnionKit's: a UnionKit class, or a collection or array
     * of them.
     *
     * @param type the type, not null
     * @return true for a UnionKit document type
     */
    static boolean isUnionKit(ResolvableType type) {
        Class<?> raw = type.resolve();
        if (raw == null) {
            return false;
        }
        if (isUnionKit(raw)) {
            return true;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Class<?> element = type.asCollection().getGeneric(0).resolve();
            return element != null && isUnionKit(element);
        }
        return false;
    }
}
