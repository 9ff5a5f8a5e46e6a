package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level reader of unquoted lines gives what the general reader gives: the same lines read
 * once with their first cell quoted (which sends them through the general reader) and once as they are
 * yield the same members and the same rejections on the same lines.
 */
class CsvPlainLineTest {

    private static final String HEADER = "id,category,primaryOrganization,admissionDate,familyName,givenName\n";
    private static final String[] CELLS = {"EMPLOYEE", "p1", "2015-09-01", "Иванова", "Анна", "", "STUDENT",
        "31.03.2021", "x".repeat(40), "bad date", "Ёлкина"};

    @Test
    void unquotedLinesReadAsTheGeneralReaderReadsThem() {
        SplittableRandom random = new SplittableRandom(46);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream quoted = new ByteArrayOutputStream();
        plain.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        quoted.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3_000; i++) {
            StringBuilder rest = new StringBuilder();
            // mostly six cells, sometimes fewer or far too many
            int cells = random.nextInt(10) == 0 ? random.nextInt(1, 300) : 6;
            for (int c = 1; c < cells; c++) {
                rest.append(',').append(c == 1 ? "EMPLOYEE" : c == 2 ? "p1" : c == 3 && random.nextInt(4) > 0
                        ? "2015-09-01" : CELLS[random.nextInt(CELLS.length)]);
            }
            byte[] tail = rest.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(20) == 0) {
                tail[random.nextInt(tail.length)] = (byte) (0x80 | random.nextInt(0x80)); // invalid UTF-8, mostly
            }
            String id = "m" + i;
            plain.writeBytes(id.getBytes(StandardCharsets.UTF_8));
            plain.writeBytes(tail);
            plain.write('\n');
            quoted.writeBytes(("\"" + id + "\"").getBytes(StandardCharsets.UTF_8));
            quoted.writeBytes(tail);
            quoted.write('\n');
            if (random.nextInt(50) == 0) {
                plain.write('\n'); // an empty line is no record
                quoted.write('\n');
            }
        }
        RegistryReadOptions options = RegistryReadOptions.defaults()
                .withLimits(JsonLimits.registryRecord().withMaxStringLength(30));

        List<RegistryRow> fast = read(plain.toByteArray(), options);
        List<RegistryRow> general = read(quoted.toByteArray(), options);

        assertThat(fast).hasSameSizeAs(general);
        assertThat(fast.stream().filter(RegistryRow::hasMember).count()).isGreaterThan(1_000);
        assertThat(fast.stream().filter(row -> !row.hasMember()).count()).isGreaterThan(300);
        for (int i = 0; i < fast.size(); i++) {
            RegistryRow a = fast.get(i);
            RegistryRow b = general.get(i);
            assertThat(a.line()).isEqualTo(b.line());
            assertThat(a.member()).isEqualTo(b.member());
            assertThat(a.rejection().map(r -> r.reason())).isEqualTo(b.rejection().map(r -> r.reason()));
            assertThat(a.rejection().map(r -> r.field())).isEqualTo(b.rejection().map(r -> r.field()));
        }
    }

    @Test
    void aQuoteAnywhereInTheLineIsSeen() {
        for (int at = 0; at < 20; at++) {
            byte[] line = "abcdefghijklmnopqrst".getBytes(StandardCharsets.US_ASCII);
            assertThat(CsvPlainLine.unquoted(line, 0, line.length)).isTrue();
            line[at] = '"';
            assertThat(CsvPlainLine.unquoted(line, 0, line.length)).as("quote at %d", at).isFalse();
            assertThat(CsvPlainLine.unquoted(line, at + 1, line.length - at - 1)).isTrue();
        }
    }

    private static List<RegistryRow> read(byte[] bytes, RegistryReadOptions options) {
        List<RegistryRow> rows = new ArrayList<>();
        try (CsvSource source = new CsvSource(new ByteArrayInputStream(bytes), options)) {
            RegistryRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
