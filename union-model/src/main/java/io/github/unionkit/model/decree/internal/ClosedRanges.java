package io.github.unionkit.model.decree.internal;

import io.github.unionkit.model.decree.InvalidResolutionException;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/** Checks that a date range is closed: bounded at both ends and at least one day long. */
public final class ClosedRanges {

    private ClosedRanges() {
    }

    /**
     * Returns {@code range} if it is closed.
     *
     * @param field the field name for the exception, not null
     * @param range the range
     * @return the range
     * @throws NullPointerException if {@code range} is null
     * @throws InvalidResolutionException with {@link ErrorType#DATES_NOT_CLOSED} otherwise
     */
    public static LocalDateRange require(String field, LocalDateRange range) {
        Objects.requireNonNull(range, field);
        if (range.isEmpty() || range.isUnboundedStart() || range.isUnboundedEnd()) {
            throw new InvalidResolutionException(ErrorType.DATES_NOT_CLOSED, field,
                    "must be bounded and at least one day long, got " + range);
        }
        return range;
    }
}
