package io.github.unionkit.io.json;

import java.util.Objects;
import tools.jackson.core.JacksonException;

/**
 * A value UnionKit has no JSON form for was to be written: a UnionKit type without a codec (a record
 * or property-less class of UnionKit's data packages that no codec covers), or, through
 * {@link UnionJson}'s own mapper, any type Jackson sees no property of. Writing fails instead of
 * producing {@code {}}.
 *
 * <p>The message names the type, never the value.
 */
public final class UnwritableTypeException extends JacksonException {

    private static final long serialVersionUID = 1L;

    private final transient Class<?> type;

    /**
     * Creates the exception.
     *
     * @param type the type that cannot be written, not null
     * @param cause the underlying exception, or null
     * @throws NullPointerException if {@code type} is null
     */
    public UnwritableTypeException(Class<?> type, Throwable cause) {
        super("UnionKit has no JSON form for " + Objects.requireNonNull(type, "type").getName(), cause);
        this.type = type;
    }

    /**
     * Returns the type that cannot be written.
     *
     * @return the type
     */
    public Class<?> type() {
        return type;
    }
}
