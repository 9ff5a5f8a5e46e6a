package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.TextErrorTexts;
import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitParseException;
import java.util.Locale;

/**
 * Thrown by {@link RussianDeadlines#parse(CharSequence, java.time.LocalDate)} when a phrase is not a
 * deadline UnionKit can read, or names dates that cannot be.
 *
 * <p>A thin {@link UnionKitParseException}: why ({@link #errorType()}) and where ({@link #index()},
 * a zero-based offset into the text as given; {@link #line()} and {@link #column()} from 1). The
 * message names both but never quotes the text, which may come from a document with personal data in
 * it. Immutable once thrown.
 */
public final class DeadlineParseException extends UnionKitParseException {

    private static final long serialVersionUID = 1L;

    /** Why a phrase was rejected. */
    public enum ErrorType implements UnionKitErrorType {
        /** The text is empty or white space only. */
        EMPTY,
        /**
         * The text is longer than the configured cap (nothing was read), or the phrase is longer than
         * a deadline can keep ({@link io.github.unionkit.model.time.Deadline#MAX_PHRASE_LENGTH}).
         */
        TOO_LONG,
        /** No deadline form starts at the beginning of the phrase. */
        UNKNOWN_PHRASE,
        /** A deadline form started, but the text here does not continue it (or follows a complete phrase). */
        UNEXPECTED_TEXT,
        /** The phrase ends before its deadline form is complete ("в первом"). */
        INCOMPLETE,
        /** A day or month that does not exist: "31 апреля", "29.02.2021", "01.13.2021". */
        INVALID_DATE,
        /** A range whose first day, month or year comes after its last. */
        INVALID_RANGE,
        /** "до X" or "не позднее X" with a last day before the document date. */
        BEFORE_DOCUMENT_DATE,
        /**
         * A form recognised but deliberately not computed, because it is ambiguous: "до 2025 года"
         * (the start or the end of 2025?), two-digit years.
         */
        UNSUPPORTED,
        /**
         * A term in working days ("в течение 5 рабочих дней") that reaches a year the working-day
         * calendar of the options has no data for.
         */
        NO_CALENDAR;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return TextErrorTexts.TEXTS.get("DeadlineParseException." + name(), locale);
        }
    }

    /**
     * Creates the exception.
     *
     * @param errorType why the phrase was rejected, not null
     * @param text the text the phrase was read from (the phrase itself, or the document it was found
     *     in), not null; it is used only to count the line and column, and is never quoted
     * @param index the zero-based offset of the problem in {@code text}, 0 to {@code text.length()}
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the text
     */
    public DeadlineParseException(ErrorType errorType, CharSequence text, int index) {
        super(errorType, text, index, null);
    }

    /**
     * Returns why the phrase was rejected.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    @Override
    protected String subject(Locale locale) {
        return TextErrorTexts.TEXTS.get("subject.deadline", locale);
    }
}
