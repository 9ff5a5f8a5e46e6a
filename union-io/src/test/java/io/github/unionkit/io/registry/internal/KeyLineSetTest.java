package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyLineSetTest {

    @Test
    void aKeySeenBeforeAnswersTheLineItWasFirstSeenOn() {
        KeyLineSet set = new KeyLineSet();
        assertThat(set.addIfAbsent(42, 1)).isEqualTo(-1);
        assertThat(set.addIfAbsent(43, 3)).isEqualTo(-1);
        assertThat(set.addIfAbsent(42, 7)).isEqualTo(1);
        assertThat(set.lineOf(43)).isEqualTo(3);
        assertThat(set.lineOf(44)).isEqualTo(-1);
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapOverAMillionKeysWithIrregularLines() {
        KeyLineSet set = new KeyLineSet();
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        long line = 0;
        for (int i = 0; i < 1_000_000; i++) {
            line += 1 + (random.nextInt(10) == 0 ? random.nextInt(5) : 0);
            long key = random.nextLong(2_000_000);
            Long first = expected.putIfAbsent(key, line);
            assertThat(set.addIfAbsent(key, line)).isEqualTo(first == null ? -1 : first);
        }
        assertThat(set.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, Long> entry : expected.entrySet()) {
            assertThat(set.lineOf(entry.getKey())).isEqualTo(entry.getValue());
        }
    }

    @Test
    void holdsFewerThanTwentyBytesPerKey() {
        KeyLineSet set = new KeyLineSet();
        for (int i = 0; i < 1_000_000; i++) {
            set.add(MemberKeys.ofId("m" + i), i + 2);
        }
        assertThat(set.retainedBytes() / 1_000_000.0).isLessThan(20);
    }

    @Test
    void sparseKeysKeepTheirLinesAndAStableSize() {
        KeyLineSet set = new KeyLineSet();
        SplittableRandom random = new SplittableRandom(11);
        Map<Long, Long> expected = new HashMap<>();
        long line = 1;
        for (int i = 0; i < 300_000; i++) {
            line += 1 + random.nextInt(3); // a key on about every other line, like card numbers
            long key = random.nextLong();
            expected.put(key, line);
            set.add(key, line);
        }
        for (Map.Entry<Long, Long> entry : expected.entrySet()) {
            assertThat(set.lineOf(entry.getKey())).isEqualTo(entry.getValue());
        }
        assertThat(set.retainedBytes() / 300_000.0).isLessThan(24);
    }

    @Test
    void keysAddedBeforeAndAfterTheTagsAreDroppedAreAllFound() {
        // the real set drops its tags at 2^24 - 1 keys; this one at 50,000, mid-way through the additions
        KeyLineSet set = new KeyLineSet(50_000);
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(13);
        for (int line = 1; line <= 200_000; line++) {
            long key = random.nextLong(150_000);
            Long first = expected.putIfAbsent(key, (long) line);
            assertThat(set.addIfAbsent(key, line)).isEqualTo(first == null ? -1 : first);
        }
        assertThat(set.size()).isEqualTo(expected.size()).isGreaterThan(50_000);
        for (Map.Entry<Long, Long> entry : expected.entrySet()) {
            assertThat(set.lineOf(entry.getKey())).isEqualTo(entry.getValue());
        }
        assertThat(set.lineOf(150_001)).isEqualTo(-1);
    }

    @Test
    void findThenAddAtAgreesWithAHashMapThroughGrowth() {
        KeyLineSet set = new KeyLineSet();
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(17);
        for (int line = 1; line <= 300_000; line++) {
            long key = random.nextLong(200_000);
            long found = set.find(key);
            Long first = expected.putIfAbsent(key, (long) line);
            if (first == null) {
                assertThat(found).isNegative();
                set.addAt(key, found, line);
            } else {
                assertThat(found).isEqualTo(first);
            }
        }
        assertThat(set.size()).isEqualTo(expected.size());
        expected.forEach((key, line) -> assertThat(set.lineOf(key)).isEqualTo(line));
    }
}
