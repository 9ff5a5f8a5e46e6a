package io.github.unionkit.io.json.internal;

import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson serializer that delegates to an {@link Encoder}.
 *
 * @param <T> the value type
 */
public final class EncoderSerializer<T> extends StdSerializer<T> {

    private final transient Encoder<T> encoder;

    /**
     * Creates the serializer.
     *
     * @param type the handled type
     * @param encoder the encoder
     */
    public EncoderSerializer(Class<T> type, Encoder<T> encoder) {
        super(type);
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        encoder.encode(value, generator);
    }
}
