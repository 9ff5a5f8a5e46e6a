package io.github.unionkit.rules.constraints.internal;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.rules.constraints.DecreeNumberFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

/** Validates {@link DecreeNumberFormat}. */
public final class DecreeNumberFormatValidator implements ConstraintValidator<DecreeNumberFormat, CharSequence> {

    private Set<NumberingScheme> schemes = EnumSet.allOf(NumberingScheme.class);

    /** Creates the validator (instantiated by the Jakarta Validation provider). */
    public DecreeNumberFormatValidator() {
        // The provider calls initialize() next.
    }

    @Override
    public void initialize(DecreeNumberFormat annotation) {
        schemes = annotation.schemes().length == 0 ? EnumSet.allOf(NumberingScheme.class)
                : EnumSet.copyOf(java.util.Arrays.asList(annotation.schemes()));
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || check(value, schemes);
    }

    /**
     * The check itself, apart from the provider's null convention.
     *
     * @param value the text
     * @param schemes the schemes allowed
     * @return true if valid
     */
    static boolean check(CharSequence value, Set<NumberingScheme> schemes) {
        try {
            return schemes.contains(DecreeNumber.parse(value).scheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
