package io.github.unionkit.model.decree;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.internal.ClosedRanges;
import io.github.unionkit.model.decree.internal.RequiredText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A reference from one resolution to another: "постановления Исполнительного комитета Профсоюза
 * № 5-4 от 20-21 мая 2016 года" is issued by the Executive Committee, numbered 5-4, and dated
 * 20–21 May 2016 (a two-day meeting).
 *
 * <p>The {@link #dates()} are a closed range: one day, or the days of a meeting that lasted several;
 * use {@code dates().getStart()} and {@code dates().getEndInclusive()} for the first and last day.
 * The written form is kept whitespace-normalised in {@link #asWritten()}.
 *
 * @param issuerAsWritten the words naming the issuing body, as written, if the reference names one
 * @param issuerKind the issuing body's kind, if known
 * @param number the referenced decree's number
 * @param dates the referenced decree's adoption date or dates, closed
 * @param asWritten the whole reference as written, from the issuer (or the number) to the date
 */
public record DecreeReference(
        @NotNull Optional<String> issuerAsWritten,
        @NotNull Optional<BodyKind> issuerKind,
        @NotNull DecreeNumber number,
        @NotNull LocalDateRange dates,
        @NotBlank String asWritten) {

    /**
     * Creates a reference, normalising its texts.
     *
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if a text is blank or {@code dates} is not closed
     */
    public DecreeReference {
        issuerAsWritten = RequiredText.optional("issuerAsWritten", issuerAsWritten);
        Objects.requireNonNull(issuerKind, "issuerKind");
        Objects.requireNonNull(number, "number");
        ClosedRanges.require("dates", dates);
        asWritten = RequiredText.of("asWritten", asWritten);
    }

    /**
     * Returns a reference that names its issuer.
     *
     * @param issuerAsWritten the issuer as written, not null, not blank
     * @param issuerKind the issuer's body kind, not null
     * @param number the decree number, not null
     * @param dates the adoption dates, not null, closed
     * @param asWritten the whole reference as written, not null, not blank
     * @return the reference
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if a text is blank or {@code dates} is not closed
     */
    public static DecreeReference of(String issuerAsWritten, BodyKind issuerKind, DecreeNumber number,
            LocalDateRange dates, String asWritten) {
        return new DecreeReference(Optional.of(Objects.requireNonNull(issuerAsWritten, "issuerAsWritten")),
                Optional.of(Objects.requireNonNull(issuerKind, "issuerKind")), number, dates, asWritten);
    }

    /**
     * Returns a reference without a named issuer, adopted on one day.
     *
     * @param number the decree number, not null
     * @param date the adoption date, not null
     * @param asWritten the whole reference as written, not null, not blank
     * @return the reference
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    public static DecreeReference of(DecreeNumber number, LocalDate date, String asWritten) {
        Objects.requireNonNull(date, "date");
        return new DecreeReference(Optional.empty(), Optional.empty(), number, LocalDateRange.ofClosed(date, date),
                asWritten);
    }
}
