package io.github.unionkit.model.member;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a {@link Member} would break one of its invariants. It extends
 * {@link IllegalArgumentException} and carries the {@link #errorType() reason} and the
 * {@link #memberId() member id}; its message never contains personal data (name, card number, birth
 * date).
 */
public final class InvalidMemberException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Which invariant was broken. */
    public enum ErrorType implements UnionKitErrorType {
        /** The exit date is before the admission date. */
        EXIT_BEFORE_ADMISSION,
        /** The birth date is after the admission date. */
        BORN_AFTER_ADMISSION,
        /** An interruption's exit is before the start of its spell (the spells overlap or are out of order). */
        INTERRUPTION_OUT_OF_ORDER,
        /** A category change or transfer is not after the admission and the change before it. */
        CHANGE_OUT_OF_ORDER,
        /** A category change or transfer is on or after the final exit. */
        CHANGE_AFTER_EXIT,
        /** A category change or transfer keeps the category or organization the member had. */
        CHANGE_WITHOUT_EFFECT,
        /** A card number is both current and former, or former twice. */
        CARD_REPEATED;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return ModelErrorTexts.TEXTS.get("InvalidMemberException." + name(), locale);
        }
    }

    /** @serial the English message */
    private final String englishMessage;
    /** @serial the member involved */
    private final MemberId memberId;

    /**
     * Creates an exception.
     *
     * @param errorType the broken invariant, not null
     * @param memberId the member's id, not null
     * @param detail a short explanation without personal data, not null
     */
    public InvalidMemberException(ErrorType errorType, MemberId memberId, String detail) {
        super(errorType, null);
        this.englishMessage = Objects.requireNonNull(errorType, "errorType") + " for member "
                + Objects.requireNonNull(memberId, "memberId") + ": " + Objects.requireNonNull(detail, "detail");
        this.memberId = memberId;
    }

    /**
     * Returns the broken invariant.
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
        return validationMessage(locale, englishMessage, memberId.toString());
    }

    /**
     * Returns the id of the member that failed to build.
     *
     * @return the id, never null
     */
    public MemberId memberId() {
        return memberId;
    }
}
