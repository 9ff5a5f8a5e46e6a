package io.github.unionkit.io.json.internal;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one value as JSON.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface Encoder<T> {

    /**
     * Writes {@code value} as one JSON value.
     *
     * @param value the value, not null
     * @param generator the generator positioned where a value may be written
     */
    void encode(T value, JsonGenerator generator);
}
