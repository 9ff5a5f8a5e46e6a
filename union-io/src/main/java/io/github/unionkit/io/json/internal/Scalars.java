package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Decoders of scalar JSON values, and the guard that turns model exceptions into typed errors.
 */
public final class Scalars {

    private Scalars() {
    }

    /**
     * Decodes a JSON string.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the string
     * @throws JsonInputException of type {@code WRONG_TYPE} if the node is not a string
     */
    public static String string(JsonNode node, String pointer, DecodeContext context) {
        if (!node.isString()) {
            throw context.error(ErrorType.WRONG_TYPE, pointer, "expected a string");
        }
        return node.stringValue();
    }

    /**
     * Decodes a JSON integer that fits an {@code int}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the int
     * @throws JsonInputException if the node is not an integer or does not fit an int
     */
    public static int integer(JsonNode node, String pointer, DecodeContext context) {
        if (!node.isIntegralNumber()) {
            throw context.error(ErrorType.WRONG_TYPE, pointer, "expected an integer");
        }
        if (!node.isInt()) {
            throw context.error(ErrorType.INVALID_VALUE, pointer, "integer out of range");
        }
        return node.intValue();
    }

    /**
     * Decodes a JSON boolean.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the boolean
     * @throws JsonInputException of type {@code WRONG_TYPE} if the node is not a boolean
     */
    public static boolean bool(JsonNode node, String pointer, DecodeContext context) {
        if (!node.isBoolean()) {
            throw context.error(ErrorType.WRONG_TYPE, pointer, "expected true or false");
        }
        return node.booleanValue();
    }

    /**
     * Decodes a JSON array.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @param element the decoder of each element
     * @param <T> the element type
     * @return the unmodifiable list
     * @throws JsonInputException if the node is not an array or an element is invalid
     */
    public static <T> List<T> list(JsonNode node, String pointer, DecodeContext context, Decoder<T> element) {
        if (!node.isArray()) {
            throw context.error(ErrorType.WRONG_TYPE, pointer, "expected an array");
        }
        List<T> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = Pointers.child(pointer, i);
            if (item.isNull()) {
                throw context.error(ErrorType.WRONG_TYPE, at, "null is not allowed in an array");
            }
            values.add(element.decode(item, at, context));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Returns a decoder of strings through a parse function: the string is length-checked, then
     * parsed; parse failures become {@code INVALID_VALUE} errors that describe what was expected.
     *
     * @param maxLength the longest accepted string
     * @param parse the parse function, may throw any runtime exception
     * @param expected what a valid value looks like, for the message
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> Decoder<T> parsed(int maxLength, Function<String, T> parse, String expected) {
        return (node, pointer, context) -> {
            String text = string(node, pointer, context);
            if (text.length() > maxLength) {
                throw context.error(ErrorType.INVALID_VALUE, pointer, "too long; expected " + expected);
            }
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                throw context.error(ErrorType.INVALID_VALUE, pointer, "expected " + expected);
            }
        };
    }

    /**
     * Returns a decoder of enum constants written by name.
     *
     * @param type the enum type
     * @param <E> the enum type
     * @return the decoder
     */
    public static <E extends Enum<E>> Decoder<E> enumOf(Class<E> type) {
        return (node, pointer, context) -> {
            String text = string(node, pointer, context);
            if (text.length() <= 64) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
            }
            throw context.error(ErrorType.INVALID_VALUE, pointer,
                    "expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
        };
    }

    /**
     * Decodes an ISO date {@code yyyy-MM-dd}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the date
     * @throws JsonInputException if the node is not such a date
     */
    public static LocalDate date(JsonNode node, String pointer, DecodeContext context) {
        String text = string(node, pointer, context);
        LocalDate date = IsoDates.parseOrNull(text);
        if (date == null) {
            throw context.error(ErrorType.INVALID_VALUE, pointer, "expected an ISO date like 2021-03-31");
        }
        return date;
    }

    /**
     * Decodes an ISO year-month {@code yyyy-MM}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the year-month
     * @throws JsonInputException if the node is not such a year-month
     */
    public static YearMonth yearMonth(JsonNode node, String pointer, DecodeContext context) {
        return parsed(7, YearMonth::parse, "a year and month like 2021-03").decode(node, pointer, context);
    }

    /**
     * Decodes a year written as an integer.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the year
     * @throws JsonInputException if the node is not an integer from 1 to 9999
     */
    public static Year year(JsonNode node, String pointer, DecodeContext context) {
        int value = integer(node, pointer, context);
        if (value < 1 || value > 9999) {
            throw context.error(ErrorType.INVALID_VALUE, pointer, "expected a year from 1 to 9999");
        }
        return Year.of(value);
    }

    /**
     * Runs a model factory, turning its exceptions into an {@code INVALID_VALUE} error.
     *
     * <p>The model's exception messages never contain personal data (a contract of union-model), so
     * they are passed on.
     *
     * @param factory the factory
     * @param pointer the pointer of the value being built
     * @param context the context
     * @param <T> the result type
     * @return the factory's result
     * @throws JsonInputException if the factory throws
     */
    public static <T> T guard(Supplier<T> factory, String pointer, DecodeContext context) {
        try {
            return factory.get();
        } catch (JsonInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw context.error(ErrorType.INVALID_VALUE, pointer, "invalid value: " + JsonErrors.kindOf(e));
        }
    }
}
