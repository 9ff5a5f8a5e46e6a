package io.github.unionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.rules.constraints.DecreeNumberFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The EL-free Hibernate Validator bootstrap of docs/guide/rules.md, as a user copies it. */
class HibernateValidatorBootstrapTest {

    /** A bean of another system. */
    public static final class Order {
        private final String decree;

        public Order(String decree) {
            this.decree = decree;
        }

        @DecreeNumberFormat
        public String getDecree() {
            return decree;
        }
    }

    @Test
    void theGuidesBootstrapWorksWithoutExpressionLanguage() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        Validator validator = factory.getValidator();

        assertThat(validator.validate(new Order("№ 3-1"))).isEmpty();
        Set<ConstraintViolation<Order>> violations = validator.validate(new Order("3-"));
        assertThat(violations).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("decree"));
        factory.close();
    }
}
