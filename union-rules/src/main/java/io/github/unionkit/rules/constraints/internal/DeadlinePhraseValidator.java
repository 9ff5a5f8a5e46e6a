package io.github.unionkit.rules.constraints.internal;

import io.github.unionkit.rules.constraints.DeadlinePhrase;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link DeadlinePhrase}. */
public final class DeadlinePhraseValidator implements ConstraintValidator<DeadlinePhrase, CharSequence> {

    /** Creates the validator (instantiated by the Jakarta Validation provider). */
    public DeadlinePhraseValidator() {
        // Stateless.
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || DeadlinePhrases.recognizer().isDeadlinePhrase(value);
    }
}
