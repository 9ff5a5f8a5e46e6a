package io.github.unionkit.io.json.internal;

import tools.jackson.databind.JsonNode;

/**
 * Reads one value from a JSON tree.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface Decoder<T> {

    /**
     * Decodes {@code node}.
     *
     * @param node the JSON value, never a JSON null
     * @param pointer the JSON Pointer of {@code node}, for errors
     * @param context the policy and location
     * @return the value, never null
     * @throws io.github.unionkit.io.json.JsonInputException if the node is not a valid value
     */
    T decode(JsonNode node, String pointer, DecodeContext context);
}
