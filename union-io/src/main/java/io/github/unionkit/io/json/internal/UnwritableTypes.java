package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.UnwritableTypeException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.ser.impl.UnknownSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Keeps Jackson from inventing a JSON form for a UnionKit type: a record or a class without
 * Jackson-visible properties in a package of UnionKit's data ({@code io.github.unionkit.model.*},
 * {@code .rules.*}, {@code .io.*}; not, say, a Spring starter's settings) that has no codec of
 * its own would be written by reflection (a record's components) or as {@code {}}; this modifier
 * replaces that serializer with one that throws {@link UnwritableTypeException}. UnionKit's public
 * result types are records or accessor-only classes, so every one of them without a codec is caught.
 * Types of other packages are left alone: a host application's beans and records keep Jackson's
 * handling.
 */
public final class UnwritableTypes extends ValueSerializerModifier {

    private static final long serialVersionUID = 1L;
    /** The packages of UnionKit's data: the model, the rules, and io's JSON, registry and text. */
    private static final String[] PREFIXES = {"io.github.unionkit.model.", "io.github.unionkit.rules.",
        "io.github.unionkit.io."};

    @Override
    public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
            ValueSerializer<?> serializer) {
        Class<?> type = beanDesc.getBeanClass();
        if (isUnionKitData(type.getName()) && !type.isEnum()
                && (serializer instanceof UnknownSerializer
                        || beanDesc.isRecordType() && serializer instanceof BeanSerializerBase)) {
            return new Refusing(type);
        }
        return serializer;
    }

    private static boolean isUnionKitData(String className) {
        for (String prefix : PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A serializer that refuses. */
    private static final class Refusing extends StdSerializer<Object> {

        Refusing(Class<?> type) {
            super(type);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext provider) {
            throw new UnwritableTypeException(value.getClass(), null);
        }
    }
}
