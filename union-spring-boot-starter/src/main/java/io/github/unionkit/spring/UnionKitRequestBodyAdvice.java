package io.github.unionkit.spring;

import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.validation.UnionValidator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Makes the model's constraints visible to {@code @Valid} on controller parameters: a UnionKit body read
 * by {@link UnionJsonHttpMessageConverter} and marked {@code @Valid}, {@code @Validated} or any
 * annotation whose name starts with "Valid" (Spring's own rule) is checked by {@link UnionValidator},
 * which sees constraints on record-style accessors and needs no Expression Language. Violations throw
 * {@link UnionKitValidationException}; the application's own bodies are not touched.
 */
@ControllerAdvice
final class UnionKitRequestBodyAdvice extends RequestBodyAdviceAdapter {

    private final UnionValidator validator;
    private final Clock clock;

    UnionKitRequestBodyAdvice(UnionValidator validator, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return UnionJsonHttpMessageConverter.class.isAssignableFrom(converterType) && wantsValidation(parameter);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        RuleContext context = RuleContext.of(LocalDate.now(clock));
        ValidationReport report = ValidationReport.empty();
        if (body instanceof Collection<?> elements) {
            // Each element's findings, with the element's index in front of their paths.
            List<Violation> found = new ArrayList<>();
            int i = 0;
            for (Object element : elements) {
                PropertyPath at = PropertyPath.root().index(i++);
                for (Violation v : validator.validateConstraints(element, context).violations()) {
                    found.add(v.under(at));
                }
            }
            report = ValidationReport.of(found);
        } else {
            report = validator.validateConstraints(body, context);
        }
        if (!report.isValid()) {
            throw new UnionKitValidationException(report);
        }
        return body;
    }

    private static boolean wantsValidation(MethodParameter parameter) {
        // @jakarta.validation.Valid, Spring's @Validated, or any annotation named Valid…, as Spring decides.
        for (Annotation a : parameter.getParameterAnnotations()) {
            if (a.annotationType().getSimpleName().startsWith("Valid")) {
                return true;
            }
        }
        return false;
    }
}
