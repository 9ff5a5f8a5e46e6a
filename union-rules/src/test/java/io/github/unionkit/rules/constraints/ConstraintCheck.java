package io.github.unionkit.rules.constraints;

import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.validation.UnionValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The one validator the constraint tests share, and what they read from its reports. */
final class ConstraintCheck {

    static final UnionValidator VALIDATOR = UnionValidator.create();
    static final RuleContext CONTEXT = RuleContext.of(LocalDate.of(2020, 12, 18));

    private ConstraintCheck() {
    }

    /** The names of the violated constraints of a bean. */
    static List<String> violated(Object bean) {
        return report(bean).violations().stream().map(v -> v.argument("constraint").orElseThrow()).toList();
    }

    static ValidationReport report(Object bean) {
        return VALIDATOR.validateConstraints(bean, CONTEXT);
    }

    /** The messages of a bean's violations in a language. */
    static List<String> messages(Object bean, String language) {
        return report(bean).messages(Locale.forLanguageTag(language));
    }
}
