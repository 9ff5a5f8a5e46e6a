package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.Rejection.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault corpus of registry files: every cut of sample records, every class of invalid UTF-8,
 * other encodings, control characters and giant lines, each in the middle of valid records. For JSON
 * Lines and CSV, through the reader and the import on 1 and 2 threads: read = accepted + rejected,
 * every fault is rejected at its own line and every valid record around it is accepted.
 */
class RegistryFaultsTest {

    private static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);
    private static final String HEADER = "id,category,primaryOrganization,admissionDate,exitDate,exitReason,card,"
            + "familyName,givenName,patronymic,birthDate";

    /** Sample JSON Lines records: flat, with a nested exit, with a name, with everything. */
    static final List<String> JSON_SAMPLES = List.of(
            "{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2015-09-01\"}",
            "{\"id\":\"m2\",\"category\":\"STUDENT\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2001-09-01\","
                    + "\"exit\":{\"date\":\"2007-12-28\",\"reason\":\"VOLUNTARY\"}}",
            "{\"id\":\"m3\",\"category\":\"NON_WORKING_PENSIONER\",\"primaryOrganization\":\"p2\","
                    + "\"admissionDate\":\"1990-01-15\",\"card\":\"7712345678\",\"name\":{\"family\":\"Иванова\","
                    + "\"given\":\"Анна\",\"patronymic\":\"Петровна\"},\"birthDate\":\"1955-04-12\"}",
            "{\"id\":\"m4\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p2\",\"admissionDate\":\"2010-03-01\","
                    + "\"name\":{\"family\":\"Петров\",\"given\":\"Иван\"},\"exit\":{\"date\":\"2020-06-30\","
                    + "\"reason\":\"VOLUNTARY\"},\"card\":\"123456\"}");

    /** Sample CSV rows for {@link #HEADER}. */
    static final List<String> CSV_SAMPLES = List.of(
            "m1,EMPLOYEE,p1,2015-09-01,,,,,,,",
            "m2,STUDENT,p1,2001-09-01,2007-12-28,VOLUNTARY,,,,,",
            "m3,NON_WORKING_PENSIONER,p2,1990-01-15,,,7712345678,Иванова,Анна,Петровна,1955-04-12",
            "m4,EMPLOYEE,p2,2010-03-01,2020-06-30,VOLUNTARY,123456,\"Петров, \"\"мл.\"\"\",Иван,,");

    /** The classes of ill-formed UTF-8, each inside a value. */
    static final Map<String, byte[]> INVALID_UTF8 = invalidUtf8();

    private static Map<String, byte[]> invalidUtf8() {
        Map<String, byte[]> classes = new TreeMap<>();
        classes.put("overlong 2-byte C1 85", bytes(0xC1, 0x85));
        classes.put("overlong NUL C0 80", bytes(0xC0, 0x80));
        classes.put("overlong 3-byte E0 80 AF", bytes(0xE0, 0x80, 0xAF));
        classes.put("overlong 4-byte F0 80 80 AF", bytes(0xF0, 0x80, 0x80, 0xAF));
        classes.put("surrogate ED A0 80", bytes(0xED, 0xA0, 0x80));
        classes.put("surrogate ED BF BF", bytes(0xED, 0xBF, 0xBF));
        classes.put("above U+10FFFF F4 90 80 80", bytes(0xF4, 0x90, 0x80, 0x80));
        classes.put("lead F5", bytes(0xF5, 0x80, 0x80, 0x80));
        classes.put("lead FF", bytes(0xFF));
        classes.put("stray continuation 80", bytes(0x80));
        classes.put("truncated 2-byte D0", bytes(0xD0));
        classes.put("truncated 3-byte E2 82", bytes(0xE2, 0x82));
        classes.put("truncated 4-byte F0 9F 98", bytes(0xF0, 0x9F, 0x98));
        classes.put("Windows-1251 Иванов", "Иванов".getBytes(Charset.forName("windows-1251")));
        classes.put("Latin-1 é", bytes(0xE9, 'a'));
        return classes;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A registry file under construction, with the line numbers where faults are. */
    static final class Corpus {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<Long> faults = new ArrayList<>();
        private long line;
        private long valid;

        Corpus valid(String record) {
            return add(utf8(record), false);
        }

        Corpus fault(byte[] record) {
            return add(record, true);
        }

        private Corpus add(byte[] record, boolean fault) {
            bytes.writeBytes(record);
            bytes.write('\n');
            line++;
            if (fault) {
                faults.add(line);
            } else {
                valid++;
            }
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static List<RegistryRow> read(byte[] file, RegistryFormat format) {
        try (RegistryReader reader = RegistryReader.open(new ByteArrayInputStream(file), format,
                RegistryReadOptions.defaults()); Stream<RegistryRow> rows = reader.rows()) {
            List<RegistryRow> list = rows.collect(Collectors.toList());
            assertThat(reader.stoppedEarly()).as("stopped early").isFalse();
            return list;
        }
    }

    private static List<Long> rejectedLines(List<RegistryRow> rows) {
        return rows.stream().filter(r -> !r.hasMember()).map(RegistryRow::line).collect(Collectors.toList());
    }

    /** Checks the reader and the import on 1 and 2 threads against the corpus. */
    private static void assertNothingLostNothingMisread(Corpus corpus, RegistryFormat format, Path dir) {
        byte[] file = corpus.bytes();
        List<RegistryRow> rows = read(file, format);
        assertThat(rejectedLines(rows)).as("rejected lines").isEqualTo(corpus.faults);
        assertThat(rows.stream().filter(RegistryRow::hasMember).count()).as("accepted").isEqualTo(corpus.valid);
        for (int threads = 1; threads <= 2; threads++) {
            ImportReport report = importFile(file, format, threads, dir);
            assertThat(report.read()).isEqualTo(report.accepted() + report.rejected())
                    .isEqualTo(corpus.valid + corpus.faults.size());
            assertThat(report.accepted()).as("accepted on %d thread(s)", threads).isEqualTo(corpus.valid);
            assertThat(report.rejections()).extracting(Rejection::line).isEqualTo(corpus.faults);
            assertThat(report.stoppedEarly()).isFalse();
        }
    }

    private static ImportReport importFile(byte[] file, RegistryFormat format, int threads, Path dir) {
        try {
            Path path = Files.createTempFile(dir, "registry", format == RegistryFormat.CSV ? ".csv" : ".jsonl");
            Files.write(path, file);
            // the corpora repeat their sample rows: byte faults are under test here, not duplicates
            return RegistryImport.builder(AS_OF).detectDuplicates(false).parallelism(threads).retainRejections(100_000)
                    .build().run(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus jsonCorpus() {
        return new Corpus();
    }

    private static Corpus csvCorpus() {
        Corpus corpus = new Corpus();
        corpus.bytes.writeBytes(utf8(HEADER + "\n"));
        corpus.line = 1;
        return corpus;
    }

    @Test
    void jsonLinesRecordCutAfterANestedObjectIsTruncatedAndTheNextRecordIsAccepted(@TempDir Path dir) {
        String cut = JSON_SAMPLES.get(1).substring(0, JSON_SAMPLES.get(1).length() - 1);
        List<RegistryRow> rows = read(utf8(cut + "\n" + JSON_SAMPLES.get(0) + "\n" + cut), RegistryFormat.JSON_LINES);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).rejection().orElseThrow().reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(rows.get(1).hasMember()).isTrue();
        assertThat(rows.get(2).rejection().orElseThrow().reason()).isEqualTo(Reason.TRUNCATED);
        assertNothingLostNothingMisread(jsonCorpus().fault(utf8(cut)).valid(JSON_SAMPLES.get(0)).fault(utf8(cut)),
                RegistryFormat.JSON_LINES, dir);
    }

    @Test
    void jsonLinesRecordsCutAtEveryByteAreRejectedAtTheirLineAndNeighboursAccepted(@TempDir Path dir) {
        Corpus corpus = jsonCorpus();
        for (String sample : JSON_SAMPLES) {
            byte[] record = utf8(sample);
            for (int cut = 1; cut < record.length; cut++) {
                byte[] prefix = java.util.Arrays.copyOf(record, cut);
                if (isBlank(prefix)) {
                    continue;
                }
                corpus.fault(prefix).valid(sample);
            }
        }
        assertNothingLostNothingMisread(corpus, RegistryFormat.JSON_LINES, dir);
    }

    @Test
    void csvRowsCutAtEveryByteNeverLoseTheNextRow(@TempDir Path dir) {
        for (String sample : CSV_SAMPLES) {
            byte[] record = utf8(sample);
            for (int cut = 1; cut < record.length; cut++) {
                byte[] prefix = java.util.Arrays.copyOf(record, cut);
                String text = new String(prefix, StandardCharsets.UTF_8);
                if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
                    continue; // an open quote spans into the next line: covered below
                }
                byte[] file = csvCorpus().fault(prefix).valid(sample).bytes();
                List<RegistryRow> rows = read(file, RegistryFormat.CSV);
                assertThat(rows).as("cut %d of %s", cut, sample).hasSize(2);
                assertThat(rows.get(1).hasMember()).isTrue();
                assertThat(rows.get(1).line()).isEqualTo(3);
                assertThat(rows.get(0).line()).isEqualTo(2);
            }
        }
    }

    @Test
    void invalidUtf8OfEveryClassIsMalformedAtItsLineInJsonLines(@TempDir Path dir) {
        Corpus corpus = jsonCorpus().valid(JSON_SAMPLES.get(0));
        for (byte[] bad : INVALID_UTF8.values()) {
            corpus.fault(splice(JSON_SAMPLES.get(2), "Анна", bad)).valid(JSON_SAMPLES.get(3));
            corpus.fault(splice(JSON_SAMPLES.get(0), "EMPLOYEE", concat(utf8("EMPLOY"), bad, utf8("E"))));
        }
        assertNothingLostNothingMisread(corpus, RegistryFormat.JSON_LINES, dir);
        List<RegistryRow> rows = read(corpus.bytes(), RegistryFormat.JSON_LINES);
        assertThat(rows).filteredOn(r -> !r.hasMember())
                .allSatisfy(r -> assertThat(r.rejection().orElseThrow().reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void overlongEInACategoryIsNotReadAsEmployee() {
        byte[] line = splice(JSON_SAMPLES.get(0), "EMPLOYEE", concat(utf8("EMPLOY"), bytes(0xC1, 0x85), utf8("E")));
        List<RegistryRow> rows = read(line, RegistryFormat.JSON_LINES);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.hasMember()).isFalse();
            assertThat(r.rejection().orElseThrow().reason()).isEqualTo(Reason.MALFORMED);
        });
    }

    @Test
    void invalidUtf8OfEveryClassRejectsOnlyItsCsvRow(@TempDir Path dir) {
        Corpus corpus = csvCorpus().valid(CSV_SAMPLES.get(0));
        for (byte[] bad : INVALID_UTF8.values()) {
            corpus.fault(splice(CSV_SAMPLES.get(2), "Анна", bad)).valid(CSV_SAMPLES.get(3));
        }
        assertNothingLostNothingMisread(corpus, RegistryFormat.CSV, dir);
    }

    @Test
    void oneWindows1251NameRejectsOneRowOfAThousandAtItsTrueLine(@TempDir Path dir) {
        Corpus corpus = csvCorpus();
        for (int i = 0; i < 1_000; i++) {
            String row = CSV_SAMPLES.get(2).replace("m3", "m" + i);
            if (i == 9) {
                corpus.fault(concat(utf8(row.substring(0, row.indexOf("Иванова"))),
                        "Иванова".getBytes(Charset.forName("windows-1251")),
                        utf8(row.substring(row.indexOf("Иванова") + "Иванова".length()))));
            } else {
                corpus.valid(row);
            }
        }
        assertThat(corpus.faults).containsExactly(11L);
        assertNothingLostNothingMisread(corpus, RegistryFormat.CSV, dir);
    }

    @Test
    void csvBadByteOnLineFourIsReportedAtLineFourAndLineThreeIsAccepted() {
        byte[] file = csvCorpus().valid(CSV_SAMPLES.get(0)).valid(CSV_SAMPLES.get(1))
                .fault(splice(CSV_SAMPLES.get(2), "Анна", bytes(0xFF))).bytes();
        List<RegistryRow> rows = read(file, RegistryFormat.CSV);
        assertThat(rows).extracting(RegistryRow::line).containsExactly(2L, 3L, 4L);
        assertThat(rejectedLines(rows)).containsExactly(4L);
    }

    @Test
    void csvUnterminatedQuoteIsReportedAtItsOwnLineAndTheLinesAfterItAreRead() {
        byte[] file = csvCorpus().valid(CSV_SAMPLES.get(0)).fault(utf8("\"m9,EMPLOYEE,p1,2015-09-01,,,,,,,"))
                .valid(CSV_SAMPLES.get(1)).valid(CSV_SAMPLES.get(2)).bytes();
        List<RegistryRow> rows = read(file, RegistryFormat.CSV);
        assertThat(rejectedLines(rows)).containsExactly(3L);
        assertThat(rows.get(1).rejection().orElseThrow().reason()).isEqualTo(Reason.MALFORMED);
        assertThat(rows).filteredOn(RegistryRow::hasMember).extracting(RegistryRow::line).containsExactly(2L, 4L, 5L);
    }

    @Test
    void jsonLinesLineOf70KilobytesIsLineTooLongEvenWhenItsNewlineIsInTheBuffer(@TempDir Path dir) {
        String giant = JSON_SAMPLES.get(0).replace("\"p1\"", "\"p1\"" + " ".repeat(70_000));
        byte[] file = jsonCorpus().valid(JSON_SAMPLES.get(0)).fault(utf8(giant)).valid(JSON_SAMPLES.get(1)).bytes();
        List<RegistryRow> rows = read(file, RegistryFormat.JSON_LINES);
        assertThat(rows.get(1).rejection().orElseThrow().reason()).isEqualTo(Reason.LINE_TOO_LONG);
        assertNothingLostNothingMisread(jsonCorpus().valid(JSON_SAMPLES.get(0)).fault(utf8(giant))
                .valid(JSON_SAMPLES.get(1)), RegistryFormat.JSON_LINES, dir);
    }

    @Test
    void controlCharactersNulAndGiantLinesAreRejectedAtTheirLinesInBothFormats(@TempDir Path dir) {
        Corpus json = jsonCorpus().valid(JSON_SAMPLES.get(0));
        Corpus csv = csvCorpus().valid(CSV_SAMPLES.get(0));
        String giantValue = "x".repeat(200_000);
        for (String bad : List.of("\u0000", "\u0001", "\u001B[31m", "\u007F\u0000", giantValue)) {
            json.fault(utf8(JSON_SAMPLES.get(2).replace("\"Анна\"", "\"Ан" + bad + "на\""))).valid(JSON_SAMPLES.get(1));
            csv.fault(utf8(CSV_SAMPLES.get(2).replace("Анна", "Ан" + bad + "на"))).valid(CSV_SAMPLES.get(1));
        }
        json.fault(utf8("\u0000\u0000\u0000")).valid(JSON_SAMPLES.get(3));
        csv.fault(utf8("\u0000,\u0000")).valid(CSV_SAMPLES.get(3));
        assertNothingLostNothingMisread(json, RegistryFormat.JSON_LINES, dir);
        assertNothingLostNothingMisread(csv, RegistryFormat.CSV, dir);
    }

    @Test
    void mixedEncodingsUtf16AndLatin1LinesAreRejectedAndUtf8LinesAccepted(@TempDir Path dir) {
        Corpus json = jsonCorpus().valid(JSON_SAMPLES.get(2))
                .fault(JSON_SAMPLES.get(2).getBytes(Charset.forName("windows-1251")))
                .valid(JSON_SAMPLES.get(0))
                .fault(JSON_SAMPLES.get(2).replace("Иванова", "Müller").getBytes(StandardCharsets.ISO_8859_1))
                .fault(JSON_SAMPLES.get(0).getBytes(StandardCharsets.UTF_16LE))
                .valid(JSON_SAMPLES.get(3));
        assertNothingLostNothingMisread(json, RegistryFormat.JSON_LINES, dir);
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t') {
                return false;
            }
        }
        return true;
    }

    private static byte[] splice(String record, String target, byte[] replacement) {
        int at = record.indexOf(target);
        return concat(utf8(record.substring(0, at)), replacement, utf8(record.substring(at + target.length())));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
