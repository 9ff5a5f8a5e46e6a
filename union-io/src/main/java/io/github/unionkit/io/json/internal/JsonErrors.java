package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into {@link JsonInputException}s with an error type, a location and a
 * message that carries no input value.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * Creates an error at the parser's current token.
     *
     * @param parser the parser, not null
     * @param type the kind of problem
     * @param pointer the JSON Pointer of the value
     * @param message the description, without input values
     * @return the exception, to be thrown by the caller
     */
    public static JsonInputException at(JsonParser parser, ErrorType type, String pointer, String message) {
        return new JsonInputException(type, message, parser.currentTokenLocation(), pointer, null);
    }

    /**
     * Classifies a Jackson exception. A {@link JsonInputException} is returned as it is.
     *
     * @param e the exception, not null
     * @param fallback where the parser stood, used when {@code e} carries no location; may be null
     * @return the typed exception
     */
    public static JsonInputException classify(JacksonException e, TokenStreamLocation fallback) {
        if (e instanceof JsonInputException) {
            return (JsonInputException) e;
        }
        Utf8.MalformedException utf8 = malformedUtf8(e);
        if (utf8 != null) {
            return new JsonInputException(ErrorType.MALFORMED, "invalid UTF-8 (an overlong form, a surrogate, a"
                    + " code point above U+10FFFF, a truncated sequence or a stray byte)",
                    location(utf8), "", null);
        }
        TokenStreamLocation location = e.getLocation();
        if (location == null || location == TokenStreamLocation.NA) {
            location = fallback == null ? TokenStreamLocation.NA : fallback;
        }
        ErrorType type = typeOf(e);
        String pointer = pointerOf(e);
        return new JsonInputException(type, describe(type, e), location, pointer, null);
    }

    /**
     * Returns the location of an invalid UTF-8 sequence.
     *
     * @param utf8 the failure
     * @return its location
     */
    public static TokenStreamLocation location(Utf8.MalformedException utf8) {
        return new TokenStreamLocation(ContentReference.unknown(), utf8.offset(), -1, utf8.line(), utf8.column());
    }

    private static Utf8.MalformedException malformedUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Utf8.MalformedException) {
                return (Utf8.MalformedException) t;
            }
        }
        return null;
    }

    /**
     * Returns the kind of problem a Jackson exception reports.
     *
     * @param e the exception, not null
     * @return the error type
     */
    public static ErrorType typeOf(JacksonException e) {
        if (e instanceof JsonInputException) {
            return ((JsonInputException) e).errorType();
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return constraintType(message);
        }
        if (malformedUtf8(e) != null) {
            return ErrorType.MALFORMED;
        }
        if (e instanceof JacksonIOException) {
            return ErrorType.IO_ERROR;
        }
        if (e instanceof UnexpectedEndOfInputException || message.contains("end-of-input")) {
            return ErrorType.TRUNCATED;
        }
        if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
            return ErrorType.DUPLICATE_PROPERTY;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return ErrorType.UNKNOWN_PROPERTY;
        }
        if (message.startsWith("Trailing token")) {
            return ErrorType.TRAILING_CONTENT;
        }
        if (e instanceof InvalidFormatException || e instanceof InputCoercionException) {
            return ErrorType.INVALID_VALUE;
        }
        if (e instanceof InvalidNullException || e instanceof MismatchedInputException) {
            return ErrorType.WRONG_TYPE;
        }
        return ErrorType.MALFORMED;
    }

    private static ErrorType constraintType(String message) {
        if (message.startsWith("Document nesting depth")) {
            return ErrorType.TOO_DEEP;
        }
        if (message.startsWith("String value length")) {
            return ErrorType.STRING_TOO_LONG;
        }
        if (message.startsWith("Number value length") || message.startsWith("BigDecimal scale")) {
            return ErrorType.NUMBER_TOO_LONG;
        }
        if (message.startsWith("Name length")) {
            return ErrorType.NAME_TOO_LONG;
        }
        if (message.startsWith("Token count")) {
            return ErrorType.TOO_MANY_TOKENS;
        }
        return ErrorType.DOCUMENT_TOO_LONG;
    }

    /*
     * Jackson's own messages may quote input (a token, a string value); only constraint messages,
     * which hold lengths and limits, are passed through.
     */
    private static String describe(ErrorType type, JacksonException e) {
        switch (type) {
            case TOO_DEEP:
            case STRING_TOO_LONG:
            case NUMBER_TOO_LONG:
            case NAME_TOO_LONG:
            case DOCUMENT_TOO_LONG:
            case TOO_MANY_TOKENS:
                return String.valueOf(e.getOriginalMessage());
            case TRUNCATED:
                return "the input ends inside a value, or is empty";
            case DUPLICATE_PROPERTY:
                return "an object has the same property twice";
            case UNKNOWN_PROPERTY:
                return "unknown property";
            case TRAILING_CONTENT:
                return "content follows the end of the document";
            case INVALID_VALUE:
                return "invalid value";
            case WRONG_TYPE:
                return "value of the wrong JSON type";
            case IO_ERROR:
                return "reading the input failed";
            default:
                return "not valid JSON (unexpected character, invalid UTF-8 or binary content)";
        }
    }

    /**
     * Classifies a Jackson exception thrown while {@code parser} read; a duplicate property that
     * Jackson's parser detected gets the pointer of the object that holds it (the duplicate name is
     * input and stays out of the pointer).
     *
     * @param e the exception, not null
     * @param parser the parser that was reading, not null
     * @return the typed exception
     */
    public static JsonInputException classifyIn(JacksonException e, JsonParser parser) {
        JsonInputException typed = classify(e, parser.currentLocation());
        if (typed.errorType() == ErrorType.DUPLICATE_PROPERTY && typed.pointer().isEmpty()) {
            return new JsonInputException(typed.errorType(), typed.getOriginalMessage(), typed.getLocation(),
                    containerPointer(parser.streamReadContext()), null);
        }
        return typed;
    }

    /** The pointer of the container whose context {@code context} is, from its ancestors. */
    private static String containerPointer(tools.jackson.core.TokenStreamContext context) {
        java.util.ArrayDeque<tools.jackson.core.TokenStreamContext> path = new java.util.ArrayDeque<>();
        for (tools.jackson.core.TokenStreamContext c = context == null ? null : context.getParent();
                c != null && !c.inRoot(); c = c.getParent()) {
            path.addFirst(c);
        }
        String pointer = "";
        for (tools.jackson.core.TokenStreamContext c : path) {
            pointer = c.inObject() ? Pointers.child(pointer, String.valueOf(c.currentName()))
                    : Pointers.child(pointer, c.getCurrentIndex());
        }
        return pointer;
    }

    /**
     * Describes a failure of a model factory without its message, which may hold input values: the
     * failure's error type where it has one, else its class.
     *
     * @param e the failure
     * @return the description, e.g. {@code "EXIT_BEFORE_ADMISSION"} or {@code "IllegalArgumentException"}
     */
    public static String kindOf(RuntimeException e) {
        if (e instanceof io.github.unionkit.model.member.InvalidMemberException) {
            return ((io.github.unionkit.model.member.InvalidMemberException) e).errorType().name();
        }
        if (e instanceof io.github.unionkit.model.org.IdentifierParseException) {
            return ((io.github.unionkit.model.org.IdentifierParseException) e).errorType().name();
        }
        if (e instanceof io.github.unionkit.model.decree.DecreeNumberParseException) {
            return ((io.github.unionkit.model.decree.DecreeNumberParseException) e).errorType().name();
        }
        return e.getClass().getSimpleName();
    }

    private static String pointerOf(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        List<JacksonException.Reference> path = e.getPath();
        if (e instanceof UnrecognizedPropertyException && !path.isEmpty()) {
            // the unknown name is input: the pointer names the object that holds it
            path = path.subList(0, path.size() - 1);
        }
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            String name = reference.getPropertyName();
            if (name != null) {
                pointer.append(name.replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
