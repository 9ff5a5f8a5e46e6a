package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.time.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.threeten.extra.YearQuarter;

/**
 * A membership-size routing: tiers of membership counts mapped to deadlines, with explicit bounds,
 * that together cover every count from 0 upwards exactly once — so every organization lands in exactly
 * one tier. The seed decree's clause 4.3 is {@link #seedClause43()}: up to 1,000 members
 * ({@code 0..1000}) → first quarter of 2021; more than 1,000 ({@code 1001..}) → second quarter.
 *
 * <p>Instances are immutable; the tiers are kept sorted by lower bound.
 */
public final class SizeTiers {

    private final List<SizeTier> tiers;

    private SizeTiers(List<SizeTier> tiers) {
        this.tiers = tiers;
    }

    /**
     * Returns the tiers, checking that they start at 0, do not overlap, leave no gap, and end unbounded.
     *
     * @param tiers the tiers in any order, not null, at least one
     * @return the routing
     * @throws IllegalArgumentException naming the first uncovered or doubly covered count
     */
    public static SizeTiers of(List<SizeTier> tiers) {
        List<SizeTier> sorted = new ArrayList<>(Objects.requireNonNull(tiers, "tiers"));
        sorted.sort(Comparator.comparingInt(t -> t.range().minInclusive()));
        Optional<String> problem = coverageProblem(sorted.stream().map(SizeTier::range).toList());
        if (problem.isPresent()) {
            throw new IllegalArgumentException("size tiers must cover 0.. exactly once: " + problem.get());
        }
        return new SizeTiers(List.copyOf(sorted));
    }

    /**
     * Returns the tiers of the seed decree's clause 4.3 (Astrakhan regional committee, № 3-1 of
     * 18 December 2020): {@code 0..1000} → first quarter of 2021, {@code 1001..} → second quarter of 2021.
     *
     * @return the routing
     */
    public static SizeTiers seedClause43() {
        return of(List.of(
                SizeTier.of(MembershipRange.atMost(1000),
                        Deadline.inQuarter(YearQuarter.of(2021, 1)).withPhrase("в первом квартале 2021 года")),
                SizeTier.of(MembershipRange.moreThan(1000),
                        Deadline.inQuarter(YearQuarter.of(2021, 2)).withPhrase("во втором квартале 2021 года"))));
    }

    /**
     * Returns the routing that a decree's size bands describe.
     *
     * @param bands the bands of one clause, not null
     * @return the routing
     * @throws IllegalArgumentException if the bands overlap, leave a gap, or do not cover 0..
     */
    public static SizeTiers fromBands(List<SizeBand> bands) {
        List<SizeTier> tiers = new ArrayList<>();
        for (SizeBand b : Objects.requireNonNull(bands, "bands")) {
            tiers.add(SizeTier.of(b.range(), b.deadline()));
        }
        return of(tiers);
    }

    /**
     * Returns the tier a membership count falls in.
     *
     * @param members the count, at least 0
     * @return the only tier containing it
     * @throws IllegalArgumentException if {@code members < 0}
     */
    public SizeTier tierFor(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("members must be >= 0: " + members);
        }
        // Tiers are sorted, contiguous and cover 0..: the last one whose lower bound is <= members.
        int lo = 0;
        int hi = tiers.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tiers.get(mid).range().minInclusive() <= members) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return tiers.get(lo);
    }

    /**
     * Returns the deadline for an organization of a given size.
     *
     * @param members the count, at least 0
     * @return the deadline of its tier
     */
    public Deadline deadlineFor(int members) {
        return tierFor(members).deadline();
    }

    /**
     * Returns the tiers sorted by lower bound.
     *
     * @return an unmodifiable list
     */
    public List<SizeTier> tiers() {
        return tiers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeTiers && ((SizeTiers) o).tiers.equals(tiers);
    }

    @Override
    public int hashCode() {
        return tiers.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SizeTiers[");
        for (int i = 0; i < tiers.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(tiers.get(i).range()).append(" -> ")
                    .append(tiers.get(i).deadline().window());
        }
        return sb.append(']').toString();
    }

    /**
     * Describes the first coverage problem of ranges sorted by lower bound: a gap, an overlap, a first
     * range not starting at 0, or a bounded last range.
     *
     * @param sorted ranges sorted by lower bound
     * @return the problem, or empty if the ranges partition 0..
     */
    static Optional<String> coverageProblem(List<MembershipRange> sorted) {
        if (sorted.isEmpty()) {
            return Optional.of("no tiers");
        }
        long next = 0;
        for (MembershipRange r : sorted) {
            if (r.minInclusive() > next) {
                return Optional.of("gap at " + next);
            }
            if (r.minInclusive() < next) {
                return Optional.of("overlap at " + r.minInclusive());
            }
            OptionalInt max = r.maxInclusive();
            if (max.isEmpty()) {
                next = Long.MAX_VALUE;
            } else {
                next = max.getAsInt() + 1L;
            }
        }
        return next == Long.MAX_VALUE ? Optional.empty() : Optional.of("gap at " + next);
    }
}
