package io.github.unionkit.rules.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.rules.charter.CharterProfileException.ErrorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyValueParserTest {

    private static ErrorType errorOf(String text) {
        try {
            KeyValueParser.parse(text);
        } catch (CharterProfileException e) {
            return e.errorType();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void keysAndTrimmedValuesAreReadInFileOrderWithTheirLines() {
        Map<String, KeyValueParser.Entry> entries = KeyValueParser.parse(
                "\uFEFF# профиль\n\nquorum.committee = 1/2 \nname=Профсоюз = образования\r\nempty=\n");
        assertThat(entries.keySet()).containsExactly("quorum.committee", "name", "empty");
        assertThat(entries.get("quorum.committee").value()).isEqualTo("1/2");
        assertThat(entries.get("quorum.committee").line()).isEqualTo(3);
        assertThat(entries.get("name").value()).isEqualTo("Профсоюз = образования");
        assertThat(entries.get("empty").value()).isEmpty();
        assertThat(entries.get("empty").line()).isEqualTo(5);
    }

    @Test
    void commentsBlankLinesAndEmptyTextGiveNothing() {
        assertThat(KeyValueParser.parse("")).isEmpty();
        assertThat(KeyValueParser.parse("  # a=b\n\t\n")).isEmpty();
    }

    @Test
    void aLineWithoutKeyOrEqualsSignIsASyntaxErrorAtItsLine() {
        assertThatThrownBy(() -> KeyValueParser.parse("a=1\njust text\n"))
                .isInstanceOfSatisfying(CharterProfileException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.SYNTAX);
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThat(errorOf("=value")).isEqualTo(ErrorType.SYNTAX);
        assertThat(errorOf("ключ=значение")).isEqualTo(ErrorType.SYNTAX);
        assertThat(errorOf("a b=c")).isEqualTo(ErrorType.SYNTAX);
        assertThat(errorOf("k".repeat(101) + "=v")).isEqualTo(ErrorType.SYNTAX);
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtTheSecondLine() {
        assertThatThrownBy(() -> KeyValueParser.parse("a=1\n\na=2"))
                .isInstanceOfSatisfying(CharterProfileException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.DUPLICATE_KEY);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("line 1");
                });
    }

    @Test
    void inputOverTheCapIsRefusedBeforeReading() {
        assertThat(KeyValueParser.parse("a=" + "x".repeat(KeyValueParser.MAX_CHARS - 2))).hasSize(1);
        assertThat(errorOf("a=" + "x".repeat(KeyValueParser.MAX_CHARS - 1))).isEqualTo(ErrorType.TOO_LARGE);
    }

    @Test
    void writtenEntriesReadBackEqual() {
        // Law: any map of legal keys to values without line breaks or edge spaces survives a write and a read.
        SplittableRandom random = new SplittableRandom(14);
        String keyChars = "abcXYZ019._-";
        for (int n = 0; n < 300; n++) {
            Map<String, String> written = new LinkedHashMap<>();
            int size = random.nextInt(8);
            for (int i = 0; i < size; i++) {
                StringBuilder key = new StringBuilder();
                for (int k = 0, len = 1 + random.nextInt(12); k < len; k++) {
                    key.append(keyChars.charAt(random.nextInt(keyChars.length())));
                }
                StringBuilder value = new StringBuilder();
                for (int k = 0, len = random.nextInt(10); k < len; k++) {
                    value.append("аб=#c 1".charAt(random.nextInt(7)));
                }
                written.put(key.toString(), value.toString().strip());
            }
            List<String> lines = new ArrayList<>();
            written.forEach((k, v) -> lines.add(k + "=" + v));
            Map<String, KeyValueParser.Entry> read = KeyValueParser.parse(String.join("\n", lines));
            Map<String, String> values = new LinkedHashMap<>();
            read.forEach((k, e) -> values.put(k, e.value()));
            assertThat(values).containsExactlyEntriesOf(written);
        }
    }
}
