package com.example.unionservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.spring.UnionKitAutoConfiguration;
import io.github.unionkit.spring.UnionKitJsonProperties;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.SpringVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/guide/spring-boot.md tells the truth: its Java snippets are regions of a compiled test controller that runs,
 * its properties bind, its problem examples are what the service answers, and its versions are the
 * ones on this class path and in the root POM.
 */
@SpringBootTest(classes = {UnionServiceApplication.class, UnionKitStarterTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "guide", "spring-boot.md");
    private static final Path CONTROLLER = Path.of("src", "test", "java", "com", "example", "unionservice",
            "MemberController.java");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The fenced blocks of one language, in order. */
    private static List<String> blocks(String language) throws IOException {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(read(GUIDE));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String squeezed(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }

    private static String property(String pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(read(Path.of(pom)));
        assertThat(m.find()).as(name + " in " + pom).isTrue();
        return m.group(1);
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return PLAIN.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String member(LocalDate birthDate) {
        return UnionJson.mapper().writeValueAsString(Member.builder().id(MemberId.of("m-7"))
                .category(MemberCategory.EMPLOYEE).primaryOrganization(OrganizationId.of("school-1"))
                .admissionDate(LocalDate.of(2030, 1, 1)).name(PersonName.of("Иванова", "Мария"))
                .birthDate(birthDate).build());
    }

    @Test
    void theJavaSnippetsAreCompiledTestCodeCharacterForCharacter() {
        List<String> names = DocSnippets.names(GUIDE, "java");
        assertThat(names).containsExactly("admit", "admit-all", "deadline", "decree-check-record", "decree-check");
        for (String name : names) {
            assertThat(DocSnippets.block(GUIDE, name)).as(name).isEqualTo(DocSnippets.region(CONTROLLER, name));
        }
    }

    @Test
    void theXmlSnippetsNameThisArtifactAndTheTestedVersions() throws IOException {
        List<String> xml = blocks("xml");
        assertThat(xml).hasSize(2);
        assertThat(xml.get(0)).contains("<jackson-bom.version>" + property("../pom.xml", "jackson.version") + "<")
                .contains("<hibernate-validator.version>" + property("../pom.xml", "hibernate-validator.version") + "<");
        assertThat(xml.get(1)).contains("<artifactId>" + property("pom.xml", "artifactId")
                .replace("unionkit-parent", "union-spring-boot-starter") + "</artifactId>")
                .contains("<artifactId>union-spring-boot-starter</artifactId>");
    }

    @Test
    void theTestedVersionsAreTheOnesOnTheClassPath() throws IOException {
        String guide = read(GUIDE);
        String stated = "Spring Boot " + SpringBootVersion.getVersion() + " (Spring Framework "
                + SpringVersion.getVersion() + "), Jackson " + tools.jackson.databind.cfg.PackageVersion.VERSION
                + " and Hibernate Validator " + org.hibernate.validator.HibernateValidator.class.getPackage()
                        .getImplementationVersion() + ".";
        assertThat(squeezed(guide)).contains(stated);
        assertThat(SpringBootVersion.getVersion()).isEqualTo(property("../pom.xml", "spring-boot.version"));
    }

    @Test
    void thePropertiesSnippetBinds() throws IOException {
        List<String> properties = blocks("properties");
        assertThat(properties).hasSize(1);
        String[] lines = properties.get(0).strip().split("\n");
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(UnionKitAutoConfiguration.class))
                .withPropertyValues(lines).run(context -> {
                    UnionKitJsonProperties bound = context.getBean(UnionKitJsonProperties.class);
                    assertThat(bound.unknownProperties()).isEqualTo(UnknownPropertyPolicy.FAIL);
                    assertThat(bound.maxDocumentLength()).isEqualTo(1_048_576L);
                    assertThat(bound.maxNestingDepth()).isEqualTo(64);
                });
    }

    @Test
    void theProblemExamplesAreWhatTheServiceAnswers() throws Exception {
        List<String> examples = blocks("json");
        assertThat(examples).hasSize(2);
        ObjectNode unreadable = (ObjectNode) post("/members",
                member(LocalDate.of(1990, 5, 1)).replaceFirst("\\{", "{\"category\":\"STUDENT\","));
        ObjectNode invalid = (ObjectNode) post("/members", member(LocalDate.of(2005, 1, 1)));
        assertThat(unreadable.remove("instance").asString()).startsWith("urn:uuid:");
        assertThat(invalid.remove("instance").asString()).startsWith("urn:uuid:");
        assertThat(unreadable).isEqualTo(PLAIN.readTree(examples.get(0)));
        assertThat(invalid).isEqualTo(PLAIN.readTree(examples.get(1)));
    }
}
