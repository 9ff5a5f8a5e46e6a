package io.github.unionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.rules.constraints.DecreeNumberFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.RuleContext;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The EL-free Hibernate Validator bootstrap of docs/guide/rules.md, as a user copies it, and what it does not see.
 * {@code GuideRulesSnippetsTest} checks that the guide shows exactly the region marked below.
 */
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
        // snippet-begin hibernate-validator-bootstrap
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        Validator validator = factory.getValidator();
        // snippet-end hibernate-validator-bootstrap

        assertThat(validator.validate(new Order("№ 3-1"))).isEmpty();
        Set<ConstraintViolation<Order>> violations = validator.validate(new Order("3-"));
        assertThat(violations).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("decree"));
        factory.close();
    }

    /**
     * Why decision 0034 routes the model through UnionValidator: the model's constraints sit on
     * record-style accessors, which a standard validator's property selection does not see.
     */
    @Test
    void aStandardValidatorDoesNotSeeTheModelsAccessorConstraintsUnionValidatorDoes() {
        Member unborn = Member.builder().id(MemberId.of("m-1")).category(MemberCategory.STUDENT)
                .primaryOrganization(OrganizationId.of("school-1")).admissionDate(LocalDate.of(2101, 1, 1))
                .birthDate(LocalDate.of(2100, 1, 1)).build();
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(unborn)).isEmpty();
        }
        assertThat(UnionValidator.create().validateConstraints(unborn, RuleContext.of(LocalDate.of(2026, 1, 1)))
                .violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("constraint")).contains("Past"));
    }
}
