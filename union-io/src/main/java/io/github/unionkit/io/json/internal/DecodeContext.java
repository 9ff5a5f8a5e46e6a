package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import java.util.Objects;
import tools.jackson.core.TokenStreamLocation;

/**
 * What a decoder needs besides the tree: the unknown-property policy and where the decoded value
 * starts in the input, for error locations.
 *
 * @param failOnUnknown whether unknown properties fail the read
 * @param location where the value being decoded starts in the input
 */
public record DecodeContext(boolean failOnUnknown, TokenStreamLocation location) {

    /**
     * Checks the arguments.
     *
     * @param failOnUnknown whether unknown properties fail the read
     * @param location where the decoded value starts
     * @throws NullPointerException if {@code location} is null
     */
    public DecodeContext {
        Objects.requireNonNull(location, "location");
    }

    /**
     * Creates an error at {@code pointer}.
     *
     * @param type the kind of problem
     * @param pointer the JSON Pointer of the offending value
     * @param message the description, without input values
     * @return the exception, to be thrown by the caller
     */
    public JsonInputException error(ErrorType type, String pointer, String message) {
        return new JsonInputException(type, message, location, pointer, null);
    }
}
