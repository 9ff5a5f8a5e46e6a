package io.github.unionkit.rules.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CharterProfileTest {

    private static final CharterProfile EDU = CharterProfile.educationUnion();

    @Test
    void theEducationUnionProfileCarriesTheCharterNumbers() {
        assertThat(EDU.termLength()).isEqualTo(Period.ofYears(5));
        assertThat(EDU.primaryMinimumMembers()).isEqualTo(3);
        assertThat(EDU.body(BodyKind.PRESIDIUM).orElseThrow().meetingInterval()).contains(Period.ofMonths(3));
        assertThat(EDU.body(BodyKind.COMMITTEE).orElseThrow().meetingInterval()).contains(Period.ofYears(1));
        assertThat(EDU.body(BodyKind.CONFERENCE).orElseThrow().meetingInterval()).contains(Period.ofYears(5));
        assertThat(EDU.body(BodyKind.CONFERENCE).orElseThrow().quorum()).contains(Quorum.atLeast(2, 3));
        assertThat(EDU.representationNorm(BodyKind.CONGRESS)).contains(
                RepresentationNorm.of(15_000, RepresentationNorm.RemainderPolicy.ANY));
        assertThat(CharterProfile.parse(EDU.toString())).isEqualTo(EDU);
    }

    @Test
    void unknownDuplicateMissingAndBadKeysFailWithLineAndKey() {
        String base = EDU.toString();
        assertError(base + "body.presidium.quorom=>1/2\n", CharterProfileException.ErrorType.UNKNOWN_KEY,
                "body.presidium.quorom");
        assertError(base + "term.length=P4Y\n", CharterProfileException.ErrorType.DUPLICATE_KEY, "term.length");
        assertError(base.replace("term.length=P5Y\n", ""), CharterProfileException.ErrorType.MISSING_KEY, "term.length");
        assertError(base.replace("primary.minimumMembers=3", "primary.minimumMembers=three"),
                CharterProfileException.ErrorType.BAD_VALUE, "primary.minimumMembers");
        assertError(base.replace("=>1/2", "=1/2"), CharterProfileException.ErrorType.BAD_VALUE, null);
        assertError(base + "just text\n", CharterProfileException.ErrorType.SYNTAX, null);
        assertThatThrownBy(() -> CharterProfile.parse(base + "x.y=1\n")).isInstanceOf(CharterProfileException.class)
                .satisfies(e -> assertThat(((CharterProfileException) e).line()).isEqualTo(base.split("\n").length + 1));
    }

    private static void assertError(String text, CharterProfileException.ErrorType type, String key) {
        assertThatThrownBy(() -> CharterProfile.parse(text)).isInstanceOfSatisfying(CharterProfileException.class, e -> {
            assertThat(e.errorType()).isEqualTo(type);
            if (key != null) {
                assertThat(e.key()).contains(key);
            }
        });
    }

    @Test
    void quorumAndMajorityStrategiesAreExact() {
        assertThat(Quorum.moreThan(1, 2).isReached(20, 40)).isFalse();
        assertThat(Quorum.moreThan(1, 2).isReached(21, 40)).isTrue();
        assertThat(Quorum.atLeast(2, 3).isReached(60, 90)).isTrue();
        assertThat(Quorum.atLeast(2, 3).isReached(59, 90)).isFalse();
        assertThat(Quorum.parse(">=2/3")).isEqualTo(Quorum.atLeast(2, 3));
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 300; n++) {
            int members = random.nextInt(500);
            Quorum q = random.nextBoolean() ? Quorum.moreThan(1, 2) : Quorum.atLeast(2, 3);
            int min = q.minimumPresent(members);
            if (min <= members) {
                assertThat(q.isReached(min, members)).isTrue();
            }
            if (min > 0 && min - 1 <= members) {
                assertThat(q.isReached(min - 1, members)).isFalse();
            }
            int present = random.nextInt(members + 1);
            for (StandardMajority m : StandardMajority.values()) {
                int needed = m.votesNeeded(present, members);
                if (needed <= present) {
                    assertThat(m.isReached(needed, present - needed, 0, present, members)).isTrue();
                }
                if (needed >= 1 && needed - 1 <= present) {
                    assertThat(m.isReached(needed - 1, 0, 0, present, members)).isFalse();
                }
            }
        }
        assertThat(Majority.parse("unanimous").isReached(5, 0, 0, 5, 7)).isTrue();
        assertThat(Majority.parse("unanimous").isReached(5, 0, 1, 6, 7)).isFalse();
    }

    @Test
    void largestRemainderGivesEverySeatAndRespectsTheQuota() {
        SplittableRandom random = new SplittableRandom(15);
        for (int n = 0; n < 300; n++) {
            Map<String, Integer> members = new LinkedHashMap<>();
            long total = 0;
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                int m = random.nextInt(200_000);
                members.put("r" + k, m);
                total += m;
            }
            if (total == 0) {
                continue;
            }
            int seats = random.nextInt(700);
            Map<String, Integer> result = Apportionment.largestRemainder(members, seats);
            assertThat(result.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(seats);
            for (String k : members.keySet()) {
                double quota = (double) seats * members.get(k) / total;
                assertThat(result.get(k)).isBetween((int) Math.floor(quota), (int) Math.ceil(quota));
            }
        }
        assertThat(Apportionment.largestRemainder(Map.of("a", 31_000), 0)).containsEntry("a", 0);
        List<Integer> quotas = new ArrayList<>(Apportionment.quotas(Map.of("a", 31_000),
                EDU.representationNorm(BodyKind.CONGRESS).orElseThrow()).values());
        assertThat(quotas).containsExactly(3);
    }
}
