package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.org.OrganizationLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistryGeneratorTest {

    private static RegistryGenerator small(long seed) {
        return RegistryGenerator.builder().seed(seed).members(2_000).organizations(3, 4, 6, 2).build();
    }

    private static byte[] bytes(RegistryGenerator generator, RegistryFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(out, format);
        return out.toByteArray();
    }

    @Test
    void sameSeedGivesTheSameTreeAndTheSameBytes() {
        assertThat(small(4).organizations()).isEqualTo(small(4).organizations());
        assertThat(bytes(small(4), RegistryFormat.JSON_LINES)).isEqualTo(bytes(small(4), RegistryFormat.JSON_LINES));
        assertThat(bytes(small(4), RegistryFormat.CSV)).isNotEqualTo(bytes(small(5), RegistryFormat.CSV));
    }

    @Test
    void generatesExactlyTheRequestedMembersWithCyrillicNamesAllValid() {
        RegistryGenerator generator = small(6);
        List<Member> members = generator.stream().collect(Collectors.toList());
        assertThat(members).hasSize(2_000);
        assertThat(members).allSatisfy(m -> assertThat(m.admissionDate()).isBefore(generator.asOf()));
        assertThat(members.get(0).name().orElseThrow().family()).matches("[А-ЯЁ][а-яё]+");
        assertThat(members).extracting(Member::category).contains(MemberCategory.values());
        ImportReport report = RegistryImport.builder(generator.asOf()).organizations(generator.organizations()).build()
                .run(RegistryReader.open(new java.io.ByteArrayInputStream(bytes(generator, RegistryFormat.JSON_LINES)),
                        RegistryFormat.JSON_LINES, RegistryReadOptions.defaults()));
        assertThat(report.rejections()).isEmpty();
        assertThat(report.accepted()).isEqualTo(2_000);
    }

    @Test
    void nationalDefaultsGiveAboutEightyFiveThousandOrganizations() {
        RegistryGenerator national = RegistryGenerator.builder().members(0).build();
        assertThat(national.organizations().size()).isBetween(75_000, 95_000);
        assertThat(national.organizations().atLevel(OrganizationLevel.REGIONAL)).hasSize(85);
    }

    @Test
    void invalidShareAddsRejectableRecords() {
        RegistryGenerator generator = RegistryGenerator.builder().seed(8).members(2_000).organizations(3, 4, 6, 2)
                .invalidShare(0.1).build();
        String text = new String(bytes(generator, RegistryFormat.JSON_LINES), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isBetween(2_100L, 2_300L);
    }

    @Test
    void withoutPersonalDataMembersCarryNoNameCardOrBirthDate() {
        RegistryGenerator generator = RegistryGenerator.builder().members(100).organizations(1, 2, 2, 1)
                .personalData(false).build();
        assertThat(generator.stream()).allSatisfy(m -> {
            assertThat(m.name()).isEmpty();
            assertThat(m.card()).isEmpty();
            assertThat(m.birthDate()).isEmpty();
        });
    }
}
