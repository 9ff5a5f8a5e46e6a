package io.github.unionkit.model.error;

import io.github.unionkit.model.internal.LocalizedTexts;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * The parent of every exception UnionKit throws for bad input: an unchecked exception with an
 * {@link #errorType() error type} and a {@link #message(Locale) message} in Russian or English.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that only care about "invalid argument"
 * need no special handling. {@link #getMessage()} is the English message. Messages never contain
 * personal data: they carry positions, property names and identifiers that are public (decree
 * numbers, organization ids), never a member's name, card number or birth date. Instances are
 * immutable once thrown.
 */
public abstract class UnionKitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the operation failed. */
    private final UnionKitErrorType errorType;

    /**
     * Creates the exception.
     *
     * @param errorType why the operation failed, not null
     * @param cause the underlying failure, or null when there is none
     * @throws NullPointerException if {@code errorType} is null
     */
    protected UnionKitException(UnionKitErrorType errorType, Throwable cause) {
        super((String) null, cause);
        this.errorType = Objects.requireNonNull(errorType, "errorType");
    }

    /**
     * Returns why the operation failed. Subclasses narrow the return type to their own enum.
     *
     * @return the error type, never null
     */
    public UnionKitErrorType errorType() {
        return errorType;
    }

    /**
     * Returns the whole message in the language of {@code locale}: Russian for a Russian locale,
     * English for any other.
     *
     * @param locale the language wanted, not null
     * @return the message, never null or empty
     * @throws NullPointerException if {@code locale} is null
     */
    public abstract String message(Locale locale);

    /**
     * Builds the message of a validation exception, the same way for all of them: in English the
     * full text the exception was created with; in Russian the description of the error type and
     * what it concerns (an id, a field, dates written as 18.12.2020).
     *
     * @param locale the language wanted, not null
     * @param english the English message, not null
     * @param about what the error concerns, in a form readable in either language; empty for nothing
     * @return the message
     */
    protected final String validationMessage(Locale locale, String english, String about) {
        if (!LocalizedTexts.isRussian(locale)) {
            return english;
        }
        String description = errorType.description(locale);
        return about.isEmpty() ? description
                : ModelErrorTexts.TEXTS.format("validation.message", locale, description, about);
    }

    /**
     * Returns the English message, {@code message(Locale.ENGLISH)}.
     *
     * @return the message, never null
     */
    @Override
    public final String getMessage() {
        return message(Locale.ENGLISH);
    }
}
