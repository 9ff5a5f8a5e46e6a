package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.io.json.JsonLimits;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON tree read from a parser together with where each value starts, so that an error found while
 * decoding the tree is reported at the value's own line and column, not at the document's start.
 *
 * <p>Reading enforces, whatever mapper the {@link io.github.unionkit.io.json.UnionModule} is
 * registered on: no property twice in an object, strings no longer than
 * {@link JsonLimits#maxStringLength()} of {@link JsonLimits#defaults()} and nesting no deeper than
 * its {@link JsonLimits#maxNestingDepth()} (a mapper from {@link io.github.unionkit.io.json.UnionJson}
 * enforces its own, possibly stricter, limits in the parser before this). Locations are kept for
 * containers only: one entry per object or array, holding where each of its children starts.
 */
final class LocatedTree {

    private static final JsonLimits LIMITS = JsonLimits.defaults();

    private final JsonNode root;
    private final TokenStreamLocation rootLocation;
    private final Map<JsonNode, List<TokenStreamLocation>> children = new IdentityHashMap<>();

    /** The pointer of the root in the document: "" for a whole document. */
    private final String base;

    private LocatedTree(JsonParser parser, String base, int depth) {
        this.base = base;
        this.rootLocation = parser.currentTokenLocation();
        this.root = value(parser, base, depth);
    }

    /**
     * Reads the value the parser stands on (and everything in it); the parser is left on its last
     * token.
     *
     * @param parser the parser, on the first token of a value
     * @return the tree with its locations
     * @throws JsonInputException on a duplicate property, an over-long string or too deep nesting
     */
    public static LocatedTree read(JsonParser parser) {
        return new LocatedTree(parser, "", 0);
    }

    /**
     * Reads one value inside a document that is read as a stream (the parser is left on its last
     * token): errors name pointers from the document's root, and {@link #locate(String)} takes them.
     *
     * @param parser the parser, on the first token of a value
     * @param base the value's JSON Pointer in the document
     * @param depth the nesting depth of the value's container in the document
     * @return the tree of the value with its locations
     * @throws JsonInputException on a duplicate property, an over-long string or too deep nesting
     */
    public static LocatedTree read(JsonParser parser, String base, int depth) {
        return new LocatedTree(parser, base, depth);
    }

    /**
     * Returns the tree.
     *
     * @return the root node
     */
    public JsonNode root() {
        return root;
    }

    /**
     * Returns where the value at {@code pointer} starts; for a pointer to an absent value (a missing
     * property), where the nearest present value that contains it starts.
     *
     * @param documentPointer a JSON Pointer into the tree, from the document's root
     * @return the location
     */
    public TokenStreamLocation locate(String documentPointer) {
        if (!documentPointer.startsWith(base)) {
            return rootLocation;
        }
        String pointer = documentPointer.substring(base.length());
        JsonNode node = root;
        TokenStreamLocation location = rootLocation;
        int from = 0;
        while (from < pointer.length() && node != null) {
            int next = pointer.indexOf('/', from + 1);
            int end = next < 0 ? pointer.length() : next;
            String segment = pointer.substring(from + 1, end).replace("~1", "/").replace("~0", "~");
            int index = indexOf(node, segment);
            List<TokenStreamLocation> starts = children.get(node);
            if (index < 0 || starts == null || index >= starts.size()) {
                break;
            }
            location = starts.get(index);
            node = node.isObject() ? node.get(segment) : node.get(index);
            from = end;
        }
        return location;
    }

    private static int indexOf(JsonNode node, String segment) {
        if (node.isObject()) {
            int i = 0;
            for (String name : node.propertyNames()) {
                if (name.equals(segment)) {
                    return i;
                }
                i++;
            }
            return -1;
        }
        if (node.isArray()) {
            try {
                int index = Integer.parseInt(segment);
                return index < node.size() ? index : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private JsonNode value(JsonParser p, String pointer, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new JsonInputException(ErrorType.TRUNCATED, "the input ends inside a value, or is empty",
                    p.currentLocation(), pointer, null);
        }
        switch (token) {
            case START_OBJECT:
                return object(p, pointer, depth + 1);
            case START_ARRAY:
                return array(p, pointer, depth + 1);
            case VALUE_STRING:
                if (p.getStringLength() > LIMITS.maxStringLength()) {
                    throw new JsonInputException(ErrorType.STRING_TOO_LONG, "String value length exceeds the"
                            + " maximum allowed (" + LIMITS.maxStringLength() + ")", p.currentTokenLocation(),
                            pointer, null);
                }
                return f.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? f.numberNode(p.getBigIntegerValue())
                        : p.getNumberType() == JsonParser.NumberType.LONG ? f.numberNode(p.getLongValue())
                        : f.numberNode(p.getIntValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new JsonInputException(ErrorType.MALFORMED, "not a JSON value", p.currentTokenLocation(),
                        pointer, null);
        }
    }

    private ObjectNode object(JsonParser p, String pointer, int depth) {
        checkDepth(p, pointer, depth);
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        List<TokenStreamLocation> starts = new ArrayList<>();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            String child = Pointers.child(pointer, name);
            TokenStreamLocation at = p.currentTokenLocation();
            JsonNode value = value(p, child, depth);
            if (object.has(name)) {
                throw new JsonInputException(ErrorType.DUPLICATE_PROPERTY, "an object has the same property twice",
                        at, child, null);
            }
            object.set(name, value);
            starts.add(at);
        }
        expectEnd(p, JsonToken.END_OBJECT, pointer);
        children.put(object, starts);
        return object;
    }

    private ArrayNode array(JsonParser p, String pointer, int depth) {
        checkDepth(p, pointer, depth);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        List<TokenStreamLocation> starts = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                break;
            }
            TokenStreamLocation at = p.currentTokenLocation();
            array.add(value(p, Pointers.child(pointer, array.size()), depth));
            starts.add(at);
        }
        expectEnd(p, JsonToken.END_ARRAY, pointer);
        children.put(array, starts);
        return array;
    }

    private static void expectEnd(JsonParser p, JsonToken end, String pointer) {
        if (p.currentToken() != end) {
            throw new JsonInputException(ErrorType.TRUNCATED, "the input ends inside a value, or is empty",
                    p.currentLocation(), pointer, null);
        }
    }

    private static void checkDepth(JsonParser p, String pointer, int depth) {
        if (depth > LIMITS.maxNestingDepth()) {
            throw new JsonInputException(ErrorType.TOO_DEEP, "Document nesting depth exceeds the maximum allowed ("
                    + LIMITS.maxNestingDepth() + ")", p.currentTokenLocation(), pointer, null);
        }
    }
}
