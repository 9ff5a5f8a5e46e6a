package io.github.unionkit.model.time;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a {@link Deadline} cannot be built from the values given: a window that would start
 * after its last day, a range whose first day or year comes after its last, or an unusable phrase.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that only care about "invalid argument"
 * need no special handling, while callers that report errors get the {@link #errorType()} and, for
 * out-of-order dates, the two dates that were found out of order. The message names the dates but
 * never repeats the phrase.
 */
public final class InvalidDeadlineException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Why the deadline was rejected. */
    public enum ErrorType implements UnionKitErrorType {
        /**
         * The window would start after the last day: "не позднее X" or "до X" with a window start
         * (the document date) after the resolved last day.
         */
        WINDOW_START_AFTER_LAST_DAY,
        /** A range of days or years whose first element comes after its last. */
        FIRST_AFTER_LAST,
        /** The phrase is empty or consists of white space only. */
        BLANK_PHRASE,
        /** The phrase is longer than {@link Deadline#MAX_PHRASE_LENGTH}. */
        PHRASE_TOO_LONG;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("InvalidDeadlineException." + name(), locale);
        }
    }

    private static final java.time.format.DateTimeFormatter RUSSIAN_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    /** @serial the English message */
    private final String englishMessage;
    private final LocalDate first;
    private final LocalDate last;

    /**
     * Creates an exception for two dates found out of order.
     *
     * @param errorType why the deadline was rejected, not null
     * @param first the date that should have come first (a window start or a range's first day), not null
     * @param last the date that should have come last (a last day or a range's last day), not null
     * @param detail a short explanation naming the offending values, not null
     */
    public InvalidDeadlineException(ErrorType errorType, LocalDate first, LocalDate last, String detail) {
        super(errorType, null);
        this.englishMessage = Objects.requireNonNull(errorType, "errorType") + ": "
                + Objects.requireNonNull(detail, "detail");
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
    }

    /**
     * Creates an exception that involves no dates, such as a rejected phrase.
     *
     * @param errorType why the deadline was rejected, not null
     * @param detail a short explanation that does not repeat the phrase, not null
     */
    public InvalidDeadlineException(ErrorType errorType, String detail) {
        super(errorType, null);
        this.englishMessage = Objects.requireNonNull(errorType, "errorType") + ": "
                + Objects.requireNonNull(detail, "detail");
        this.first = null;
        this.last = null;
    }

    /**
     * Returns why the deadline was rejected.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the message in Russian or English: in English the full text, in Russian the
     * description of the error type and what it concerns.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     */
    @Override
    public String message(Locale locale) {
        return validationMessage(locale, englishMessage, first == null ? "" : first.format(RUSSIAN_DATE) + " – " + last.format(RUSSIAN_DATE));
    }

    /**
     * Returns the date that should have come first: the window start, or the first day of a range
     * (for a range of years, 1 January of its first year).
     *
     * @return the date, empty when the error involves no dates
     */
    public Optional<LocalDate> first() {
        return Optional.ofNullable(first);
    }

    /**
     * Returns the date that should have come last: the resolved last day, or the last day of a range
     * (for a range of years, 31 December of its last year).
     *
     * @return the date, empty when the error involves no dates
     */
    public Optional<LocalDate> last() {
        return Optional.ofNullable(last);
    }
}
