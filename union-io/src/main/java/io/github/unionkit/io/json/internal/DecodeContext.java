package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.TokenStreamLocation;

/**
 * What a decoder needs besides the tree: the unknown-property policy and where each value of the
 * tree starts in the input, for error locations.
 *
 * @param failOnUnknown whether unknown properties fail the read
 * @param locator where the value at a JSON Pointer starts in the input
 */
public record DecodeContext(boolean failOnUnknown, Function<String, TokenStreamLocation> locator) {

    /**
     * Checks the arguments.
     *
     * @param failOnUnknown whether unknown properties fail the read
     * @param locator the locations of values
     * @throws NullPointerException if {@code locator} is null
     */
    public DecodeContext {
        Objects.requireNonNull(locator, "locator");
    }

    /**
     * Creates a context whose errors are all located at {@code location}.
     *
     * @param failOnUnknown whether unknown properties fail the read
     * @param location where the decoded value starts
     * @return the context
     */
    public static DecodeContext at(boolean failOnUnknown, TokenStreamLocation location) {
        Objects.requireNonNull(location, "location");
        return new DecodeContext(failOnUnknown, pointer -> location);
    }

    /**
     * Creates an error at {@code pointer}, located where that value starts in the input.
     *
     * @param type the kind of problem
     * @param pointer the JSON Pointer of the offending value
     * @param message the description, without input values
     * @return the exception, to be thrown by the caller
     */
    public JsonInputException error(ErrorType type, String pointer, String message) {
        return new JsonInputException(type, message, locator.apply(pointer), pointer, null);
    }
}
