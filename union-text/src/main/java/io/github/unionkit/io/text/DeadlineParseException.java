package io.github.unionkit.io.text;

import java.util.Objects;

/**
 * Thrown by {@link RussianDeadlines#parse(CharSequence, java.time.LocalDate)} when a phrase is not a
 * deadline UnionKit can read, or names dates that cannot be.
 *
 * <p>The exception carries why ({@link #errorType()}) and where ({@link #index()}: a zero-based
 * offset into the text as given). The message names both but never quotes the text, which may come
 * from a document with personal data in it. It extends {@link IllegalArgumentException}, so callers
 * that only care about "invalid argument" need no special handling. Immutable once thrown.
 */
public final class DeadlineParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a phrase was rejected. */
    public enum ErrorType {
        /** The text is empty or white space only. */
        EMPTY("the phrase is empty"),
        /**
         * The text is longer than the configured cap (nothing was read), or the phrase is longer than
         * a deadline can keep ({@link io.github.unionkit.model.time.Deadline#MAX_PHRASE_LENGTH}).
         */
        TOO_LONG("the phrase is longer than the configured maximum"),
        /** No deadline form starts at the beginning of the phrase. */
        UNKNOWN_PHRASE("no deadline form starts here"),
        /** A deadline form started, but the text here does not continue it (or follows a complete phrase). */
        UNEXPECTED_TEXT("unexpected text in a deadline phrase"),
        /** The phrase ends before its deadline form is complete ("в первом"). */
        INCOMPLETE("the phrase ends too early"),
        /** A day or month that does not exist: "31 апреля", "29.02.2021", "01.13.2021". */
        INVALID_DATE("no such date"),
        /** A range whose first day, month or year comes after its last. */
        INVALID_RANGE("the range ends before it starts"),
        /** "до X" or "не позднее X" with a last day before the document date. */
        BEFORE_DOCUMENT_DATE("the deadline ends before the document date"),
        /**
         * A form recognised but deliberately not computed: working days ("рабочих дней") need a
         * production calendar of holidays and transfers.
         */
        UNSUPPORTED("a recognised form that is not supported");

        private final String description;

        ErrorType(String description) {
            this.description = description;
        }

        /**
         * Returns a short English description, as used in the exception message.
         *
         * @return the description, never null
         */
        public String description() {
            return description;
        }
    }

    private final ErrorType errorType;
    private final int index;

    /**
     * Creates an exception for a rejected phrase.
     *
     * @param errorType why the phrase was rejected, not null
     * @param index the zero-based offset of the problem in the text as given, at least 0
     * @throws NullPointerException if {@code errorType} is null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public DeadlineParseException(ErrorType errorType, int index) {
        super(Objects.requireNonNull(errorType, "errorType") + " at index " + index + ": " + errorType.description());
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        this.errorType = errorType;
        this.index = index;
    }

    /**
     * Returns why the phrase was rejected.
     *
     * @return the error type, never null
     */
    public ErrorType errorType() {
        return errorType;
    }

    /**
     * Returns where the problem is: the offset of the first character that could not be read (or of
     * the date that does not exist, or of the phrase that cannot be resolved); for
     * {@link ErrorType#INCOMPLETE}, the length of the text.
     *
     * @return the zero-based offset into the text as given
     */
    public int index() {
        return index;
    }
}
