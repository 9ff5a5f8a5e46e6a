package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The properties of one JSON object being decoded: typed access by name, errors that point at the
 * property, and the unknown-property check in {@link #finish()}.
 *
 * <p>A decoder asks for every property its format defines, required or optional, then calls
 * {@link #finish()}; any property it did not ask for is unknown.
 */
public final class Fields {

    private final JsonNode node;
    private final String pointer;
    private final DecodeContext context;
    private final Set<String> asked = new HashSet<>();

    private Fields(JsonNode node, String pointer, DecodeContext context) {
        this.node = node;
        this.pointer = pointer;
        this.context = context;
    }

    /**
     * Opens an object.
     *
     * @param node the node, which must be a JSON object
     * @param pointer its JSON Pointer
     * @param context the policy and location
     * @return the fields
     * @throws JsonInputException of type {@code WRONG_TYPE} if {@code node} is not an object
     */
    public static Fields of(JsonNode node, String pointer, DecodeContext context) {
        if (!node.isObject()) {
            throw context.error(ErrorType.WRONG_TYPE, pointer, "expected an object");
        }
        return new Fields(node, pointer, context);
    }

    /**
     * Returns the pointer of this object.
     *
     * @return the JSON Pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the decode context.
     *
     * @return the context
     */
    public DecodeContext context() {
        return context;
    }

    /**
     * Returns the pointer of a property of this object.
     *
     * @param name the property name
     * @return the JSON Pointer of the property
     */
    public String pointerOf(String name) {
        return Pointers.child(pointer, name);
    }

    /**
     * Decodes a required property.
     *
     * @param name the property name
     * @param decoder the decoder of its value
     * @param <T> the value type
     * @return the value
     * @throws JsonInputException if the property is absent, null or invalid
     */
    public <T> T required(String name, Decoder<T> decoder) {
        return optional(name, decoder).orElseThrow(
                () -> context.error(ErrorType.MISSING_PROPERTY, pointerOf(name), "required property is missing"));
    }

    /**
     * Decodes an optional property.
     *
     * @param name the property name
     * @param decoder the decoder of its value
     * @param <T> the value type
     * @return the value, or empty if the property is absent
     * @throws JsonInputException if the property is null or invalid
     */
    public <T> Optional<T> optional(String name, Decoder<T> decoder) {
        asked.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isMissingNode()) {
            return Optional.empty();
        }
        String at = pointerOf(name);
        if (value.isNull()) {
            throw context.error(ErrorType.WRONG_TYPE, at, "null is not allowed; omit the property instead");
        }
        return Optional.of(decoder.decode(value, at, context));
    }

    /**
     * Decodes an optional integer property.
     *
     * @param name the property name
     * @return the value, or empty if absent
     * @throws JsonInputException if the property is not an int
     */
    public OptionalInt optionalInt(String name) {
        Optional<Integer> value = optional(name, Scalars::integer);
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    /**
     * Decodes a required integer property.
     *
     * @param name the property name
     * @return the value
     * @throws JsonInputException if the property is absent or not an int
     */
    public int requiredInt(String name) {
        return required(name, Scalars::integer);
    }

    /**
     * Decodes a required string property.
     *
     * @param name the property name
     * @return the value
     * @throws JsonInputException if the property is absent or not a string
     */
    public String requiredString(String name) {
        return required(name, Scalars::string);
    }

    /**
     * Decodes an optional string property.
     *
     * @param name the property name
     * @return the value, or empty if absent
     * @throws JsonInputException if the property is not a string
     */
    public Optional<String> optionalString(String name) {
        return optional(name, Scalars::string);
    }

    /**
     * Decodes an optional boolean property.
     *
     * @param name the property name
     * @param absent the value when the property is absent
     * @return the value
     * @throws JsonInputException if the property is not a boolean
     */
    public boolean bool(String name, boolean absent) {
        return optional(name, Scalars::bool).orElse(absent);
    }

    /**
     * Decodes a list property; an absent property is an empty list.
     *
     * @param name the property name
     * @param decoder the decoder of each element
     * @param <T> the element type
     * @return the unmodifiable list
     * @throws JsonInputException if the property is not an array or an element is invalid
     */
    public <T> List<T> list(String name, Decoder<T> decoder) {
        return optional(name, (value, at, ctx) -> Scalars.list(value, at, ctx, decoder))
                .orElse(Collections.emptyList());
    }

    /**
     * Runs a model factory, turning its exceptions into an {@code INVALID_VALUE} error at this object.
     *
     * @param factory the factory
     * @param <T> the result type
     * @return the factory's result
     * @throws JsonInputException if the factory rejects the values
     */
    public <T> T build(Supplier<T> factory) {
        return Scalars.guard(factory, pointer, context);
    }

    /**
     * Fails with an {@code INVALID_VALUE} error at a property.
     *
     * @param name the property name
     * @param message the description, without input values
     * @return the exception, to be thrown by the caller
     */
    public JsonInputException invalid(String name, String message) {
        return context.error(ErrorType.INVALID_VALUE, pointerOf(name), message);
    }

    /**
     * Checks that the object has no property the decoder did not ask for, unless the policy ignores
     * unknown properties.
     *
     * @throws JsonInputException of type {@code UNKNOWN_PROPERTY} naming the first unknown property
     */
    public void finish() {
        if (!context.failOnUnknown()) {
            return;
        }
        int position = 0;
        for (String name : node.propertyNames()) {
            position++;
            if (!asked.contains(name)) {
                // the name is input: the error names the object and the property's position in it, and is
                // located at the property's value
                JsonInputException located = context.error(ErrorType.UNKNOWN_PROPERTY, pointerOf(name), "");
                throw new JsonInputException(ErrorType.UNKNOWN_PROPERTY, "unknown property (property "
                        + position + " of the object)", located.getLocation(), pointer, null);
            }
        }
    }
}
