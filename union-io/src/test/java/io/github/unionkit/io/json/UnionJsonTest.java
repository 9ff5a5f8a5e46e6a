package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.model.org.OrganizationId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UnionJsonTest {

    private static <T> JsonInputException readFailure(JsonMapper mapper, String json, Class<T> type) {
        try {
            UnionJson.read(mapper, json, type);
        } catch (JsonInputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void factoryCarriesTheConfiguredLimitsAsStreamReadConstraints() {
        JsonLimits limits = JsonLimits.defaults().withMaxNestingDepth(12).withMaxStringLength(345);
        var constraints = UnionJson.jsonFactory(limits).streamReadConstraints();
        assertThat(constraints.getMaxNestingDepth()).isEqualTo(12);
        assertThat(constraints.getMaxStringLength()).isEqualTo(345);
        assertThat(constraints.getMaxNumberLength()).isEqualTo(limits.maxNumberLength());
        assertThat(constraints.getMaxDocumentLength()).isEqualTo(limits.maxDocumentLength());
        assertThat(constraints.getMaxNameLength()).isEqualTo(limits.maxNameLength());
        assertThat(constraints.getMaxTokenCount()).isEqualTo(limits.maxTokenCount());
    }

    @Test
    void mapperChoosesStrictFeaturesExplicitly() {
        JsonMapper mapper = UnionJson.mapper();
        assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(mapper.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)).isFalse();
        assertThat(mapper.isEnabled(JsonReadFeature.ALLOW_JAVA_COMMENTS)).isFalse();
        assertThat(mapper.isEnabled(JsonReadFeature.ALLOW_TRAILING_COMMA)).isFalse();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    }

    @Test
    void unknownPropertiesFailByDefaultAtThePropertyWithoutEchoingItsName() {
        JsonInputException e = readFailure(UnionJson.mapper(),
                "{\"votesFor\": 1, \"votesAgainst\": 0, \"abstained\": 0,\n \"quorum\": true}", VoteTally.class);
        assertThat(e.errorType()).isEqualTo(ErrorType.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo("");
        assertThat(e.getMessage()).contains("property 4").doesNotContain("quorum");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void errorsFoundWhileDecodingAreLocatedAtTheValueNotAtTheDocumentStart() {
        JsonInputException e = readFailure(UnionJson.mapper(),
                "{\"votesFor\": 1,\n\"votesAgainst\": 0,\n\n  \"abstained\": \"x\"}", VoteTally.class);
        assertThat(e.pointer()).isEqualTo("/abstained");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(16);
        JsonInputException date = readFailure(UnionJson.mapper(), "\n\n   \"2021-02-30\"", LocalDate.class);
        assertThat(date.line()).isEqualTo(3);
        assertThat(date.getMessage()).doesNotContain("2021-02-30");
    }

    @Test
    void nestedDuplicatePropertyHasThePointerOfItsObject() {
        String json = "{\"start\": \"2021-01-01\", \"endInclusive\": \"2021-01-31\"}";
        JsonInputException e = readFailure(UnionJson.mapper(), "[" + json + ", {\"start\": \"2021-01-01\",\n"
                + " \"start\": \"2021-01-02\", \"endInclusive\": \"2021-01-31\"}]", org.threeten.extra.LocalDateRange[].class);
        assertThat(e.errorType()).isEqualTo(ErrorType.DUPLICATE_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/1");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidUtf8IsMalformedAtItsLineAndNeverDecodedToAnotherCharacter() {
        byte[] overlongE = "{\"votesFor\": 1,\n\"votesAgainst\": 0, \"abstained\": 0, \"note\": \"EMPLOY\u00c1\u0085E\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] bad : List.of(overlongE, bytes("\"\u00c0\u0080\""), bytes("\"\u00f4\u0090\u0080\u0080\""),
                bytes("\"\u00ed\u00a0\u0080\""), bytes("\"\u00e2\u0082"), bytes("\"\u00ff\""))) {
            Class<?> type = bad == overlongE ? VoteTally.class : String.class;
            assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), new java.io.ByteArrayInputStream(bad), type))
                    .isInstanceOfSatisfying(JsonInputException.class, e -> {
                        assertThat(e.errorType()).isEqualTo(ErrorType.MALFORMED);
                        assertThat(e.line()).isEqualTo(bad == overlongE ? 2 : 1);
                    });
        }
        assertThat(UnionJson.read(UnionJson.mapper(), new java.io.ByteArrayInputStream(
                "\"Иванова 😀\"".getBytes(StandardCharsets.UTF_8)), String.class)).isEqualTo("Иванова 😀");
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void unknownPropertiesAreSkippedUnderTheIgnorePolicy() {
        JsonMapper lenient = UnionJson.builder().unknownProperties(UnknownPropertyPolicy.IGNORE).build();
        VoteTally tally = UnionJson.read(lenient,
                "{\"votesFor\": 1, \"votesAgainst\": 0, \"abstained\": 0, \"quorum\": {\"x\": [1, 2]}}", VoteTally.class);
        assertThat(tally).isEqualTo(VoteTally.of(1, 0, 0));
    }

    @Test
    void missingRequiredPropertyIsReportedWithItsPointer() {
        JsonInputException e = readFailure(UnionJson.mapper(), "{\"votesFor\": 1, \"abstained\": 0}", VoteTally.class);
        assertThat(e.errorType()).isEqualTo(ErrorType.MISSING_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/votesAgainst");
    }

    @Test
    void nullIsRejectedAndAbsentIsTheWayToOmitAValue() {
        JsonInputException e = readFailure(UnionJson.mapper(),
                "{\"votesFor\": null, \"votesAgainst\": 0, \"abstained\": 0}", VoteTally.class);
        assertThat(e.errorType()).isEqualTo(ErrorType.WRONG_TYPE);
        assertThat(readFailure(UnionJson.mapper(), "null", VoteTally.class).errorType()).isEqualTo(ErrorType.WRONG_TYPE);
    }

    @Test
    void contentAfterTheDocumentIsRejected() {
        JsonInputException e = readFailure(UnionJson.mapper(),
                "{\"votesFor\": 1, \"votesAgainst\": 0, \"abstained\": 0} {}", VoteTally.class);
        assertThat(e.errorType()).isEqualTo(ErrorType.TRAILING_CONTENT);
    }

    @Test
    void scalarsAreNotCoerced() {
        JsonInputException e = readFailure(UnionJson.mapper(),
                "{\"votesFor\": \"1\", \"votesAgainst\": 0, \"abstained\": 0}", VoteTally.class);
        assertThat(e.errorType()).isEqualTo(ErrorType.WRONG_TYPE);
        assertThat(readFailure(UnionJson.mapper(), "{\"votesFor\": 1.0, \"votesAgainst\": 0, \"abstained\": 0}",
                VoteTally.class).errorType()).isEqualTo(ErrorType.WRONG_TYPE);
    }

    @Test
    void commentsAndSingleQuotesAreNotJson() {
        assertThat(readFailure(UnionJson.mapper(), "// c\n{}", JsonNode.class).errorType()).isEqualTo(ErrorType.MALFORMED);
        assertThat(readFailure(UnionJson.mapper(), "{'a': 1}", JsonNode.class).errorType()).isEqualTo(ErrorType.MALFORMED);
    }

    @Test
    void documentsAreIndentedWithTwoSpacesLineFeedsAndATrailingNewline() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of());
        value.put("a", List.of(LocalDate.of(2021, 3, 31), OrganizationId.of("ast")));
        value.put("c", Map.of());
        assertThat(UnionJson.toDocument(value))
                .isEqualTo("{\n  \"a\": [\n    \"2021-03-31\",\n    \"ast\"\n  ],\n  \"b\": [],\n  \"c\": {}\n}\n");
    }

    @Test
    void writeDocumentWritesTheSameBytesAsToDocumentAndLeavesTheStreamOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnionJson.writeDocument(VoteTally.of(3, 1, 0), out);
        out.write('x');
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(UnionJson.toDocument(VoteTally.of(3, 1, 0)) + "x");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEscaped() {
        String json = UnionJson.mapper().writeValueAsString(List.of("Профсоюз"));
        assertThat(json).isEqualTo("[\"Профсоюз\"]");
    }

    @Test
    void readRequiresAllArguments() {
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), (String) null, VoteTally.class))
                .isInstanceOf(NullPointerException.class);
    }
}
