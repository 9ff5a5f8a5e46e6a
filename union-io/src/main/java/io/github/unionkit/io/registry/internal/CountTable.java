package io.github.unionkit.io.registry.internal;

import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Members per organization and category in one {@code int} array indexed by an
 * {@link OrganizationIndex}: three counters per organization, nothing per member. During an import
 * it is mutable and confined to one thread; {@link #freeze()} computes the subtree sums, after which
 * it is immutable and its map views are thread-safe.
 */
public final class CountTable {

    private static final int CATEGORIES = MemberCategory.values().length;

    private final OrganizationIndex index;
    private final LocalDate asOf;
    private final int[] direct;
    private int[] subtree;

    /**
     * Creates an empty table.
     *
     * @param index the organizations
     * @param asOf the date of the counts
     */
    public CountTable(OrganizationIndex index, LocalDate asOf) {
        this.index = index;
        this.asOf = asOf;
        this.direct = new int[index.size() * CATEGORIES];
    }

    /**
     * Counts one member.
     *
     * @param position the organization's position in the index
     * @param category the category
     * @throws ArithmeticException on overflow
     */
    public void add(int position, MemberCategory category) {
        int slot = position * CATEGORIES + category.ordinal();
        direct[slot] = Math.addExact(direct[slot], 1);
    }

    /**
     * Counts one member given as a slot: {@code position * 3 + category ordinal}.
     *
     * @param slot the slot
     * @throws ArithmeticException on overflow
     */
    public void addSlot(int slot) {
        direct[slot] = Math.addExact(direct[slot], 1);
    }

    /**
     * Computes the subtree sums; children come after their parent in depth-first order, so one
     * backward pass adds every subtree into its parent.
     *
     * @return this table
     * @throws ArithmeticException if a sum overflows
     */
    public CountTable freeze() {
        int[] sums = direct.clone();
        for (int i = index.size() - 1; i >= 0; i--) {
            int parent = index.parentOf(i);
            if (parent >= 0) {
                for (int c = 0; c < CATEGORIES; c++) {
                    sums[parent * CATEGORIES + c] = Math.addExact(sums[parent * CATEGORIES + c], sums[i * CATEGORIES + c]);
                }
            }
        }
        subtree = sums;
        return this;
    }

    /**
     * Returns the direct counts of the organizations that have members, sorted by id, as a read-only
     * view.
     *
     * @return the view
     */
    public Map<OrganizationId, MembershipCount> directCounts() {
        return new View(direct, true);
    }

    /**
     * Returns the subtree counts of every organization, in depth-first order, as a read-only view.
     *
     * @return the view
     */
    public Map<OrganizationId, MembershipCount> subtreeCounts() {
        return new View(subtree, false);
    }

    /**
     * Returns, for each level, the sum of the subtree counts of its organizations.
     *
     * @return the counts per level
     */
    public EnumMap<OrganizationLevel, MembershipCount> levelCounts() {
        EnumMap<OrganizationLevel, int[]> sums = new EnumMap<>(OrganizationLevel.class);
        for (OrganizationLevel level : OrganizationLevel.values()) {
            sums.put(level, new int[CATEGORIES]);
        }
        for (int i = 0; i < index.size(); i++) {
            int[] sum = sums.get(index.levelAt(i));
            for (int c = 0; c < CATEGORIES; c++) {
                sum[c] = Math.addExact(sum[c], subtree[i * CATEGORIES + c]);
            }
        }
        EnumMap<OrganizationLevel, MembershipCount> counts = new EnumMap<>(OrganizationLevel.class);
        sums.forEach((level, sum) -> counts.put(level, count(sum, 0)));
        return counts;
    }

    /**
     * Returns the subtree total of the organization at a position.
     *
     * @param position the position
     * @return the total
     */
    public int subtreeTotal(int position) {
        int total = 0;
        for (int c = 0; c < CATEGORIES; c++) {
            total += subtree[position * CATEGORIES + c];
        }
        return total;
    }

    private MembershipCount count(int[] counts, int offset) {
        return MembershipCount.of(asOf, counts[offset + MemberCategory.EMPLOYEE.ordinal()],
                counts[offset + MemberCategory.NON_WORKING_PENSIONER.ordinal()],
                counts[offset + MemberCategory.STUDENT.ordinal()]);
    }

    private boolean empty(int[] counts, int position) {
        for (int c = 0; c < CATEGORIES; c++) {
            if (counts[position * CATEGORIES + c] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A map view over one of the arrays. */
    private final class View extends AbstractMap<OrganizationId, MembershipCount> {

        private final int[] counts;
        private final boolean byIdSkippingEmpty;
        private final int size;

        View(int[] counts, boolean byIdSkippingEmpty) {
            this.counts = counts;
            this.byIdSkippingEmpty = byIdSkippingEmpty;
            int n = 0;
            for (int i = 0; i < index.size(); i++) {
                if (!byIdSkippingEmpty || !empty(counts, i)) {
                    n++;
                }
            }
            this.size = n;
        }

        private boolean included(int position) {
            return !byIdSkippingEmpty || !empty(counts, position);
        }

        @Override
        public MembershipCount get(Object key) {
            if (!(key instanceof OrganizationId)) {
                return null;
            }
            int position = index.positionOf((OrganizationId) key);
            return position >= 0 && included(position) ? count(counts, position * CATEGORIES) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<OrganizationId, MembershipCount>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Entry<OrganizationId, MembershipCount>> iterator() {
                    return new Iterator<>() {
                        private int rank = advance(0);

                        private int advance(int from) {
                            int r = from;
                            while (r < index.size() && !included(positionAt(r))) {
                                r++;
                            }
                            return r;
                        }

                        private int positionAt(int r) {
                            return byIdSkippingEmpty ? index.idOrderAt(r) : r;
                        }

                        @Override
                        public boolean hasNext() {
                            return rank < index.size();
                        }

                        @Override
                        public Entry<OrganizationId, MembershipCount> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int position = positionAt(rank);
                            rank = advance(rank + 1);
                            return new SimpleImmutableEntry<>(index.idAt(position), count(counts, position * CATEGORIES));
                        }
                    };
                }
            };
        }
    }
}
