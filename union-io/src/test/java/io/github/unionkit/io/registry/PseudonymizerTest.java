package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.testkit.MemberGenerators;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pseudonymIsStableForTheSameKeyAndDiffersForAnotherKey() {
        Pseudonymizer first = Pseudonymizer.withKey(KEY);
        Pseudonymizer again = Pseudonymizer.withKey(KEY.clone());
        Pseudonymizer other = Pseudonymizer.withKey("another key of 16+ bytes".getBytes(StandardCharsets.US_ASCII));
        MemberId id = MemberId.of("30-000123");
        assertThat(first.pseudonymOf(id)).isEqualTo(again.pseudonymOf(id)).isNotEqualTo(other.pseudonymOf(id));
        assertThat(first.pseudonymOf(id).value()).matches("p-[0-9a-f]{30}");
    }

    @Test
    void pseudonymMatchesHmacSha256OfTheId() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        byte[] digest = mac.doFinal("m1".getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder("p-");
        for (int i = 0; i < 15; i++) {
            hex.append(String.format("%02x", digest[i]));
        }
        assertThat(Pseudonymizer.withKey(KEY).pseudonymOf(MemberId.of("m1")).value()).isEqualTo(hex.toString());
    }

    @Test
    void personalDataIsRemovedMembershipFactsAreKeptAndDistinctIdsStayDistinct() {
        SplittableRandom random = new SplittableRandom(5);
        Pseudonymizer pseudonymizer = Pseudonymizer.withKey(KEY);
        Set<MemberId> pseudonyms = new HashSet<>();
        Set<MemberId> originals = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Member member = MemberGenerators.members().generate(random);
            Member export = pseudonymizer.pseudonymize(member);
            assertThat(export.name()).isEmpty();
            assertThat(export.card()).isEmpty();
            assertThat(export.birthDate()).isEmpty();
            assertThat(export.id()).isNotEqualTo(member.id());
            assertThat(export.category()).isEqualTo(member.category());
            assertThat(export.primaryOrganization()).isEqualTo(member.primaryOrganization());
            assertThat(export.admissionDate()).isEqualTo(member.admissionDate());
            assertThat(export.exit()).isEqualTo(member.exit());
            pseudonyms.add(export.id());
            originals.add(member.id());
        }
        assertThat(pseudonyms).hasSameSizeAs(originals);
    }

    @Test
    void shortKeysAreRefusedAndTheKeyIsNeverPrinted() {
        assertThatThrownBy(() -> Pseudonymizer.withKey(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pseudonymizer.withKey(KEY).toString()).doesNotContain("0123456789abcdef");
    }
}
