package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.member.Member;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a registry record in streaming mode with {@link MemberRecords}, so errors carry the exact
 * location of the offending token.
 */
final class MemberDeserializer extends StdDeserializer<Member> {

    /** Creates the deserializer. */
    public MemberDeserializer() {
        super(Member.class);
    }

    @Override
    public Member deserialize(JsonParser parser, DeserializationContext context) {
        return MemberRecords.read(parser, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }
}
