package io.github.unionkit.io.text;

import io.github.unionkit.model.decree.DecreeReference;
import java.util.Objects;
import java.util.Optional;

/**
 * A decree reference found by {@link DecreeReferences#findAllLocated}, with where its parts are in the
 * scanned text.
 *
 * @param span the whole reference, from the issuer (or the number sign, or "от") to the end of the
 *     number or date
 * @param reference the reference
 * @param issuerSpan the issuer's words, if the reference names one
 * @param numberSpan the number, without its sign
 * @param datesSpan the date or range of days, without "от"
 */
public record DecreeReferenceMatch(TextSpan span, DecreeReference reference, Optional<TextSpan> issuerSpan,
        TextSpan numberSpan, TextSpan datesSpan) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a part's span lies outside the whole span
     */
    public DecreeReferenceMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(issuerSpan, "issuerSpan");
        Objects.requireNonNull(numberSpan, "numberSpan");
        Objects.requireNonNull(datesSpan, "datesSpan");
        if (!numberSpan.isWithin(span) || !datesSpan.isWithin(span)
                || issuerSpan.isPresent() && !issuerSpan.get().isWithin(span)) {
            throw new IllegalArgumentException("a part lies outside the reference " + span);
        }
    }
}
