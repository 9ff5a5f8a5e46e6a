package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link OrganizationTree} ({@code {"organizations": [...]}}) as a stream: one organization's
 * tree at a time, never the document's, so that a national tree of some 85,000 organizations (25 MB
 * of JSON) needs memory for its organizations only, not for a {@code JsonNode} of each value of the
 * file. Errors carry the same JSON Pointers and locations as the other decoders.
 */
final class OrganizationTreeDeserializer extends StdDeserializer<OrganizationTree> {

    private static final String ORGANIZATIONS = "organizations";

    /** Creates the deserializer. */
    public OrganizationTreeDeserializer() {
        super(OrganizationTree.class);
    }

    @Override
    public OrganizationTree deserialize(JsonParser p, DeserializationContext context) {
        try {
            return read(p, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        } catch (JsonInputException e) {
            throw e;
        } catch (JacksonException e) {
            throw JsonErrors.classifyIn(e, p);
        }
    }

    private static OrganizationTree read(JsonParser p, boolean failOnUnknown) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonErrors.at(p, ErrorType.WRONG_TYPE, "", "expected an object");
        }
        List<Organization> organizations = null;
        Set<String> others = new HashSet<>();
        int position = 0;
        String name;
        while ((name = p.nextName()) != null) {
            position++;
            p.nextToken();
            if (ORGANIZATIONS.equals(name)) {
                if (organizations != null) {
                    throw JsonErrors.at(p, ErrorType.DUPLICATE_PROPERTY, "/" + ORGANIZATIONS,
                            "an object has the same property twice");
                }
                organizations = organizations(p, failOnUnknown);
            } else {
                if (!others.add(name)) {
                    throw JsonErrors.at(p, ErrorType.DUPLICATE_PROPERTY, "", "an object has the same property twice");
                }
                if (failOnUnknown) {
                    // the name is input: the error names the object and the property's position
                    throw JsonErrors.at(p, ErrorType.UNKNOWN_PROPERTY, "",
                            "unknown property (property " + position + " of the object)");
                }
                LocatedTree.read(p, "", 1); // read, not kept: the same limits as any other value
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw JsonErrors.at(p, ErrorType.TRUNCATED, "", "the input ends inside a value, or is empty");
        }
        List<Organization> read = organizations == null ? List.of() : organizations;
        DecodeContext whole = DecodeContext.at(failOnUnknown, p.currentTokenLocation());
        return Scalars.guard(() -> OrganizationTree.of(read), "", whole);
    }

    private static List<Organization> organizations(JsonParser p, boolean failOnUnknown) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            String message = p.currentToken() == JsonToken.VALUE_NULL
                    ? "null is not allowed; omit the property instead" : "expected an array";
            throw JsonErrors.at(p, ErrorType.WRONG_TYPE, "/" + ORGANIZATIONS, message);
        }
        List<Organization> organizations = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw JsonErrors.at(p, ErrorType.TRUNCATED, "/" + ORGANIZATIONS,
                        "the input ends inside a value, or is empty");
            }
            String pointer = "/" + ORGANIZATIONS + "/" + organizations.size();
            LocatedTree tree = LocatedTree.read(p, pointer, 2);
            DecodeContext context = new DecodeContext(failOnUnknown, tree::locate);
            organizations.add(OrgCodecs.readOrganization(tree.root(), pointer, context));
        }
        return organizations;
    }
}
