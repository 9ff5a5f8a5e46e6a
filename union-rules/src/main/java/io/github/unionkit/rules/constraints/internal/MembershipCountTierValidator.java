package io.github.unionkit.rules.constraints.internal;

import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.rules.constraints.MembershipCountTier;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link MembershipCountTier}. */
public final class MembershipCountTierValidator implements ConstraintValidator<MembershipCountTier, Number> {

    private MembershipRange range = MembershipRange.atLeast(0);

    /** Creates the validator (instantiated by the Jakarta Validation provider). */
    public MembershipCountTierValidator() {
        // The provider calls initialize() next.
    }

    @Override
    public void initialize(MembershipCountTier annotation) {
        range = parse(annotation.range());
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        return value == null || check(value, range);
    }

    /**
     * Reads the tier, turning a malformed one into a declaration error.
     *
     * @param text the range text
     * @return the range
     */
    private static MembershipRange parse(String text) {
        try {
            return MembershipRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConstraintDeclarationException("@MembershipCountTier(range) is not a membership range: "
                    + e.getMessage());
        }
    }

    /**
     * The check itself, apart from the provider's null convention.
     *
     * @param value an integral number
     * @param range the tier
     * @return true if the value is an integer inside the tier
     */
    static boolean check(Number value, MembershipRange range) {
        long n = value.longValue();
        return n >= 0 && n <= Integer.MAX_VALUE && range.contains((int) n);
    }
}
