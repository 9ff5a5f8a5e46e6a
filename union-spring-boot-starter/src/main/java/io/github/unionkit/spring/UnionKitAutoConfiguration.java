package io.github.unionkit.spring;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.rules.validation.UnionValidator;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Spring Boot 4 auto-configuration of UnionKit (see {@code docs/guide/spring-boot.md}):
 * <ul>
 *   <li>a {@link UnionValidator} bean (unless the application defines one): Hibernate Validator without
 *       Expression Language, constraints on the model's record-style accessors seen;</li>
 *   <li>in a servlet web application: an HTTP message converter that reads and writes UnionKit's types,
 *       and only those, with UnionKit's strict mapper ({@link UnionKitJsonProperties}); Boot adds it ahead
 *       of its Jackson converter, which keeps the application's own types;</li>
 *   <li>{@code @Valid} on a UnionKit request body checks the model's constraints; violations become
 *       {@link UnionKitValidationException}, answered 422, and unreadable UnionKit documents 400, both as
 *       RFC 9457 problem details in the request's language; so are (400) decree numbers, identifiers
 *       and, when union-text is present, deadline phrases and decree texts that UnionKit's parsers
 *       refuse.</li>
 * </ul>
 * Every bean is optional to the application: define one of the same type to replace it.
 */
@AutoConfiguration
@ConditionalOnClass({UnionJson.class, UnionValidator.class})
@EnableConfigurationProperties(UnionKitJsonProperties.class)
public final class UnionKitAutoConfiguration {

    /** Created by Spring. */
    public UnionKitAutoConfiguration() {
        // No state.
    }

    /**
     * The validator facade.
     *
     * @return a validator with the built-in catalogue
     */
    @Bean
    @ConditionalOnMissingBean
    UnionValidator unionKitValidator() {
        return UnionValidator.create();
    }

    /** The web part: converter, {@code @Valid} advice and problem details. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RequestBodyAdviceAdapter.class)
    static class WebConfiguration {

        @Bean
        @ConditionalOnMissingBean
        UnionJsonHttpMessageConverter unionKitJsonHttpMessageConverter(UnionKitJsonProperties properties) {
            return new UnionJsonHttpMessageConverter(UnionJson.builder()
                    .limits(properties.limits())
                    .unknownProperties(properties.unknownProperties())
                    .build());
        }

        @Bean
        @ConditionalOnMissingBean
        UnionKitRequestBodyAdvice unionKitRequestBodyAdvice(UnionValidator validator, ObjectProvider<Clock> clock) {
            return new UnionKitRequestBodyAdvice(validator, clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        @ConditionalOnMissingBean
        UnionKitProblemHandler unionKitProblemHandler() {
            return new UnionKitProblemHandler();
        }
    }

    /** Problem details for union-text's parsers, when union-text is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "io.github.unionkit.io.text.DecreeParseException",
            value = RequestBodyAdviceAdapter.class)
    static class TextConfiguration {

        @Bean
        @ConditionalOnMissingBean
        UnionKitTextProblemHandler unionKitTextProblemHandler() {
            return new UnionKitTextProblemHandler();
        }
    }
}
