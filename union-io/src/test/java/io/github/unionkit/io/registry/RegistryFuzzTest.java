package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.unionkit.model.member.Member;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Coverage-guided fuzzing of the registry readers. Oracles: reading never throws; every row is
 * accepted or rejected (read = accepted + rejected); rows come in strictly increasing line order
 * within the file; in JSON Lines every non-blank line is exactly one row at its own line; the members
 * accepted write back and read back equal.
 */
class RegistryFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void jsonLines(byte[] input) {
        List<RegistryRow> rows = readAll(input, RegistryFormat.JSON_LINES);
        assertThat(rows.stream().map(RegistryRow::line).collect(Collectors.toList()))
                .as("one row per non-blank line, at its line").isEqualTo(nonBlankLines(input, true));
        assertRoundTrip(rows, RegistryFormat.JSON_LINES);
    }

    @FuzzTest(maxDuration = "2m")
    void csv(byte[] input) {
        List<RegistryRow> rows = readAll(input, RegistryFormat.CSV);
        // a CSV line of spaces or tabs is a row (of one cell), only an empty line is none
        long lines = nonBlankLines(input, false).size();
        assertThat((long) rows.size()).isLessThanOrEqualTo(Math.max(1, lines));
        assertRoundTrip(rows, RegistryFormat.CSV);
    }

    private static List<RegistryRow> readAll(byte[] input, RegistryFormat format) {
        List<RegistryRow> rows = new ArrayList<>();
        long accepted = 0;
        long rejected = 0;
        try (RegistryReader reader = RegistryReader.open(new ByteArrayInputStream(input), format,
                RegistryReadOptions.defaults())) {
            for (java.util.Iterator<RegistryRow> it = reader.iterator(); it.hasNext(); ) {
                RegistryRow row = it.next();
                assertThat(row.hasMember()).isNotEqualTo(row.rejection().isPresent());
                if (row.hasMember()) {
                    accepted++;
                } else {
                    rejected++;
                }
                if (!rows.isEmpty()) {
                    assertThat(row.line()).isGreaterThan(rows.get(rows.size() - 1).line());
                }
                rows.add(row);
            }
            assertThat(reader.rowsRead()).isEqualTo(accepted + rejected).isEqualTo(rows.size());
        }
        return rows;
    }

    private static void assertRoundTrip(List<RegistryRow> rows, RegistryFormat format) {
        List<Member> members = rows.stream().filter(RegistryRow::hasMember).map(r -> r.member().orElseThrow())
                .collect(Collectors.toList());
        if (members.isEmpty()) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RegistryWriter writer = RegistryWriter.open(out, format)) {
            members.forEach(writer::write);
        }
        List<Member> again = readAll(out.toByteArray(), format).stream()
                .map(r -> r.member().orElseThrow(() -> new AssertionError("written member rejected: " + r)))
                .collect(Collectors.toList());
        assertThat(again).isEqualTo(members);
    }

    /**
     * The 1-based numbers of the lines that hold something: besides spaces and tabs, or, without
     * {@code spacesAreBlank}, anything at all (a line end's {@code '\r'} does not count).
     */
    static List<Long> nonBlankLines(byte[] input, boolean spacesAreBlank) {
        List<Long> lines = new ArrayList<>();
        int from = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        long line = 1;
        boolean blank = true;
        boolean any = false;
        for (int i = from; i < input.length; i++) {
            byte b = input[i];
            if (b == '\n') {
                if (!blank) {
                    lines.add(line);
                }
                line++;
                blank = true;
                any = false;
            } else {
                any = true;
                boolean space = spacesAreBlank && (b == ' ' || b == '\t');
                if (!space && !(b == '\r' && (i + 1 == input.length || input[i + 1] == '\n'))) {
                    blank = false;
                }
            }
        }
        if (any && !blank) {
            lines.add(line);
        }
        return lines;
    }
}
