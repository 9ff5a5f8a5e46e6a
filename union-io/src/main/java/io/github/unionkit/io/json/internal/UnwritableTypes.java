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
 * Jackson-visible properties in a UnionKit package ({@code io.github.unionkit.*}) that has no codec of
 * its own would be written by reflection (a record's components) or as {@code {}}; this modifier
 * replaces that serializer with one that throws {@link UnwritableTypeException}. UnionKit's public
 * result types are records or accessor-only classes, so every one of them without a codec is caught.
 * Types of other packages are left alone: a host application's beans and records keep Jackson's
 * handling.
 */
public final class UnwritableTypes extends ValueSerializerModifier {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "io.github.unionkit.";

    @Override
    public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
            ValueSerializer<?> serializer) {
        Class<?> type = beanDesc.getBeanClass();
        if (type.getName().startsWith(PREFIX) && !type.isEnum()
                && (serializer instanceof UnknownSerializer
                        || beanDesc.isRecordType() && serializer instanceof BeanSerializerBase)) {
            return new Refusing(type);
        }
        return serializer;
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
