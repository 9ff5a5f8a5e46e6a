package com.example.unionservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter in a real Boot 4 servlet application on a random port, spoken to over HTTP: UnionKit
 * bodies are read strictly and validated, failures are problem details in the request's language, and
 * the host's own types keep Boot's handling.
 */
@SpringBootTest(classes = {UnionServiceApplication.class, UnionKitStarterTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnionKitStarterTest {

    /** The day the service believes it is: 2004-01-01, so a birth date in 2005 is not past. */
    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2004, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper bootMapper;

    private static Member member(LocalDate birthDate) {
        return Member.builder().id(MemberId.of("m-7")).category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.of("school-1")).admissionDate(LocalDate.of(2030, 1, 1))
                .name(PersonName.of("Иванова", "Мария")).birthDate(birthDate).build();
    }

    private HttpResponse<String> post(String path, String json, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aValidMemberComesBackByteForByteAsUnionJsonWritesIt() throws Exception {
        String json = UnionJson.mapper().writeValueAsString(member(LocalDate.of(1990, 5, 1)));
        HttpResponse<String> response = post("/members", json, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(json);
    }

    @Test
    void theSeedResolutionRoundTripsThroughTheService() throws Exception {
        String json = UnionJson.mapper().writeValueAsString(SeedResolutions.astrakhan3of1());
        HttpResponse<String> response = post("/resolutions", json, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(json);
    }

    /** A valid member's JSON with one more property in front. */
    private static String memberWith(String property) {
        return UnionJson.mapper().writeValueAsString(member(LocalDate.of(1990, 5, 1)))
                .replaceFirst("\\{", "{" + property + ",");
    }

    @Test
    void aDuplicatePropertyIsA400ProblemWithItsPointer() throws Exception {
        HttpResponse<String> response = post("/members", memberWith("\"category\":\"STUDENT\""), "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = PLAIN.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://unionkit.github.io/problems/unreadable-document");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errorType").asString()).isEqualTo("DUPLICATE_PROPERTY");
        assertThat(problem.get("title").asString()).isEqualTo("Unreadable UnionKit document");
        assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo(problem.get("pointer").asString());
        assertThat(problem.get("line").asInt()).isEqualTo(1);
        assertThat(problem.get("instance").asString()).as("no request path in a problem").startsWith("urn:uuid:")
                .doesNotContain("members");
    }

    @Test
    void anUnknownPropertyIsRefusedInRussianWhenAskedInRussian() throws Exception {
        HttpResponse<String> response = post("/members", memberWith("\"nickname\":\"Маша\""), "ru-RU,ru;q=0.9");
        JsonNode problem = PLAIN.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errorType").asString()).isEqualTo("UNKNOWN_PROPERTY");
        assertThat(problem.get("title").asString()).isEqualTo("Документ UnionKit не прочитан");
        assertThat(problem.get("detail").asString()).contains("свойство, которого нет в формате");
        // Neither the unknown name nor a personal value is echoed.
        assertThat(response.body()).doesNotContain("nickname", "Маша", "Иванова");
    }

    @Test
    void unreadableJsonAndOverDeepNestingAre400() throws Exception {
        assertThat(PLAIN.readTree(post("/members", "{\"id\":", "en").body()).get("errorType").asString())
                .isEqualTo("TRUNCATED");
        String deep = "{\"title\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(PLAIN.readTree(post("/resolutions", deep, "en").body()).get("errorType").asString())
                .isEqualTo("TOO_DEEP");
    }

    @Test
    void aConstraintOnARecordStyleAccessorIsSeenByValidAndAnswered422() throws Exception {
        // birthDate() is Optional<@Past LocalDate>; the service's clock stands at 2004-01-01.
        String json = UnionJson.mapper().writeValueAsString(member(LocalDate.of(2005, 1, 1)));
        HttpResponse<String> response = post("/members", json, "en");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = PLAIN.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://unionkit.github.io/problems/constraint-violation");
        assertThat(problem.get("title").asString()).isEqualTo("UnionKit constraints violated");
        JsonNode error = problem.get("errors").get(0);
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(error.get("field").asString()).startsWith("birthDate");
        assertThat(error.get("code").asString()).isEqualTo("UK-BEAN-001");
        assertThat(error.get("constraint").asString()).isEqualTo("Past");
        assertThat(response.body()).doesNotContain("2005", "Иванова", "Мария");

        JsonNode ru = PLAIN.readTree(post("/members", json, "ru").body());
        assertThat(ru.get("title").asString()).isEqualTo("Нарушены ограничения UnionKit");
        assertThat(ru.get("errors").get(0).get("detail").asString()).isNotEqualTo(error.get("detail").asString());
    }

    @Test
    void withoutValidTheSameMemberIsAccepted() throws Exception {
        String json = UnionJson.mapper().writeValueAsString(member(LocalDate.of(2005, 1, 1)));
        assertThat(post("/members/unchecked", json, "en").statusCode()).isEqualTo(200);
    }

    @Test
    void aListOfMembersIsReadStrictlyAndEachIsValidated() throws Exception {
        String good = UnionJson.mapper().writeValueAsString(member(LocalDate.of(1990, 5, 1)));
        String bad = UnionJson.mapper().writeValueAsString(member(LocalDate.of(2005, 1, 1)));
        HttpResponse<String> ok = post("/members/batch", "[" + good + "," + good + "]", "en");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("2");
        HttpResponse<String> invalid = post("/members/batch", "[" + good + "," + bad + "]", "en");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(PLAIN.readTree(invalid.body()).get("errors").get(0).get("field").asString()).startsWith("[1].birthDate");
        HttpResponse<String> dup = post("/members/batch", "[" + memberWith("\"category\":\"STUDENT\"") + "]", "en");
        assertThat(dup.statusCode()).isEqualTo(400);
        assertThat(PLAIN.readTree(dup.body()).get("pointer").asString()).startsWith("/0");
    }

    private HttpResponse<String> postText(String path, String text, String language)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/plain;charset=UTF-8").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aParsedDeadlineIsWrittenAsUnionJsonWritesIt() throws Exception {
        HttpResponse<String> response = postText("/deadlines", "в течение 2021 года", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(UnionJson.mapper().writeValueAsString(
                io.github.unionkit.io.text.RussianDeadlines.parse("в течение 2021 года", LocalDate.of(2020, 12, 1))));
    }

    @Test
    void aRefusedDeadlinePhraseIsA400NotA500() throws Exception {
        HttpResponse<String> response = postText("/deadlines", "когда-нибудь потом", "ru");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = PLAIN.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://unionkit.github.io/problems/unparsable-text");
        assertThat(problem.get("parser").asString()).isEqualTo("deadline");
        assertThat(problem.get("errorType").asString()).isEqualTo("UNKNOWN_PHRASE");
        assertThat(problem.get("index").asInt()).isZero();
        assertThat(problem.get("title").asString()).isEqualTo("Текст не прочитан");
        assertThat(response.body()).doesNotContain("когда-нибудь");
    }

    @Test
    void aRefusedDecreeNumberAndARefusedDecreeAre400() throws Exception {
        JsonNode number = PLAIN.readTree(postText("/decree-numbers", "3-", "en").body());
        assertThat(number.get("status").asInt()).isEqualTo(400);
        assertThat(number.get("parser").asString()).isEqualTo("decree-number");
        assertThat(number.get("title").asString()).isEqualTo("Unreadable text");
        JsonNode decree = PLAIN.readTree(postText("/decrees", " ", "en").body());
        assertThat(decree.get("status").asInt()).isEqualTo(400);
        assertThat(decree.get("parser").asString()).isEqualTo("decree");
        assertThat(postText("/decrees", SeedResolutions.astrakhan3of1Text(), "en").statusCode()).isEqualTo(200);
    }

    /** A decree that parses with warnings (no number, a gap in the clause numbers) but breaks no rule. */
    static final String WARNED_DECREE = "ПРЕЗИДИУМ\nПОСТАНОВЛЕНИЕ\nот 1 декабря 2020 г.\n\nОб итогах\n\n"
            + "Президиум постановляет:\n1. Принять к сведению.\n3. Контроль оставить за президиумом.\n";

    @Test
    void aParseResultIsWrittenAsUnionJsonWritesItNotAsAnEmptyObject() throws Exception {
        for (String text : List.of(SeedResolutions.astrakhan3of1Text(), WARNED_DECREE)) {
            HttpResponse<String> response = postText("/decrees/parsed", text, "en");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            DecreeParseResult parsed = DecreeTextParser.parse(text);
            assertThat(response.body()).isEqualTo(UnionJson.mapper().writeValueAsString(parsed));
            assertThat(PLAIN.readTree(response.body()).get("warnings").size()).isEqualTo(parsed.warnings().size());
        }
        assertThat(PLAIN.readTree(postText("/decrees/parsed", WARNED_DECREE, "en").body()).get("warnings").size())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void parserWarningsFoldIntoTheVerdict() throws Exception {
        // The seed decree breaks no rule, but the parser could not resolve its issuing organization
        // (no tree given): the report alone says "valid": true, the verdict must not.
        String text = SeedResolutions.astrakhan3of1Text();
        DecreeParseResult parsed = DecreeTextParser.parse(text);
        assertThat(parsed.warnings()).isNotEmpty();
        HttpResponse<String> response = postText("/decrees/check", text, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode check = PLAIN.readTree(response.body());
        assertThat(check.get("report").get("valid").asBoolean()).as(response.body()).isTrue();
        assertThat(check.get("valid").asBoolean()).as(response.body()).isFalse();
        assertThat(check.get("parserWarnings").size()).isEqualTo(parsed.warnings().size());
        for (int i = 0; i < parsed.warnings().size(); i++) {
            assertThat(check.get("parserWarnings").get(i)).isEqualTo(PLAIN.readTree(
                    UnionJson.mapper().writeValueAsString(parsed.warnings().get(i))));
        }
        // A decree with rule errors as well: invalid, with both kinds of finding.
        JsonNode warned = PLAIN.readTree(postText("/decrees/check", WARNED_DECREE, "en").body());
        assertThat(warned.get("valid").asBoolean()).isFalse();
        assertThat(warned.get("report").get("valid").asBoolean()).isFalse();
        assertThat(warned.get("parserWarnings").size()).isEqualTo(DecreeTextParser.parse(WARNED_DECREE)
                .warnings().size());
    }

    @Test
    void theHostsOwnTypesKeepBootsLenientReadingAndTheirDateFormat() throws Exception {
        // Boot's mapper: unknown properties ignored, a duplicate property's last value wins,
        // and the host's @JsonFormat(pattern = "dd.MM.yyyy") is kept despite UnionModule.
        HttpResponse<String> response = post("/orders",
                "{\"title\":\"первое\",\"title\":\"Об итогах\",\"issued\":\"29.12.2020\",\"extra\":1}", "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(PLAIN.readTree(response.body()).get("title").asString()).isEqualTo("Об итогах");
        assertThat(get("/orders/sample").body()).contains("\"issued\":\"29.12.2020\"");
        assertThat(bootMapper.writeValueAsString(new HostOrder("x", LocalDate.of(2021, 1, 2))))
                .contains("02.01.2021");
    }
}
