package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input gets a typed {@link JsonInputException} with a location, quickly and in bounded
 * memory: never an {@code OutOfMemoryError}, a stack overflow or a hang.
 */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static JsonInputException failure(Class<?> type, InputStream input) {
        return failure(UnionJson.mapper(), type, input);
    }

    private static JsonInputException failure(tools.jackson.databind.ObjectMapper mapper, Class<?> type,
            InputStream input) {
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                UnionJson.read(mapper, input, type);
            } catch (JsonInputException e) {
                return e;
            }
            throw new AssertionError("hostile input was accepted");
        });
    }

    private static void assertLocated(JsonInputException e) {
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.offset()).isNotNegative();
    }

    @Test
    void deepArrayNestingFailsAsTooDeepAtTheLimitNotWithStackOverflow() {
        GeneratedInput input = GeneratedInput.of("", "[", 1_000_000, "");
        JsonInputException e = failure(JsonNode.class, input);
        assertThat(e.errorType()).isEqualTo(ErrorType.TOO_DEEP);
        assertLocated(e);
        assertThat(e.column()).isBetween(64, 70);
        assertThat(input.served()).isLessThan(1_000_000);
    }

    @Test
    void deepObjectNestingInsideAResolutionFailsAsTooDeep() {
        JsonInputException e = failure(Resolution.class, GeneratedInput.of("{\"title\":", "{\"a\":", 100_000, ""));
        assertThat(e.errorType()).isEqualTo(ErrorType.TOO_DEEP);
        assertLocated(e);
    }

    @Test
    void deepNestingInsideAnUnknownPropertyIsRejectedEvenWhenUnknownPropertiesAreIgnored() {
        var lenient = UnionJson.builder().unknownProperties(UnknownPropertyPolicy.IGNORE).build();
        JsonInputException e = failure(lenient, Member.class, GeneratedInput.of("{\"x\":", "[", 100_000, ""));
        assertThat(e.errorType()).isEqualTo(ErrorType.TOO_DEEP);
    }

    @Test
    void hundredMegabyteStringFailsAtTheStringLimitWithoutReadingItAll() {
        GeneratedInput input = GeneratedInput.of("{\"title\":\"", "абвгд", 20_000_000, "\"}");
        JsonInputException e = failure(Resolution.class, input);
        assertThat(e.errorType()).isEqualTo(ErrorType.STRING_TOO_LONG);
        assertLocated(e);
        assertThat(input.served()).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void hundredMegabyteStringInARegistryRecordFailsToo() {
        GeneratedInput input = GeneratedInput.of("{\"id\":\"", "a", 100_000_000, "\"}");
        JsonInputException e = failure(Member.class, input);
        assertThat(e.errorType()).isEqualTo(ErrorType.STRING_TOO_LONG);
        assertThat(input.served()).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void numberWithAMillionDigitsFailsAsNumberTooLong() {
        GeneratedInput input = GeneratedInput.of("{\"number\":", "9", 1_000_000, "}");
        JsonInputException e = failure(JsonNode.class, input);
        assertThat(e.errorType()).isEqualTo(ErrorType.NUMBER_TOO_LONG);
        assertLocated(e);
    }

    @Test
    void hugeNumberWhereAStringBelongsFailsBeforeItIsConverted() {
        JsonInputException e = failure(Member.class, GeneratedInput.of("{\"id\":", "7", 100_000, "}"));
        assertThat(e.errorType()).isIn(ErrorType.NUMBER_TOO_LONG, ErrorType.WRONG_TYPE);
        assertLocated(e);
    }

    @Test
    void integerThatDoesNotFitAnIntIsAnInvalidValue() {
        String json = "{\"votesFor\": 99999999999, \"votesAgainst\": 0, \"abstained\": 0}";
        JsonInputException e = failure(io.github.unionkit.model.meeting.VoteTally.class, utf8(json));
        assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/votesFor");
    }

    @Test
    void truncatedDocumentFailsAsTruncatedWithTheLocationOfTheEnd() {
        String json = "{\"issuer\": {\"kind\": \"COMMITTEE\", \"organization\": \"ast\"},\n \"title\": \"Об ит";
        JsonInputException e = failure(Resolution.class, utf8(json));
        assertThat(e.errorType()).isEqualTo(ErrorType.TRUNCATED);
        assertThat(e.line()).isEqualTo(2);
        assertLocated(e);
    }

    @Test
    void emptyInputFailsAsTruncated() {
        assertThat(failure(Resolution.class, utf8("")).errorType()).isEqualTo(ErrorType.TRUNCATED);
    }

    @Test
    void binaryJunkFailsAsMalformed() {
        byte[] junk = new byte[4096];
        new SplittableRandom(7).nextBytes(junk);
        junk[0] = (byte) 0x89;
        JsonInputException e = failure(OrganizationTree.class, new ByteArrayInputStream(junk));
        assertThat(e.errorType()).isEqualTo(ErrorType.MALFORMED);
        assertLocated(e);
    }

    @Test
    void invalidUtf8InsideAStringFailsAsMalformed() {
        byte[] json = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        JsonInputException e = failure(Resolution.class, new ByteArrayInputStream(json));
        assertThat(e.errorType()).isEqualTo(ErrorType.MALFORMED);
        assertLocated(e);
    }

    @Test
    void endlessWhitespaceFailsAtTheDocumentLengthLimitInsteadOfHanging() {
        var mapper = UnionJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(1_000_000)).build();
        GeneratedInput input = GeneratedInput.of("", " ", Long.MAX_VALUE, "");
        JsonInputException e = failure(mapper, Resolution.class, input);
        assertThat(e.errorType()).isEqualTo(ErrorType.DOCUMENT_TOO_LONG);
        assertThat(input.served()).isLessThan(2_000_000);
    }

    @Test
    void endlessArrayOfSmallTokensFailsAtTheTokenLimit() {
        var mapper = UnionJson.builder().limits(JsonLimits.defaults().withMaxTokenCount(10_000)).build();
        JsonInputException e = failure(mapper, JsonNode.class, GeneratedInput.of("[", "1,", Long.MAX_VALUE, ""));
        assertThat(e.errorType()).isEqualTo(ErrorType.TOO_MANY_TOKENS);
        assertLocated(e);
    }

    @Test
    void endlessStringFailsAtTheStringLimit() {
        GeneratedInput input = GeneratedInput.of("[\"", "x", Long.MAX_VALUE, "");
        assertThat(failure(JsonNode.class, input).errorType()).isEqualTo(ErrorType.STRING_TOO_LONG);
    }

    @Test
    void longPropertyNameFailsAsNameTooLong() {
        JsonInputException e = failure(JsonNode.class, GeneratedInput.of("{\"", "n", 100_000, "\":1}"));
        assertThat(e.errorType()).isEqualTo(ErrorType.NAME_TOO_LONG);
    }

    @Test
    void duplicatePropertyFailsWithItsLocation() {
        String json = "{\"votesFor\": 1,\n\"votesAgainst\": 0, \"abstained\": 0, \"votesFor\": 2}";
        JsonInputException e = failure(io.github.unionkit.model.meeting.VoteTally.class, utf8(json));
        assertThat(e.errorType()).isEqualTo(ErrorType.DUPLICATE_PROPERTY);
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void messagesNeverQuoteTheInput() {
        String secret = "Бугреева";
        JsonInputException malformed = failure(Member.class, utf8("{\"id\": " + secret + "}"));
        JsonInputException invalid = failure(Member.class, utf8("{\"id\": \"m1\", \"category\": \"" + secret + "\"}"));
        assertThat(malformed.getMessage()).doesNotContain(secret);
        assertThat(invalid.getMessage()).doesNotContain(secret);
        assertThat(invalid.errorType()).isEqualTo(ErrorType.INVALID_VALUE);
        assertThat(invalid.pointer()).isEqualTo("/category");
    }

    @Test
    void jacksonReadValueAlsoThrowsTheTypedExceptionFromUnionKitDeserializers() {
        assertThatThrownBy(() -> UnionJson.mapper().readValue("{\"id\": \"m1\", \"category\": 5}", Member.class))
                .isInstanceOf(JsonInputException.class)
                .extracting(e -> ((JsonInputException) e).errorType())
                .isEqualTo(ErrorType.WRONG_TYPE);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
