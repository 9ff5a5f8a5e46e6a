package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Maps JSON input errors to registry rejections.
 */
final class Rejections {

    private Rejections() {
    }

    /**
     * Returns the rejection of the record at {@code line} for a JSON input error; the column is
     * taken from the error's location within the line.
     *
     * @param line the record's line in the file
     * @param e the error
     * @return the rejection
     */
    public static Rejection of(long line, JsonInputException e) {
        OptionalInt column = e.column() > 0 ? OptionalInt.of(e.column()) : OptionalInt.empty();
        return new Rejection(line, reasonOf(e.errorType()), e.pointer(), e.getOriginalMessage(), Optional.empty(),
                OptionalLong.empty(), column);
    }

    /**
     * Returns the rejection reason for a JSON error type.
     *
     * @param type the error type
     * @return the reason
     */
    public static Reason reasonOf(JsonInputException.ErrorType type) {
        switch (type) {
            case TRUNCATED:
                return Reason.TRUNCATED;
            case TOO_DEEP:
            case STRING_TOO_LONG:
            case NUMBER_TOO_LONG:
            case NAME_TOO_LONG:
            case TOO_MANY_TOKENS:
                return Reason.LIMIT_EXCEEDED;
            case DOCUMENT_TOO_LONG:
                return Reason.LINE_TOO_LONG;
            case DUPLICATE_PROPERTY:
                return Reason.DUPLICATE_PROPERTY;
            case UNKNOWN_PROPERTY:
                return Reason.UNKNOWN_PROPERTY;
            case MISSING_PROPERTY:
                return Reason.MISSING_VALUE;
            case WRONG_TYPE:
                return Reason.WRONG_TYPE;
            case INVALID_VALUE:
                return Reason.INVALID_VALUE;
            case TRAILING_CONTENT:
                return Reason.TRAILING_CONTENT;
            case IO_ERROR:
                return Reason.UNREADABLE;
            default:
                return Reason.MALFORMED;
        }
    }
}
