package io.github.unionkit.io.json.internal;

import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A Jackson deserializer that reads the value's tree (bounded by the parser's stream read
 * constraints) and hands it to a {@link Decoder}.
 *
 * <p>The unknown-property policy is the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * @param <T> the value type
 */
public final class DecoderDeserializer<T> extends StdDeserializer<T> {

    private final transient Decoder<T> decoder;

    /**
     * Creates the deserializer.
     *
     * @param type the handled type
     * @param decoder the decoder
     */
    public DecoderDeserializer(Class<T> type, Decoder<T> decoder) {
        super(type);
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        TokenStreamLocation start = parser.currentTokenLocation();
        JsonNode tree = context.readTree(parser);
        DecodeContext decodeContext = new DecodeContext(
                context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), start);
        return decoder.decode(tree, "", decodeContext);
    }
}
