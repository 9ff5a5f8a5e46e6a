package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.testkit.MemberGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever the writer writes, the reader reads back into equal members, in both formats.
 */
class RegistryWriterTest {

    private static List<Member> generated(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(MemberGenerators.members().generate(random));
        }
        return members;
    }

    private static byte[] write(List<Member> members, RegistryFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RegistryWriter writer = RegistryWriter.open(out, format)) {
            members.forEach(writer::write);
            assertThat(writer.written()).isEqualTo(members.size());
        }
        return out.toByteArray();
    }

    private static List<Member> read(byte[] bytes, RegistryFormat format) {
        try (RegistryReader reader = RegistryReader.open(new ByteArrayInputStream(bytes), format,
                RegistryReadOptions.defaults()); Stream<Member> members = reader.members()) {
            return members.collect(Collectors.toList());
        }
    }

    @Test
    void generatedMembersRoundTripThroughJsonLines() {
        List<Member> members = generated(21, 500);
        byte[] bytes = write(members, RegistryFormat.JSON_LINES);
        assertThat(read(bytes, RegistryFormat.JSON_LINES)).isEqualTo(members);
        assertThat(write(read(bytes, RegistryFormat.JSON_LINES), RegistryFormat.JSON_LINES)).isEqualTo(bytes);
    }

    @Test
    void generatedMembersRoundTripThroughCsv() {
        List<Member> members = generated(22, 500);
        byte[] bytes = write(members, RegistryFormat.CSV);
        assertThat(read(bytes, RegistryFormat.CSV)).isEqualTo(members);
        assertThat(write(read(bytes, RegistryFormat.CSV), RegistryFormat.CSV)).isEqualTo(bytes);
    }

    @Test
    void jsonLinesHasOneRecordPerLineAndEndsWithANewline() {
        String text = new String(write(generated(23, 3), RegistryFormat.JSON_LINES), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
        assertThat(text).doesNotContain("\r").startsWith("{\"id\":");
    }

    @Test
    void csvStartsWithTheHeaderEvenWhenEmpty() {
        String text = new String(write(List.of(), RegistryFormat.CSV), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("id,category,primaryOrganization,admissionDate,exitDate,exitReason,card,"
                + "familyName,givenName,patronymic,birthDate,formatVersion,interruptions,categoryChanges,transfers,formerCards\n");
        assertThat(read(text.getBytes(StandardCharsets.UTF_8), RegistryFormat.CSV)).isEmpty();
    }

    private static List<Member> withHistory(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(MemberGenerators.membersWithHistory().generate(random));
        }
        return members;
    }

    @Test
    void membersWithHistoryRoundTripThroughBothFormats() {
        for (RegistryFormat format : RegistryFormat.values()) {
            List<Member> members = withHistory(31, 400);
            byte[] bytes = write(members, format);
            assertThat(read(bytes, format)).as(format.toString()).isEqualTo(members);
            assertThat(write(read(bytes, format), format)).isEqualTo(bytes);
        }
    }

    @Test
    void onlyRecordsWithHistoryCarryFormatVersion2() {
        List<Member> members = List.of(generated(24, 1).get(0).toBuilder().exit(java.util.Optional.empty()).build(),
                withHistory(25, 20).stream().filter(Member::hasHistory).findFirst().orElseThrow());
        String[] lines = new String(write(members, RegistryFormat.JSON_LINES), StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).doesNotContain("formatVersion");
        assertThat(lines[1]).startsWith("{\"formatVersion\":2,");
        String[] rows = new String(write(members, RegistryFormat.CSV), StandardCharsets.UTF_8).split("\n");
        assertThat(rows[1]).endsWith(",,,,,");
        assertThat(rows[2]).contains(",2,");
    }
}
