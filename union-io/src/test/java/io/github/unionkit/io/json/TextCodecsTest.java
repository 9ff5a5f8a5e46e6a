package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.unionkit.io.text.DeadlineMatch;
import io.github.unionkit.io.text.DecreeElementSpan;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.text.DecreeReferenceMatch;
import io.github.unionkit.io.text.DecreeReferences;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.error.Detail;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * union-text's located results have a JSON form (round trip through {@link UnionJson}, the same
 * through a host's mapper with {@link UnionModule}), the schema {@code text-matches.schema.json}
 * accepts what is written, and the schemas are read here from the jar's resources
 * ({@code META-INF/unionkit/schema/1/}), not from {@code docs/}.
 */
class TextCodecsTest {

    private static final String PREFIX = "https://unionkit.github.io/schema/1/";
    private static final String RESOURCES = "META-INF/unionkit/schema/1/";
    private static final LocalDate DAY = LocalDate.of(2020, 12, 1);
    private static final String TEXT = "Постановление Президиума от 15.09.2020 № 2-3 выполнить в течение 2021 года, "
            + "доклад представить до 29 декабря 2020 г., а смету утвердить когда-нибудь потом.";
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper HOST = JsonMapper.builder().addModule(new UnionModule()).build();
    private static final SchemaRegistry JAR_SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> iri.startsWith(PREFIX) ? resource(iri.substring(PREFIX.length())) : null));

    private static String resource(String name) {
        try (InputStream in = UnionJson.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema def(String name) {
        return JAR_SCHEMAS.getSchema(SchemaLocation.of(PREFIX + "text-matches.schema.json#/$defs/" + name));
    }

    private static <T> void roundTrips(T value, Class<T> type, String definition) {
        String json = UnionJson.mapper().writeValueAsString(value);
        assertThat(UnionJson.read(UnionJson.mapper(), json, type)).isEqualTo(value);
        assertThat(HOST.writeValueAsString(value)).isEqualTo(json);
        assertThat(def(definition).validate(PLAIN.readTree(json))).as(json).isEmpty();
    }

    @Test
    void everyPublishedSchemaShipsInTheJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "docs", "schema"))) {
            List<Path> schemas = files.filter(p -> p.toString().endsWith(".schema.json")).toList();
            assertThat(schemas).hasSizeGreaterThanOrEqualTo(6);
            for (Path p : schemas) {
                assertThat(resource(p.getFileName().toString())).as(p.toString())
                        .isEqualTo(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aSpanIsStartAndEnd() {
        assertThat(UnionJson.mapper().writeValueAsString(TextSpan.of(4, 27))).isEqualTo("{\"start\":4,\"end\":27}");
        roundTrips(TextSpan.of(0, 0), TextSpan.class, "textSpan");
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), "{\"start\":5,\"end\":4}", TextSpan.class))
                .isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.INVALID_VALUE));
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), "{\"start\":1,\"end\":4,\"x\":0}", TextSpan.class))
                .isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.UNKNOWN_PROPERTY));
        assertThat(def("textSpan").validate(PLAIN.readTree("{\"start\":-1,\"end\":4}"))).isNotEmpty();
    }

    @Test
    void foundDeadlinesResolvedAndRefusedRoundTrip() {
        List<DeadlineMatch> found = RussianDeadlines.findAll(TEXT, DAY);
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        for (DeadlineMatch match : found) {
            roundTrips(match, DeadlineMatch.class, "deadlineMatch");
        }
        String json = UnionJson.mapper().writeValueAsString(found.get(0));
        assertThat(PLAIN.readTree(json).get("span").get("start").asInt()).isEqualTo(found.get(0).start());
        assertThat(PLAIN.readTree(json).get("deadline").get("phrase").asString()).isEqualTo(found.get(0).phrase());
        // A deadline without its phrase is no match: refused on reading, rejected by the schema.
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) PLAIN.readTree(json);
        ((tools.jackson.databind.node.ObjectNode) tree.get("deadline")).remove("phrase");
        String noPhrase = PLAIN.writeValueAsString(tree);
        assertThat(def("deadlineMatch").validate(PLAIN.readTree(noPhrase))).isNotEmpty();
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), noPhrase, DeadlineMatch.class))
                .isInstanceOf(JsonInputException.class);
    }

    @Test
    void foundReferencesRoundTripWithTheirParts() {
        List<DecreeReferenceMatch> found = DecreeReferences.findAllLocated(TEXT, DAY);
        assertThat(found).isNotEmpty();
        for (DecreeReferenceMatch match : found) {
            roundTrips(match, DecreeReferenceMatch.class, "decreeReferenceMatch");
        }
        String json = UnionJson.mapper().writeValueAsString(found.get(0));
        assertThat(PLAIN.readTree(json).get("reference").get("number").asString()).contains("2-3");
        // A part outside the whole span is refused.
        String outside = json.replaceFirst("\"numberSpan\":\\{\"start\":\\d+", "\"numberSpan\":{\"start\":0");
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), outside, DecreeReferenceMatch.class))
                .isInstanceOf(JsonInputException.class);
    }

    @Test
    void theSeedDecreesElementSpansRoundTrip() {
        DecreeParseResult parsed = DecreeTextParser.parse(SeedResolutions.astrakhan3of1Text());
        assertThat(parsed.spans()).hasSizeGreaterThan(10);
        for (DecreeElementSpan span : parsed.spans()) {
            roundTrips(span, DecreeElementSpan.class, "decreeElementSpan");
        }
        assertThat(def("decreeElementSpan").validate(PLAIN.readTree(
                "{\"path\":\"number\",\"span\":{\"start\":0,\"end\":1},\"line\":0}"))).isNotEmpty();
    }

    private static final Path CORPUS = Path.of("..", "union-text", "src", "test", "resources", "io", "github",
            "unionkit", "io", "text", "corpus");

    private static String corpus(String name) {
        try {
            return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parse result has no equals: its parts are compared. */
    private static void assertSameResult(DecreeParseResult actual, DecreeParseResult expected) {
        assertThat(actual.resolution()).isEqualTo(expected.resolution());
        assertThat(actual.warnings()).containsExactlyElementsOf(expected.warnings());
        assertThat(actual.spans()).containsExactlyElementsOf(expected.spans());
    }

    /** Writes, checks the schema, reads back through UnionJson and the host's mapper; returns the JSON. */
    private static String parseResultRoundTrips(DecreeParseResult parsed) {
        String json = UnionJson.mapper().writeValueAsString(parsed);
        assertThat(def("decreeParseResult").validate(PLAIN.readTree(json))).as(json).isEmpty();
        assertSameResult(UnionJson.read(UnionJson.mapper(), json, DecreeParseResult.class), parsed);
        assertThat(HOST.writeValueAsString(parsed)).isEqualTo(json);
        assertSameResult(HOST.readValue(json, DecreeParseResult.class), parsed);
        for (DecreeParseWarning warning : parsed.warnings()) {
            roundTrips(warning, DecreeParseWarning.class, "decreeParseWarning");
        }
        return json;
    }

    @Test
    void theSeedDecreesParseResultRoundTripsAndMatchesTheSchema() {
        DecreeParseResult parsed = DecreeTextParser.parse(SeedResolutions.astrakhan3of1Text());
        String json = parseResultRoundTrips(parsed);
        JsonNode tree = PLAIN.readTree(json);
        assertThat(tree.propertyNames()).containsExactly("resolution", "warnings", "spans");
        assertThat(tree.get("warnings").size()).isEqualTo(parsed.warnings().size());
        assertThat(tree.get("spans").size()).isEqualTo(parsed.spans().size()).isGreaterThan(10);
        assertThat(tree.get("resolution")).isEqualTo(PLAIN.readTree(UnionJson.mapper()
                .writeValueAsString(parsed.resolution())));
        // Also as a document, and into a host's file.
        assertSameResult(UnionJson.read(UnionJson.mapper(), UnionJson.toDocument(parsed), DecreeParseResult.class),
                parsed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnionJson.writeDocument(parsed, out);
        assertThat(def("decreeParseResult").validate(PLAIN.readTree(out.toString(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void corpusDecreesWithParserWarningsRoundTripWithTheirWarnings() {
        for (String name : List.of("19-unreadable-date.txt", "18-draft-no-number.txt",
                "32-attachment-and-text-after-signature.txt", "20-clause-numbering-gap.txt")) {
            DecreeParseResult parsed = DecreeTextParser.parse(corpus(name));
            assertThat(parsed.warnings()).as(name).isNotEmpty();
            JsonNode tree = PLAIN.readTree(parseResultRoundTrips(parsed));
            JsonNode first = tree.get("warnings").get(0);
            DecreeParseWarning warning = parsed.warnings().get(0);
            assertThat(first.propertyNames()).containsExactly("code", "element", "span", "line", "detail");
            assertThat(first.get("code").asString()).isEqualTo(warning.code().name());
            assertThat(first.get("element").asString()).isEqualTo(warning.element().toString());
            assertThat(first.get("line").asInt()).isEqualTo(warning.line());
            assertThat(first.get("detail").asString()).isEqualTo(warning.detail().toString());
            assertThat(first.get("span").get("start").asInt()).isEqualTo(warning.span().start());
        }
        assertThat(DecreeTextParser.parse(corpus("19-unreadable-date.txt")).resolution().adopted()).isEmpty();
        assertThat(DecreeTextParser.parse(corpus("18-draft-no-number.txt")).resolution().number()).isEmpty();
    }

    @Test
    void everyCorpusDecreeRoundTripsAndMatchesTheSchema() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(texts).hasSizeGreaterThanOrEqualTo(30);
            for (Path text : texts) {
                parseResultRoundTrips(DecreeTextParser.parse(Files.readString(text, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void aWarningOfTheWholeDocumentHasTheEmptyElement() {
        DecreeParseWarning whole = new DecreeParseWarning(DecreeParseWarning.Code.MISSING_CONTROL_CLAUSE,
                PropertyPath.root(), TextSpan.of(0, 0), 1, Detail.none());
        roundTrips(whole, DecreeParseWarning.class, "decreeParseWarning");
        assertThat(UnionJson.mapper().writeValueAsString(whole)).isEqualTo("{\"code\":\"MISSING_CONTROL_CLAUSE\","
                + "\"element\":\"\",\"span\":{\"start\":0,\"end\":0},\"line\":1,\"detail\":\"\"}");
        DecreeParseWarning gap = new DecreeParseWarning(DecreeParseWarning.Code.CLAUSE_NUMBERING_GAP,
                PropertyPath.parse("clauses[3.3]"), TextSpan.of(340, 351), 12, Detail.of("numberingGap", "3.3", "3.2"));
        roundTrips(gap, DecreeParseWarning.class, "decreeParseWarning");
        assertThat(UnionJson.mapper().writeValueAsString(gap)).doesNotContain("message").contains(
                "\"element\":\"clauses[3.3]\"", "\"detail\":\"numberingGap|3.3|3.2\"");
    }

    @Test
    void aParseResultWithoutWarningsOrSpansWritesAnEmptyWarningsArray() {
        DecreeParseResult bare = DecreeParseResult.of(SeedResolutions.astrakhan3of1(), List.of(), List.of());
        String json = parseResultRoundTrips(bare);
        assertThat(PLAIN.readTree(json).propertyNames()).containsExactly("resolution", "warnings");
        assertThat(PLAIN.readTree(json).get("warnings").isEmpty()).isTrue();
    }

    @Test
    void aParseResultIsReadStrictlyAndTheSchemaRejectsWhatTheReaderRejects() {
        DecreeParseResult parsed = DecreeTextParser.parse(corpus("19-unreadable-date.txt"));
        ObjectNode tree = (ObjectNode) PLAIN.readTree(UnionJson.mapper().writeValueAsString(parsed));
        ObjectNode warning = (ObjectNode) tree.get("warnings").get(0);

        ObjectNode unknown = tree.deepCopy();
        unknown.put("message", "x");
        refused(unknown, JsonInputException.ErrorType.UNKNOWN_PROPERTY, "");

        ObjectNode localized = tree.deepCopy();
        ((ObjectNode) localized.get("warnings").get(0)).put("message", "строка 1");
        refused(localized, JsonInputException.ErrorType.UNKNOWN_PROPERTY, "/warnings/0");

        ObjectNode badCode = tree.deepCopy();
        ((ObjectNode) badCode.get("warnings").get(0)).put("code", "NO_SUCH_CODE");
        refused(badCode, JsonInputException.ErrorType.INVALID_VALUE, "/warnings/0/code");

        ObjectNode badLine = tree.deepCopy();
        ((ObjectNode) badLine.get("warnings").get(0)).put("line", 0);
        refused(badLine, JsonInputException.ErrorType.INVALID_VALUE, "/warnings/0");

        ObjectNode badPath = tree.deepCopy();
        ((ObjectNode) badPath.get("warnings").get(0)).put("element", "clauses[");
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), PLAIN.writeValueAsString(badPath),
                DecreeParseResult.class)).isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.INVALID_VALUE));

        ObjectNode noDetail = tree.deepCopy();
        ((ObjectNode) noDetail.get("warnings").get(0)).remove("detail");
        refused(noDetail, JsonInputException.ErrorType.MISSING_PROPERTY, "/warnings/0/detail");

        ObjectNode noResolution = tree.deepCopy();
        noResolution.remove("resolution");
        refused(noResolution, JsonInputException.ErrorType.MISSING_PROPERTY, "/resolution");

        assertThat(warning.get("code").asString()).isNotEmpty();
    }

    private static void refused(ObjectNode tree, JsonInputException.ErrorType type, String pointer) {
        String json = PLAIN.writeValueAsString(tree);
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), json, DecreeParseResult.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.pointer()).isEqualTo(pointer);
                });
        assertThat(def("decreeParseResult").validate(PLAIN.readTree(json))).as(json).isNotEmpty();
    }

    @Test
    void theParsedDecreeInTheJsonGuideIsWhatUnionJsonWritesForItsText() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "json.md"), StandardCharsets.UTF_8);
        String section = guide.substring(guide.indexOf("### A parsed decree"));
        String text = fenced(section, "```text\n");
        String json = fenced(section, "```json decree-parse-result\n");
        DecreeParseResult parsed = DecreeTextParser.parse(text);
        assertThat(parsed.warnings()).extracting(DecreeParseWarning::code)
                .contains(DecreeParseWarning.Code.MISSING_NUMBER, DecreeParseWarning.Code.CLAUSE_NUMBERING_GAP);
        assertThat(json).isEqualTo(UnionJson.toDocument(parsed));
        assertSameResult(UnionJson.read(UnionJson.mapper(), json, DecreeParseResult.class), parsed);
    }

    private static String fenced(String markdown, String opening) {
        int start = markdown.indexOf(opening);
        assertThat(start).as(opening).isNotNegative();
        int from = start + opening.length();
        return markdown.substring(from, markdown.indexOf("```", from));
    }

    @Test
    void theSchemaListsExactlyTheWarningCodes() {
        JsonNode schema = PLAIN.readTree(resource("text-matches.schema.json"));
        List<String> listed = new java.util.ArrayList<>();
        schema.get("$defs").get("decreeParseWarning").get("properties").get("code").get("enum").values()
                .forEach(value -> listed.add(value.stringValue()));
        assertThat(listed).isEqualTo(java.util.Arrays.stream(DecreeParseWarning.Code.values()).map(Enum::name)
                .toList());
    }
}
