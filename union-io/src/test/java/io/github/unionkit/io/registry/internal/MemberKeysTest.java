package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberKeysTest {

    @Test
    void shortIdsGetExactKeysThatDifferForDifferentIds() {
        Set<Long> keys = new HashSet<>();
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._-";
        for (char a : alphabet.toCharArray()) {
            keys.add(MemberKeys.ofId(String.valueOf(a)));
            for (char b : alphabet.toCharArray()) {
                keys.add(MemberKeys.ofId("" + a + b));
            }
        }
        assertThat(keys).hasSize(65 + 65 * 65);
        assertThat(MemberKeys.ofId("zzzzzzzzzz")).isLessThan(MemberKeys.HASHED);
        assertThat(MemberKeys.ofId("m00000001")).isNotEqualTo(MemberKeys.ofId("m0000001"));
    }

    @Test
    void longIdsAreHashedApartFromExactKeys() {
        long key = MemberKeys.ofId("30-000123-0001");
        assertThat(key & MemberKeys.HASHED).isEqualTo(MemberKeys.HASHED);
        assertThat(key).isNotEqualTo(MemberKeys.ofId("30-000123-0002")).isPositive();
    }

    @Test
    void cardKeysKeepLeadingZeros() {
        assertThat(MemberKeys.ofCard("001234")).isNotEqualTo(MemberKeys.ofCard("0001234"));
        assertThat(MemberKeys.ofCard("12345678901234567")).isLessThan(MemberKeys.HASHED);
        assertThat(MemberKeys.ofCard("123456789012345678") & MemberKeys.HASHED).isEqualTo(MemberKeys.HASHED);
    }
}
