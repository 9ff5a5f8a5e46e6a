package io.github.unionkit.io.json.internal;

import java.util.Objects;
import tools.jackson.core.JsonParser;
import io.github.unionkit.io.json.JsonInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A Jackson deserializer that reads the value's tree with the locations of its values
 * ({@link LocatedTree}: bounded by the parser's stream read constraints and UnionKit's own checks)
 * and hands it to a {@link Decoder}; decoding errors are located at the offending value.
 *
 * <p>The unknown-property policy is the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * @param <T> the value type
 */
final class DecoderDeserializer<T> extends StdDeserializer<T> {

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
        LocatedTree tree;
        try {
            tree = LocatedTree.read(parser);
        } catch (JsonInputException e) {
            throw e;
        } catch (JacksonException e) {
            // Jackson's own messages may quote input: classified, whatever mapper this module is on
            throw JsonErrors.classifyIn(e, parser);
        }
        DecodeContext decodeContext = new DecodeContext(
                context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), tree::locate);
        return decoder.decode(tree.root(), "", decodeContext);
    }
}
