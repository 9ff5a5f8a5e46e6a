package io.github.unionkit.io.json.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Small helpers for writing UnionKit's JSON form: absent values and empty lists are omitted.
 */
public final class Writes {

    private Writes() {
    }

    /**
     * Writes {@code name: value} if the value is present.
     *
     * @param g the generator
     * @param name the property name
     * @param value the value
     */
    public static void optionalString(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    /**
     * Writes {@code name: value} if the value is present.
     *
     * @param g the generator
     * @param name the property name
     * @param value the value
     */
    public static void optionalInt(JsonGenerator g, String name, OptionalInt value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.getAsInt());
        }
    }

    /**
     * Writes {@code name: <encoded value>} if the value is present.
     *
     * @param g the generator
     * @param name the property name
     * @param value the value
     * @param encoder its encoder
     * @param <T> the value type
     */
    public static <T> void optional(JsonGenerator g, String name, Optional<T> value, Encoder<T> encoder) {
        if (value.isPresent()) {
            g.writeName(name);
            encoder.encode(value.get(), g);
        }
    }

    /**
     * Writes {@code name: <encoded value>}.
     *
     * @param g the generator
     * @param name the property name
     * @param value the value
     * @param encoder its encoder
     * @param <T> the value type
     */
    public static <T> void property(JsonGenerator g, String name, T value, Encoder<T> encoder) {
        g.writeName(name);
        encoder.encode(value, g);
    }

    /**
     * Writes {@code name: [...]} unless the list is empty.
     *
     * @param g the generator
     * @param name the property name
     * @param values the values
     * @param encoder the encoder of each value
     * @param <T> the value type
     */
    public static <T> void list(JsonGenerator g, String name, List<T> values, Encoder<T> encoder) {
        if (!values.isEmpty()) {
            requiredList(g, name, values, encoder);
        }
    }

    /**
     * Writes {@code name: [...]}, even when the list is empty.
     *
     * @param g the generator
     * @param name the property name
     * @param values the values
     * @param encoder the encoder of each value
     * @param <T> the value type
     */
    public static <T> void requiredList(JsonGenerator g, String name, List<T> values, Encoder<T> encoder) {
        g.writeArrayPropertyStart(name);
        for (T value : values) {
            encoder.encode(value, g);
        }
        g.writeEndArray();
    }

    /**
     * Writes {@code name: [...]} of strings unless the list is empty.
     *
     * @param g the generator
     * @param name the property name
     * @param values the strings
     */
    public static void strings(JsonGenerator g, String name, List<String> values) {
        list(g, name, values, (value, generator) -> generator.writeString(value));
    }

    /**
     * Writes an enum constant's name.
     *
     * @param g the generator
     * @param name the property name
     * @param value the constant
     */
    public static void enumValue(JsonGenerator g, String name, Enum<?> value) {
        g.writeStringProperty(name, value.name());
    }
}
