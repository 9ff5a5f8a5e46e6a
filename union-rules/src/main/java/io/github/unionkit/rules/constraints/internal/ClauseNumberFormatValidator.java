package io.github.unionkit.rules.constraints.internal;

import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.rules.constraints.ClauseNumberFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ClauseNumberFormat}. */
public final class ClauseNumberFormatValidator implements ConstraintValidator<ClauseNumberFormat, CharSequence> {

    private int maxDepth = ClauseNumber.MAX_DEPTH;

    /** Creates the validator (instantiated by the Jakarta Validation provider). */
    public ClauseNumberFormatValidator() {
        // The provider calls initialize() next.
    }

    @Override
    public void initialize(ClauseNumberFormat annotation) {
        if (annotation.maxDepth() < 1) {
            throw new jakarta.validation.ConstraintDeclarationException("maxDepth must be >= 1");
        }
        maxDepth = annotation.maxDepth();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || check(value, maxDepth);
    }

    /**
     * The check itself, apart from the provider's null convention.
     *
     * @param value the text
     * @param maxDepth the deepest nesting allowed
     * @return true if valid
     */
    static boolean check(CharSequence value, int maxDepth) {
        try {
            return ClauseNumber.parse(value).depth() <= maxDepth;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
