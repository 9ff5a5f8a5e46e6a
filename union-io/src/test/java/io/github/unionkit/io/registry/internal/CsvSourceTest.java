package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

    private static final Charset CP1251 = RegistryReadOptions.WINDOWS_1251;
    private static final String RUSSIAN = "Идентификатор;Категория;Первичная организация;Дата вступления;Фамилия;Имя\r\n"
            + "m1;работающий;p1;01.09.2015;Иванова;Анна\r\n"
            + "m2;STUDENT;p1;2016-09-01;\"Петров;\r\nСидоров\";Иван\r\n"
            + "m3;неработающий пенсионер;p1;15.03.2010;Ёлкина;Вера\r\n";

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

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private static void assertRussianRows(List<RegistryRow> rows) {
        assertThat(rows).allSatisfy(row -> assertThat(row.rejection()).isEmpty());
        assertThat(rows).extracting(RegistryRow::line).containsExactly(2L, 3L, 5L);
        Member first = rows.get(0).member().orElseThrow();
        assertThat(first.category()).isEqualTo(MemberCategory.EMPLOYEE);
        assertThat(first.admissionDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(first.name().orElseThrow().family()).isEqualTo("Иванова");
        assertThat(rows.get(1).member().orElseThrow().name().orElseThrow().family()).isEqualTo("Петров; Сидоров"); // PersonName folds the line break
        assertThat(rows.get(2).member().orElseThrow().category()).isEqualTo(MemberCategory.NON_WORKING_PENSIONER);
        assertThat(rows.get(2).member().orElseThrow().name().orElseThrow().family()).isEqualTo("Ёлкина");
    }

    @Test
    void excelsUtf8CsvWithBomSemicolonsAndRussianHeadersIsRead() {
        assertRussianRows(read(withBom(RUSSIAN.getBytes(StandardCharsets.UTF_8)), RegistryReadOptions.defaults()));
    }

    @Test
    void excelsWindows1251CsvIsDetectedAndRead() {
        assertRussianRows(read(RUSSIAN.getBytes(CP1251), RegistryReadOptions.defaults()));
    }

    @Test
    void aGivenEncodingAndSeparatorAreUsedAsGiven() {
        String tabs = RUSSIAN.replace(';', '\t').replace("Петров\t", "Петров;");
        assertRussianRows(read(tabs.getBytes(CP1251), RegistryReadOptions.defaults().withCsvCharset(CP1251)
                .withCsvDelimiter('\t')));
        assertRussianRows(read(tabs.getBytes(CP1251), RegistryReadOptions.defaults()));
        // read as UTF-8 when told so, Windows-1251 bytes are malformed rows
        List<RegistryRow> utf8 = read(RUSSIAN.getBytes(CP1251),
                RegistryReadOptions.defaults().withCsvCharset(StandardCharsets.UTF_8));
        assertThat(utf8).isNotEmpty().allSatisfy(row -> assertThat(row.hasMember()).isFalse());
    }

    @Test
    void oneWindows1251RowInAUtf8FileIsItsOwnMalformedRow() {
        String header = "id,category,primaryOrganization,admissionDate,familyName,givenName\n";
        byte[] good = "m1,EMPLOYEE,p1,2015-09-01,Иванова,Анна\nm2,EMPLOYEE,p1,2015-09-01,Петрова,Анна\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = "m3,EMPLOYEE,p1,2015-09-01,Сидорова,Анна\n".getBytes(CP1251);
        byte[] file = new byte[header.length() + good.length + bad.length];
        System.arraycopy(header.getBytes(StandardCharsets.UTF_8), 0, file, 0, header.length());
        System.arraycopy(good, 0, file, header.length(), good.length);
        System.arraycopy(bad, 0, file, header.length() + good.length, bad.length);
        List<RegistryRow> rows = read(file, RegistryReadOptions.defaults());
        assertThat(rows).extracting(RegistryRow::hasMember).containsExactly(true, true, false);
        assertThat(rows.get(2).rejection().orElseThrow().reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aByteWindows1251LacksIsMalformed() {
        byte[] file = ("id;category;primaryOrganization;admissionDate;familyName;givenName\n"
                + "m1;EMPLOYEE;p1;2015-09-01;Ива;Анна\nm2;EMPLOYEE;p1;2015-09-01;X;Y\n").getBytes(CP1251);
        file[file.length - 6] = (byte) 0x98;
        List<RegistryRow> rows = read(file, RegistryReadOptions.defaults().withCsvCharset(CP1251));
        assertThat(rows.get(0).hasMember()).isTrue();
        assertThat(rows.get(1).rejection().orElseThrow().reason()).isEqualTo(Reason.MALFORMED);
        assertThat(rows.get(1).rejection().orElseThrow().detail()).contains("windows-1251", "line 3");
    }

    @Test
    void theSeparatorIsTheOneTheHeaderHasMostOfOutsideQuotes() {
        assertThat(CsvSource.detectDelimiter("a;b;c")).isEqualTo(';');
        assertThat(CsvSource.detectDelimiter("\"a,b,c\";d")).isEqualTo(';');
        assertThat(CsvSource.detectDelimiter("a\tb")).isEqualTo('\t');
        assertThat(CsvSource.detectDelimiter("a,b;c,d")).isEqualTo(',');
        assertThat(CsvSource.detectDelimiter("id")).isEqualTo(',');
    }

    @Test
    void utf8IsRecognisedEvenWhenTheSampleCutsASequence() {
        byte[] text = "ab Ж".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        assertThat(CsvSource.looksLikeUtf8(cut, false)).isTrue();
        assertThat(CsvSource.looksLikeUtf8("Жук".getBytes(CP1251), true)).isFalse();
        assertThat(CsvSource.looksLikeUtf8("plain".getBytes(StandardCharsets.US_ASCII), true)).isTrue();
    }
}
