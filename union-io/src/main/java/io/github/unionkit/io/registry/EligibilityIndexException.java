package io.github.unionkit.io.registry;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when an {@link EligibilityIndex} cannot be built or loaded. Carries the
 * {@link #errorType() reason}; the message has counts and positions, never an id or card number.
 */
public final class EligibilityIndexException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Why the index could not be built or loaded. */
    public enum ErrorType implements UnionKitErrorType {
        /** Two members share an id. */
        DUPLICATE_MEMBER_ID,
        /** Two members share a card number. */
        DUPLICATE_CARD,
        /** The file is not an eligibility index, or is damaged (wrong magic, checksum, counts). */
        CORRUPT_FILE,
        /** The file was written by a format version this library does not read. */
        UNSUPPORTED_VERSION;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return RegistryTexts.TEXTS.get("EligibilityIndexException." + name(), locale);
        }
    }


    /** @serial the English message, with counts and positions */
    private final String englishMessage;

    /**
     * Creates an exception.
     *
     * @param errorType the reason, not null
     * @param detail a description without ids or card numbers, not null
     */
    public EligibilityIndexException(ErrorType errorType, String detail) {
        super(errorType, null);
        this.englishMessage = Objects.requireNonNull(errorType, "errorType") + ": " + Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns why the index could not be built or loaded.
     *
     * @return the error type, never null
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the message in Russian or English: in English with the counts and positions, in
     * Russian the description of the error type.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     */
    @Override
    public String message(Locale locale) {
        return LocalizedTexts.isRussian(locale) ? errorType().description(locale) : englishMessage;
    }
}
