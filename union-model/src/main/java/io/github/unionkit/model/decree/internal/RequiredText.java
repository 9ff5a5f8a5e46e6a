package io.github.unionkit.model.decree.internal;

import io.github.unionkit.model.decree.InvalidResolutionException;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.decree.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalises the text fields of resolution parts and rejects the ones that end up empty, so every
 * record and aggregate of the decree package applies the same rule in its one check.
 */
public final class RequiredText {

    private RequiredText() {
    }

    /**
     * Returns {@code value} normalised, rejecting null and blank values.
     *
     * @param field the field name for the exception, not null
     * @param value the text
     * @return the normalised, non-empty text
     * @throws NullPointerException if {@code value} is null
     * @throws InvalidResolutionException with {@link ErrorType#BLANK_TEXT} if the text is blank
     */
    public static String of(String field, CharSequence value) {
        Objects.requireNonNull(value, field);
        String normalized = TextNormalizer.normalize(value);
        if (normalized.isEmpty()) {
            throw new InvalidResolutionException(ErrorType.BLANK_TEXT, field, "must not be blank");
        }
        return normalized;
    }

    /**
     * Returns the optional text normalised, rejecting a present blank value.
     *
     * @param field the field name for the exception, not null
     * @param value the optional text
     * @return the optional normalised text
     * @throws NullPointerException if {@code value} is null
     * @throws InvalidResolutionException with {@link ErrorType#BLANK_TEXT} if a present text is blank
     */
    public static Optional<String> optional(String field, Optional<String> value) {
        Objects.requireNonNull(value, field);
        return value.map(v -> of(field, v));
    }

    /**
     * Returns an unmodifiable copy of {@code values} with each text normalised, rejecting null lists,
     * null elements and blank elements.
     *
     * @param field the field name for the exception, not null
     * @param values the texts
     * @return the normalised texts, unmodifiable
     * @throws NullPointerException if the list or an element is null
     * @throws InvalidResolutionException with {@link ErrorType#BLANK_TEXT} if an element is blank
     */
    public static List<String> list(String field, List<String> values) {
        Objects.requireNonNull(values, field);
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(of(field + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(out);
    }

}
