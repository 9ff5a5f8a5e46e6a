package io.github.unionkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.validation.UnionValidator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpInputMessage;

/** What the auto-configuration contributes, when, and how an application replaces or tunes it. */
class UnionKitAutoConfigurationTest {

    private static final AutoConfigurations AUTO = AutoConfigurations.of(UnionKitAutoConfiguration.class);
    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AUTO);

    private static Member member(LocalDate birthDate) {
        return Member.builder().id(MemberId.of("m-1")).category(MemberCategory.STUDENT)
                .primaryOrganization(OrganizationId.of("school-1")).admissionDate(LocalDate.of(2030, 1, 1))
                .birthDate(birthDate).build();
    }

    private static Object read(UnionJsonHttpMessageConverter converter, String json) throws Exception {
        return converter.read(ResolvableType.forClass(Member.class),
                new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    @Test
    void aServletApplicationGetsTheConverterTheAdviceAndTheProblemHandler() {
        web.run(context -> {
            assertThat(context).hasSingleBean(UnionValidator.class);
            assertThat(context).hasSingleBean(UnionJsonHttpMessageConverter.class);
            assertThat(context).hasSingleBean(UnionKitRequestBodyAdvice.class);
            assertThat(context).hasSingleBean(UnionKitProblemHandler.class);
            assertThat(context).hasSingleBean(UnionKitJsonProperties.class);
            assertThat(context.getBean(UnionKitJsonProperties.class).limits())
                    .isEqualTo(io.github.unionkit.io.json.JsonLimits.defaults());
        });
    }

    @Test
    void theTextParsersProblemsNeedUnionText() {
        web.run(context -> assertThat(context).hasSingleBean(UnionKitTextProblemHandler.class));
        web.withClassLoader(new FilteredClassLoader("io.github.unionkit.io.text")).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(UnionKitTextProblemHandler.class);
            assertThat(context).hasSingleBean(UnionKitProblemHandler.class);
        });
    }

    @Test
    void aNonWebApplicationGetsTheValidatorOnly() {
        new ApplicationContextRunner().withConfiguration(AUTO).run(context -> {
            assertThat(context).hasSingleBean(UnionValidator.class);
            assertThat(context).doesNotHaveBean(UnionJsonHttpMessageConverter.class);
            assertThat(context).doesNotHaveBean(UnionKitRequestBodyAdvice.class);
        });
    }

    @Test
    void theApplicationsOwnValidatorReplacesTheStartersOne() {
        UnionValidator own = UnionValidator.builder().build();
        web.withBean(UnionValidator.class, () -> own).run(context ->
                assertThat(context.getBean(UnionValidator.class)).isSameAs(own));
    }

    @Test
    void limitsAndUnknownPropertiesComeFromTheProperties() {
        String json = UnionJson.mapper().writeValueAsString(member(LocalDate.of(2001, 1, 1)));
        web.withPropertyValues("unionkit.json.max-document-length=40").run(context -> {
            UnionJsonHttpMessageConverter converter = context.getBean(UnionJsonHttpMessageConverter.class);
            assertThatThrownBy(() -> read(converter, json))
                    .isInstanceOf(UnionJsonHttpMessageConverter.UnreadableDocumentException.class)
                    .satisfies(e -> assertThat(((UnionJsonHttpMessageConverter.UnreadableDocumentException) e)
                            .input().errorType()).isEqualTo(JsonInputException.ErrorType.DOCUMENT_TOO_LONG));
        });
        String unknown = json.replaceFirst("\\{", "{\"x\":1,");
        web.run(context -> assertThatThrownBy(() -> read(context.getBean(UnionJsonHttpMessageConverter.class), unknown))
                .isInstanceOf(UnionJsonHttpMessageConverter.UnreadableDocumentException.class));
        web.withPropertyValues("unionkit.json.unknown-properties=IGNORE").run(context ->
                assertThat(read(context.getBean(UnionJsonHttpMessageConverter.class), unknown))
                        .isEqualTo(member(LocalDate.of(2001, 1, 1))));
    }

    @Test
    void everySettingIsDescribedForIdes() throws Exception {
        try (java.io.InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            tools.jackson.databind.JsonNode metadata = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(in);
            java.util.List<String> names = new java.util.ArrayList<>();
            metadata.get("properties").forEach(p -> names.add(p.get("name").asString()));
            assertThat(names).containsExactlyInAnyOrder("unionkit.json.unknown-properties",
                    "unionkit.json.max-nesting-depth", "unionkit.json.max-document-length",
                    "unionkit.json.max-string-length", "unionkit.json.max-number-length",
                    "unionkit.json.max-name-length", "unionkit.json.max-token-count");
        }
    }

    @Test
    void aZeroLimitStopsTheApplicationFromStarting() {
        web.withPropertyValues("unionkit.json.max-nesting-depth=0").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void theValidatorNeedsNoExpressionLanguage() {
        web.withClassLoader(new FilteredClassLoader("jakarta.el", "org.glassfish.expressly", "org.apache.el"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    UnionValidator validator = context.getBean(UnionValidator.class);
                    assertThat(validator.validateConstraints(member(LocalDate.of(2005, 1, 1)),
                            RuleContext.of(LocalDate.of(2004, 1, 1))).codes())
                            .extracting(Object::toString).containsExactly("UK-BEAN-001");
                });
    }

    @Test
    void theConverterAnswersForUnionKitTypesOnly() {
        UnionJsonHttpMessageConverter converter = new UnionJsonHttpMessageConverter(UnionJson.mapper());
        assertThat(converter.canRead(ResolvableType.forClass(Member.class), MediaType.APPLICATION_JSON)).isTrue();
        assertThat(converter.canRead(ResolvableType.forClass(String.class), MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canRead(ResolvableType.forClass(Member.class), MediaType.TEXT_PLAIN)).isFalse();
        assertThat(converter.canWrite(ResolvableType.forClass(Object.class), Member.class, MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(converter.canWrite(ResolvableType.forClass(Map.class), Map.class, MediaType.APPLICATION_JSON))
                .isFalse();
        assertThat(converter.getSupportedMediaTypes(String.class)).isEmpty();
        assertThat(converter.getSupportedMediaTypes(Member.class)).contains(MediaType.APPLICATION_JSON);
    }
}
