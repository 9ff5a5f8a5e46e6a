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
 * The annotated {@code CharSequence} is a decree number that
 * {@link io.github.unionkit.model.decree.DecreeNumber#parse(CharSequence)} accepts ("№ 3-1", "27-5",
 * "N 07"), optionally restricted to some numbering schemes.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull}). The message key is
 * {@code {io.github.unionkit.rules.constraints.DecreeNumberFormat.message}}, contributed in Russian and English through
 * {@code ContributorValidationMessages[_ru].properties}.
 */
@Documented
// The validator is internal (opened to Hibernate Validator only), not API: no "not exported" warning.
@SuppressWarnings("exports")
@Constraint(validatedBy = io.github.unionkit.rules.constraints.internal.DecreeNumberFormatValidator.class)
@Target({METHOD, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DecreeNumberFormat {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.unionkit.rules.constraints.DecreeNumberFormat.message}";

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
     * The schemes allowed; empty (the default) allows every scheme.
     *
     * @return the schemes
     */
    io.github.unionkit.model.decree.NumberingScheme[] schemes() default {};
}
