package io.github.unionkit.rules.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number (an {@code int}, {@code long}, {@code Integer}, {@code Long}, {@code Short} or
 * {@code Byte}) is a membership count inside a tier written as a
 * {@link io.github.unionkit.model.org.MembershipRange} ({@code "0..1000"}, {@code "1001.."}).
 *
 * <p>{@code null} is valid (combine with {@code @NotNull}). The message key is
 * {@code {io.github.unionkit.rules.constraints.MembershipCountTier.message}}, contributed in Russian and English through
 * {@code ContributorValidationMessages[_ru].properties}.
 */
@Documented
// The validator is internal (opened to Hibernate Validator only), not API: no "not exported" warning.
@SuppressWarnings("exports")
@Constraint(validatedBy = io.github.unionkit.rules.constraints.internal.MembershipCountTierValidator.class)
@Target({METHOD, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MembershipCountTier {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.unionkit.rules.constraints.MembershipCountTier.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The tier, in {@link io.github.unionkit.model.org.MembershipRange#parse(CharSequence)} form.
     *
     * @return the range text
     */
    String range();
}
