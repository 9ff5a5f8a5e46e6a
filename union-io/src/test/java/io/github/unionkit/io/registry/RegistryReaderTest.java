package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.unionkit.io.json.GeneratedInput;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.Member;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegistryReaderTest {

    private static final String GOOD = "{\"id\":\"m%d\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\","
            + "\"admissionDate\":\"2015-09-01\"}";
    private static final String HEADER = "id,category,primaryOrganization,admissionDate";

    private static String good(int n) {
        return String.format(GOOD, n);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<RegistryRow> rows(String text, RegistryFormat format) {
        return rows(utf8(text), format, RegistryReadOptions.defaults());
    }

    private static List<RegistryRow> rows(InputStream input, RegistryFormat format, RegistryReadOptions options) {
        try (RegistryReader reader = RegistryReader.open(input, format, options); Stream<RegistryRow> rows = reader.rows()) {
            return rows.collect(Collectors.toList());
        }
    }

    private static Rejection rejection(RegistryRow row) {
        return row.rejection().orElseThrow(() -> new AssertionError("not rejected: " + row));
    }

    @Test
    void jsonLinesRowsCarryTheirPhysicalLineNumbersAndBlankLinesAreNoRecords() {
        List<RegistryRow> rows = rows("\uFEFF" + good(1) + "\r\n\r\n   \n" + good(2) + "\n" + good(3), RegistryFormat.JSON_LINES);
        assertThat(rows).extracting(RegistryRow::line).containsExactly(1L, 4L, 5L);
        assertThat(rows).allMatch(RegistryRow::hasMember);
        assertThat(rows.get(2).member().orElseThrow().id().value()).isEqualTo("m3");
    }

    @Test
    void badLinesAreRejectedWithReasonAndFieldAndTheNextLineIsStillRead() {
        String text = String.join("\n", good(1), "{\"id\":\"m2\",\"category\":\"EMPLOYEE\"", "[1,2]",
                good(3).replace("2015-09-01", "2015-02-30"), good(4).replace("}", ",\"nick\":\"x\"}"),
                good(5).replace("}", ",\"id\":\"m6\"}"), good(7) + " {}", good(8).replace("\"EMPLOYEE\"", "7"), good(9));
        List<RegistryRow> rows = rows(text, RegistryFormat.JSON_LINES);
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0).hasMember()).isTrue();
        assertThat(rejection(rows.get(1)).reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(rejection(rows.get(2)).reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(rejection(rows.get(3))).satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Reason.INVALID_VALUE);
            assertThat(r.field()).isEqualTo("/admissionDate");
            assertThat(r.line()).isEqualTo(4);
        });
        assertThat(rejection(rows.get(4)).reason()).isEqualTo(Reason.UNKNOWN_PROPERTY);
        assertThat(rejection(rows.get(5)).reason()).isEqualTo(Reason.DUPLICATE_PROPERTY);
        assertThat(rejection(rows.get(6)).reason()).isEqualTo(Reason.TRAILING_CONTENT);
        assertThat(rejection(rows.get(7))).extracting(Rejection::reason, Rejection::field)
                .containsExactly(Reason.WRONG_TYPE, "/category");
        assertThat(rows.get(8).member().orElseThrow().id().value()).isEqualTo("m9");
    }

    @Test
    void memberWhoseDatesContradictEachOtherIsRejectedAsInvalid() {
        String line = good(1).replace("}", ",\"exit\":{\"date\":\"2010-01-01\",\"reason\":\"VOLUNTARY\"}}");
        assertThat(rejection(rows(line, RegistryFormat.JSON_LINES).get(0)).reason()).isEqualTo(Reason.INVALID_VALUE);
    }

    @Test
    void unknownPropertiesAreSkippedUnderTheIgnorePolicy() {
        RegistryReadOptions lenient = RegistryReadOptions.defaults().withUnknownProperties(UnknownPropertyPolicy.IGNORE);
        String line = good(1).replace("}", ",\"extra\":{\"a\":[1,2,{\"b\":null}]}}");
        assertThat(rows(utf8(line), RegistryFormat.JSON_LINES, lenient).get(0).hasMember()).isTrue();
    }

    @Test
    void binaryJunkLinesAreRejectedAsMalformedAndReadingGoesOn() {
        byte[] junk = new byte[10_000];
        new SplittableRandom(3).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n' || junk[i] == '{' || junk[i] == '[' || junk[i] == '"') {
                junk[i] = (byte) 0xFF;
            }
            if (i % 1000 == 999) {
                junk[i] = '\n';
            }
        }
        InputStream input = new SequenceInputStream(new ByteArrayInputStream(junk), utf8(good(1) + "\n"));
        List<RegistryRow> rows = rows(input, RegistryFormat.JSON_LINES, RegistryReadOptions.defaults());
        assertThat(rows).hasSize(11);
        assertThat(rows.subList(0, 10)).allSatisfy(row -> assertThat(rejection(row).reason()).isEqualTo(Reason.MALFORMED));
        assertThat(rows.get(10).line()).isEqualTo(11);
        assertThat(rows.get(10).hasMember()).isTrue();
    }

    @Test
    void quarterGigabyteLineIsSkippedWithoutBeingHeldInMemory() {
        GeneratedInput huge = GeneratedInput.of(good(1) + "\n{\"id\":\"", "x", 256L * 1024 * 1024, "\"}\n" + good(3) + "\n");
        Runtime runtime = Runtime.getRuntime();
        List<RegistryRow> rows = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> rows(huge, RegistryFormat.JSON_LINES, RegistryReadOptions.defaults()));
        assertThat(rows).hasSize(3);
        assertThat(rejection(rows.get(1))).extracting(Rejection::reason, Rejection::line)
                .containsExactly(Reason.LINE_TOO_LONG, 2L);
        assertThat(rows.get(2).member().orElseThrow().id().value()).isEqualTo("m3");
        // Live memory, not garbage other tests left: collect first, so the bound cannot flake.
        System.gc();
        assertThat(runtime.totalMemory() - runtime.freeMemory()).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void membersFailsAtTheFirstBadRecordWithItsLine() {
        String text = good(1) + "\n" + good(2).replace("EMPLOYEE", "BOSS") + "\n" + good(3);
        try (RegistryReader reader = RegistryReader.open(utf8(text), RegistryFormat.JSON_LINES,
                RegistryReadOptions.defaults()); Stream<Member> members = reader.members()) {
            assertThatThrownBy(() -> members.collect(Collectors.toList()))
                    .isInstanceOf(RegistryReadException.class)
                    .satisfies(e -> assertThat(((RegistryReadException) e).rejection().line()).isEqualTo(2))
                    .hasMessageContaining("/category");
        }
    }

    @Test
    void rowsCanBeRequestedOnce() {
        try (RegistryReader reader = RegistryReader.open(utf8(good(1)), RegistryFormat.JSON_LINES,
                RegistryReadOptions.defaults())) {
            reader.iterator();
            assertThatThrownBy(reader::rows).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void csvColumnsAreFoundByNameAndEmptyCellsAreAbsent() {
        String csv = "admissionDate,id,category,primaryOrganization,card,familyName,givenName,patronymic\n"
                + "2015-09-01,m1,STUDENT,p1,,Иванова,Мария,\n"
                + "2016-09-01,m2,EMPLOYEE,p1,1234567890,,,\n";
        List<RegistryRow> rows = rows(csv, RegistryFormat.CSV);
        Member first = rows.get(0).member().orElseThrow();
        assertThat(first.admissionDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(first.card()).isEmpty();
        assertThat(first.name().orElseThrow().family()).isEqualTo("Иванова");
        assertThat(first.name().orElseThrow().patronymic()).isEmpty();
        assertThat(rows.get(1).member().orElseThrow().card().orElseThrow().value()).isEqualTo("1234567890");
        assertThat(rows).extracting(RegistryRow::line).containsExactly(2L, 3L);
    }

    @Test
    void csvRowErrorsRejectTheRowAndReadingGoesOn() {
        String csv = HEADER + "\nm1,EMPLOYEE,p1,2015-09-01\nm2,EMPLOYEE,p1\nm3,EMPLOYEE,p1,2015-99-01\n"
                + "m4,,p1,2015-09-01\n\"m5\",\"EMPLOYEE\",\"p\n1\",2015-09-01\nm6,EMPLOYEE,p1,2015-09-01\n";
        List<RegistryRow> rows = rows(csv, RegistryFormat.CSV);
        assertThat(rows).hasSize(6);
        assertThat(rejection(rows.get(1))).extracting(Rejection::reason, Rejection::line)
                .containsExactly(Reason.COLUMN_COUNT, 3L);
        assertThat(rejection(rows.get(2))).extracting(Rejection::reason, Rejection::field)
                .containsExactly(Reason.INVALID_VALUE, "admissionDate");
        assertThat(rejection(rows.get(2)).memberId().orElseThrow().value()).isEqualTo("m3");
        assertThat(rejection(rows.get(3))).extracting(Rejection::reason, Rejection::field)
                .containsExactly(Reason.MISSING_VALUE, "category");
        assertThat(rejection(rows.get(4))).extracting(Rejection::reason, Rejection::line)
                .containsExactly(Reason.INVALID_VALUE, 6L);
        assertThat(rows.get(5)).extracting(RegistryRow::line, RegistryRow::hasMember).containsExactly(8L, true);
    }

    @Test
    void csvHeaderWithoutARequiredColumnEndsTheReadAtLineOne() {
        try (RegistryReader reader = RegistryReader.open(utf8("id,category\nm1,EMPLOYEE\n"), RegistryFormat.CSV,
                RegistryReadOptions.defaults())) {
            List<RegistryRow> rows = reader.rows().collect(Collectors.toList());
            assertThat(rows).hasSize(1);
            assertThat(rejection(rows.get(0))).extracting(Rejection::reason, Rejection::field, Rejection::line)
                    .containsExactly(Reason.MISSING_VALUE, "primaryOrganization", 1L);
            assertThat(reader.stoppedEarly()).isTrue();
        }
    }

    @Test
    void csvUnknownColumnFollowsThePolicy() {
        String csv = HEADER + ",nickname\nm1,EMPLOYEE,p1,2015-09-01,x\n";
        assertThat(rejection(rows(csv, RegistryFormat.CSV).get(0)).reason()).isEqualTo(Reason.UNKNOWN_PROPERTY);
        RegistryReadOptions lenient = RegistryReadOptions.defaults().withUnknownProperties(UnknownPropertyPolicy.IGNORE);
        assertThat(rows(utf8(csv), RegistryFormat.CSV, lenient).get(0).hasMember()).isTrue();
    }

    @Test
    void csvUnterminatedQuoteIsMalformedAtItsLineAndReadingGoesOn() {
        String csv = HEADER + "\nm1,EMPLOYEE,p1,2015-09-01\n\"m2,EMPLOYEE,p1,2015-09-01\n";
        try (RegistryReader reader = RegistryReader.open(utf8(csv), RegistryFormat.CSV, RegistryReadOptions.defaults())) {
            List<RegistryRow> rows = reader.rows().collect(Collectors.toList());
            assertThat(rows).hasSize(2);
            assertThat(rejection(rows.get(1))).extracting(Rejection::reason, Rejection::line)
                    .containsExactly(Reason.MALFORMED, 3L);
            assertThat(reader.stoppedEarly()).isFalse();
        }
    }

    @Test
    void csvOverLongLineIsSkippedWithoutBufferingItAndReadingGoesOn() {
        GeneratedInput huge = GeneratedInput.of(HEADER + "\nm1,EMPLOYEE,p1,2015-09-01\nm2,", "x,", 32L * 1024 * 1024,
                "\nm3,EMPLOYEE,p1,2015-09-01\n");
        try (RegistryReader reader = RegistryReader.open(huge, RegistryFormat.CSV, RegistryReadOptions.defaults())) {
            List<RegistryRow> rows = reader.rows().collect(Collectors.toList());
            assertThat(rows).hasSize(3);
            assertThat(rejection(rows.get(1))).extracting(Rejection::reason, Rejection::line)
                    .containsExactly(Reason.LINE_TOO_LONG, 3L);
            assertThat(rows.get(2)).extracting(RegistryRow::line, RegistryRow::hasMember).containsExactly(4L, true);
            assertThat(reader.stoppedEarly()).isFalse();
        }
    }

    @Test
    void csvBinaryJunkEndsTheReadAsUnreadable() {
        byte[] junk = {(byte) 0xC3, (byte) 0x28, ',', (byte) 0xFF, '\n'};
        InputStream input = new SequenceInputStream(utf8(HEADER + "\n"), new ByteArrayInputStream(junk));
        List<RegistryRow> rows = rows(input, RegistryFormat.CSV, RegistryReadOptions.defaults());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.hasMember()).isFalse());
    }

    private static final String HISTORY = "{\"formatVersion\":2,\"id\":\"h1\",\"category\":\"EMPLOYEE\","
            + "\"primaryOrganization\":\"p1\",\"admissionDate\":\"2010-09-01\",\"interruptions\":[{\"exit\":"
            + "{\"date\":\"2015-06-30\",\"reason\":\"END_OF_EMPLOYMENT\"},\"readmissionDate\":\"2016-09-01\"}],"
            + "\"categoryChanges\":[{\"date\":\"2020-03-01\",\"category\":\"NON_WORKING_PENSIONER\"}],"
            + "\"transfers\":[{\"date\":\"2017-01-09\",\"to\":\"p2\"}]}";

    @Test
    void aFormat2RecordCarriesTheHistory() {
        Member member = rows(HISTORY + "\n", RegistryFormat.JSON_LINES).get(0).member().orElseThrow();
        assertThat(member.interruptions()).singleElement().satisfies(i -> assertThat(i.readmission())
                .isEqualTo(LocalDate.of(2016, 9, 1)));
        assertThat(member.categoryOn(LocalDate.of(2021, 1, 1)).name()).isEqualTo("NON_WORKING_PENSIONER");
        assertThat(member.organizationOn(LocalDate.of(2018, 1, 1)).value()).isEqualTo("p2");
        assertThat(member.isActiveOn(LocalDate.of(2016, 1, 1))).isFalse();
    }

    @Test
    void historyWithoutFormatVersion2IsRejectedAtTheVersion() {
        Rejection missing = rows(HISTORY.replace("\"formatVersion\":2,", "") + "\n", RegistryFormat.JSON_LINES).get(0)
                .rejection().orElseThrow();
        assertThat(missing.reason()).isEqualTo(Reason.MISSING_VALUE);
        assertThat(missing.field()).isEqualTo("/formatVersion");
        Rejection one = rows(HISTORY.replace("\"formatVersion\":2", "\"formatVersion\":1") + "\n",
                RegistryFormat.JSON_LINES).get(0).rejection().orElseThrow();
        assertThat(one.reason()).isEqualTo(Reason.INVALID_VALUE);
        Rejection three = rows(good(1).replace("{", "{\"formatVersion\":3,") + "\n", RegistryFormat.JSON_LINES).get(0)
                .rejection().orElseThrow();
        assertThat(three.field()).isEqualTo("/formatVersion");
        assertThat(rows(good(1).replace("{", "{\"formatVersion\":1,") + "\n", RegistryFormat.JSON_LINES).get(0)
                .hasMember()).isTrue();
    }

    @Test
    void badHistoryEntriesAreNamedByTheirPointer() {
        Rejection order = rows(HISTORY.replace("\"2017-01-09\"", "\"2009-01-09\"") + "\n", RegistryFormat.JSON_LINES)
                .get(0).rejection().orElseThrow();
        assertThat(order.reason()).isEqualTo(Reason.INVALID_VALUE);
        Rejection pointer = rows(HISTORY.replace("\"to\":\"p2\"", "\"to\":\"p 2\"") + "\n",
                RegistryFormat.JSON_LINES).get(0).rejection().orElseThrow();
        assertThat(pointer.field()).isEqualTo("/transfers/0/to");
        Rejection cut = rows(HISTORY.substring(0, HISTORY.indexOf("\"categoryChanges\"") + 25) + "\n",
                RegistryFormat.JSON_LINES).get(0).rejection().orElseThrow();
        assertThat(cut.reason()).isEqualTo(Reason.TRUNCATED);
        Rejection readmission = rows(HISTORY.replace("2016-09-01", "2015-06-30") + "\n", RegistryFormat.JSON_LINES)
                .get(0).rejection().orElseThrow();
        assertThat(readmission.field()).isEqualTo("/interruptions/0/readmissionDate");
    }

    @Test
    void csvHistoryCellsReadAndNeedFormatVersion2() {
        String header = HEADER + ",formatVersion,interruptions,categoryChanges,transfers\n";
        String row = "h1,EMPLOYEE,p1,2010-09-01,2,2015-06-30 END_OF_EMPLOYMENT 2016-09-01,"
                + "2020-03-01 NON_WORKING_PENSIONER,2017-01-09 p2|2018-01-09 p3\n";
        Member member = rows(header + row, RegistryFormat.CSV).get(0).member().orElseThrow();
        assertThat(member.transfers()).hasSize(2);
        assertThat(member.organizationOn(LocalDate.of(2019, 1, 1)).value()).isEqualTo("p3");
        Rejection noVersion = rows(header + row.replace(",2,", ",,"), RegistryFormat.CSV).get(0).rejection()
                .orElseThrow();
        assertThat(noVersion.field()).isEqualTo("formatVersion");
        Rejection badEntry = rows(header + row.replace("2017-01-09 p2", "2017-01-09"), RegistryFormat.CSV).get(0)
                .rejection().orElseThrow();
        assertThat(badEntry.field()).isEqualTo("transfers");
        assertThat(rows(HEADER + "\nm1,EMPLOYEE,p1,2015-09-01\n", RegistryFormat.CSV).get(0).hasMember()).isTrue();
    }

    @Test
    void formerCardsAreFormat2InBothFormats() {
        String json = good(1).replace("{", "{\"formatVersion\":2,").replace("}", ",\"card\":\"5500000000000002\","
                + "\"formerCards\":[\"5500000000000001\"]}") + "\n";
        assertThat(rows(json, RegistryFormat.JSON_LINES).get(0).member().orElseThrow().formerCards()).hasSize(1);
        Rejection bad = rows(json.replace("\"5500000000000001\"", "\"55\""), RegistryFormat.JSON_LINES).get(0)
                .rejection().orElseThrow();
        assertThat(bad.field()).isEqualTo("/formerCards/0");
        String csv = HEADER + ",formatVersion,formerCards\nm1,EMPLOYEE,p1,2015-09-01,2,5500000000000001|5500000000000003\n";
        assertThat(rows(csv, RegistryFormat.CSV).get(0).member().orElseThrow().formerCards()).hasSize(2);
    }
}
