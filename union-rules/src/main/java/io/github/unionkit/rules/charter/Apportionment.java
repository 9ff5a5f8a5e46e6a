package io.github.unionkit.rules.charter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Apportions a fixed number of seats among organizations in proportion to their membership by the
 * largest-remainder (Hamilton) method: each gets the whole part of its quota {@code seats × members /
 * total}, and the seats left go one each to the largest fractional remainders.
 *
 * <p>Guarantees: the seats given add up to {@code seats}; each organization gets the floor or the
 * ceiling of its exact quota (the quota rule). Ties between equal remainders go to the larger
 * membership, then to the key that comes first in the given order, so the result is deterministic.
 * Arithmetic is exact ({@code long} numerators over the total).
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * Apportions seats by largest remainder.
     *
     * @param <K> the key type (organization ids)
     * @param members the membership of each organization, not null, values at least 0; the iteration
     *     order breaks the last ties
     * @param seats the seats to give, at least 0
     * @return the seats of each key, in the iteration order of {@code members}; unmodifiable
     * @throws IllegalArgumentException if a count is negative, or seats are to be given while the total
     *     membership is 0
     */
    public static <K> Map<K, Integer> largestRemainder(Map<K, Integer> members, int seats) {
        Objects.requireNonNull(members, "members");
        if (seats < 0) {
            throw new IllegalArgumentException("seats must be >= 0: " + seats);
        }
        long total = 0;
        for (Integer m : members.values()) {
            if (Objects.requireNonNull(m, "membership count") < 0) {
                throw new IllegalArgumentException("membership counts must be >= 0: " + m);
            }
            total += m;
        }
        Map<K, Integer> result = new LinkedHashMap<>();
        if (total == 0) {
            if (seats > 0) {
                throw new IllegalArgumentException("cannot apportion " + seats + " seats among 0 members");
            }
            members.keySet().forEach(k -> result.put(k, 0));
            return Collections.unmodifiableMap(result);
        }
        List<Share<K>> shares = new ArrayList<>();
        int index = 0;
        long given = 0;
        for (Map.Entry<K, Integer> e : members.entrySet()) {
            long numerator = (long) seats * e.getValue();
            long whole = numerator / total;
            shares.add(new Share<>(e.getKey(), e.getValue(), numerator % total, index++));
            result.put(e.getKey(), (int) whole);
            given += whole;
        }
        List<Share<K>> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.<Share<K>>comparingLong(s -> s.remainder).reversed()
                .thenComparing(Comparator.<Share<K>>comparingInt(s -> s.members).reversed())
                .thenComparingInt(s -> s.order));
        for (int i = 0; i < seats - given; i++) {
            K key = byRemainder.get(i).key;
            result.put(key, result.get(key) + 1);
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Returns the delegate quota of each organization under a representation norm.
     *
     * @param <K> the key type
     * @param members the membership of each organization, not null, values at least 0
     * @param norm the norm, not null
     * @return the quota of each key in the iteration order of {@code members}; unmodifiable
     */
    public static <K> Map<K, Integer> quotas(Map<K, Integer> members, RepresentationNorm norm) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(norm, "norm");
        Map<K, Integer> result = new LinkedHashMap<>();
        members.forEach((k, m) -> result.put(k, norm.delegates(m)));
        return Collections.unmodifiableMap(result);
    }

    private static final class Share<K> {
        final K key;
        final int members;
        final long remainder;
        final int order;

        Share(K key, int members, long remainder, int order) {
            this.key = key;
            this.members = members;
            this.remainder = remainder;
            this.order = order;
        }
    }
}
