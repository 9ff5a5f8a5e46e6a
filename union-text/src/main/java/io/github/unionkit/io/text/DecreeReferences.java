package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.ReferenceFinder;
import io.github.unionkit.io.text.internal.Tokens;
import io.github.unionkit.model.decree.DecreeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds references to other decrees in Russian text: "постановлений Исполнительного комитета
 * Профсоюза № 5-4 от 20-21 мая 2016 года и Президиума Астраханской областной организации Профсоюза
 * образования № 27-5 от 18.12.2018" holds two.
 *
 * <p>A reference is a decree number and an adoption date (or range of days) in either order: "№ N от
 * DATE" or "от DATE № N". The number may be written with "№", a Latin "N"/"No", or — right after
 * "постановление"/"решение" or a body's name — no sign; any {@link
 * io.github.unionkit.model.decree.DecreeNumber} scheme is read, with stray spaces ("№ 3- 1"). Dates
 * are written as in deadlines ("18.12.2018", "«18» декабря 2020 г.", "20-21 мая 2016 года"); a date
 * without a year is the latest such day on or before the document date. The issuer is the body's
 * name as written before the number or "от", starting at the body word ("Исполнительного комитета
 * Профсоюза", "Президиума Астраханской областной организации Профсоюза образования"), with its
 * {@link io.github.unionkit.model.body.BodyKind} when recognised; a preceding "постановления" is not
 * part of it, because one such noun often governs several references.
 * {@link DecreeReference#asWritten()} is the whitespace-normalised text from the issuer (or the sign,
 * or "от") to the end of the date or number.
 *
 * <p>A number without a date is not a reference (it is usually the document's own number). Text that
 * looks like a reference but whose number or date is invalid is skipped. The scan is one linear pass
 * over a capped input; the class is stateless and thread-safe.
 */
public final class DecreeReferences {

    private DecreeReferences() {
    }

    /**
     * Finds every decree reference in a text.
     *
     * @param text the text, not null, at most {@value DecreeReferenceOptions#DEFAULT_MAX_TEXT_LENGTH} characters
     * @param documentDate the date of the document the text is in, not null
     * @return the references in text order, unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws TextTooLongException if the text is longer than the cap
     */
    public static List<DecreeReference> findAll(CharSequence text, LocalDate documentDate) {
        List<DecreeReferenceMatch> located = findAllLocated(text, documentDate);
        List<DecreeReference> references = new ArrayList<>(located.size());
        for (DecreeReferenceMatch match : located) {
            references.add(match.reference());
        }
        return List.copyOf(references);
    }

    /**
     * Finds every decree reference in a text, with where it and its parts are.
     *
     * @param text the text, not null, at most {@value DecreeReferenceOptions#DEFAULT_MAX_TEXT_LENGTH} characters
     * @param documentDate the date of the document the text is in, not null
     * @return the references with their spans, in text order, unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws TextTooLongException if the text is longer than the cap
     */
    public static List<DecreeReferenceMatch> findAllLocated(CharSequence text, LocalDate documentDate) {
        return findAllLocated(text, documentDate, DecreeReferenceOptions.defaults());
    }

    /**
     * Finds every decree reference in a text of at most {@code maxTextLength} characters, with where
     * it and its parts are.
     *
     * @param text the text, not null
     * @param documentDate the date of the document the text is in, not null
     * @param options the cap on the text, not null
     * @return the references with their spans, in text order, unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws TextTooLongException if the text is longer than {@link DecreeReferenceOptions#maxTextLength()}
     */
    public static List<DecreeReferenceMatch> findAllLocated(CharSequence text, LocalDate documentDate,
            DecreeReferenceOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(options, "options");
        if (text.length() > options.maxTextLength()) {
            throw new TextTooLongException(text, options.maxTextLength());
        }
        Tokens tokens = Tokens.of(text);
        return ReferenceFinder.find(tokens, 0, tokens.size(), documentDate, ReferenceFinder.IGNORE);
    }
}
