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
 * The annotated {@code CharSequence} reads as a Russian deadline phrase ("до 29 декабря 2020 г.",
 * "в первом квартале 2021 года", "в течение 2021 года", "постоянно"), as judged by the first
 * {@link io.github.unionkit.model.time.spi.DeadlinePhraseRecognizer} service found — union-text
 * provides one that accepts exactly what {@code RussianDeadlines.parse} reads (phrases whose meaning
 * depends on a document date, such as "до 29 декабря 2020 г." in a later document, are accepted:
 * the constraint has no document date) — or, without union-text, by UnionKit's small built-in
 * recognizer of the common shapes.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull}). The message key is
 * {@code {io.github.unionkit.rules.constraints.DeadlinePhrase.message}}, contributed in Russian and English through
 * {@code ContributorValidationMessages[_ru].properties}.
 */
@Documented
// The validator is internal (opened to Hibernate Validator only), not API: no "not exported" warning.
@SuppressWarnings("exports")
@Constraint(validatedBy = io.github.unionkit.rules.constraints.internal.DeadlinePhraseValidator.class)
@Target({METHOD, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DeadlinePhrase {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{io.github.unionkit.rules.constraints.DeadlinePhrase.message}";

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
}
