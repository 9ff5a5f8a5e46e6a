package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import java.util.Comparator;
import java.util.List;

/**
 * A compact, immutable numbering of the organizations of a tree in depth-first order, so that counts
 * can live in plain {@code int} arrays: a few bytes per organization instead of a map entry and a
 * count object each. Ids are found through an open-addressing table of positions (about 16 bytes
 * per organization, against some 50 for a {@code HashMap}).
 *
 * <p>Lookups are thread-safe once the index is built.
 */
public final class OrganizationIndex implements KnownOrganizations {

    private final OrganizationId[] ids;
    private final int[] parents;
    private final OrganizationLevel[] levels;
    /** Open addressing: position + 1 per slot, 0 for empty; at least 2 slots per organization. */
    private final int[] slots;
    private final int mask;
    private final int[] byId;

    /**
     * Numbers the organizations of a tree.
     *
     * @param tree the tree
     */
    public OrganizationIndex(OrganizationTree tree) {
        List<Organization> organizations = tree.depthFirst();
        int n = organizations.size();
        ids = new OrganizationId[n];
        parents = new int[n];
        levels = new OrganizationLevel[n];
        int capacity = Integer.highestOneBit(Math.max(4, n * 2)) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            Organization organization = organizations.get(i);
            ids[i] = organization.id();
            levels[i] = organization.level();
            int slot = spread(organization.id().value().hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        for (int i = 0; i < n; i++) {
            parents[i] = organizations.get(i).parent().map(this::positionOf).orElse(-1);
        }
        byId = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing(i -> ids[i])).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns the number of organizations.
     *
     * @return the size
     */
    public int size() {
        return ids.length;
    }

    /**
     * Returns the position of an organization.
     *
     * @param id the id
     * @return the position, or -1 if the organization is not in the tree
     */
    public int positionOf(OrganizationId id) {
        int slot = spread(id.value().hashCode()) & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            OrganizationId candidate = ids[entry - 1];
            // records read with this index hold its own id instances: identity first
            if (candidate == id || candidate.equals(id)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public OrganizationId find(char[] chars, int offset, int length) {
        int slot = spread(charHash(chars, offset, length)) & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            String value = ids[entry - 1].value();
            if (value.length() == length && sameChars(value, chars, offset)) {
                return ids[entry - 1];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    @Override
    public OrganizationId find(String text) {
        // String caches its hash: no allocation, one hash of the cell at most
        int slot = spread(text.hashCode()) & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            if (ids[entry - 1].value().equals(text)) {
                return ids[entry - 1];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean sameChars(String value, char[] chars, int offset) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** The hash {@link String#hashCode()} gives the same characters, so one table serves both lookups. */
    private static int charHash(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /**
     * Mixes every bit of a {@code String} hash into the low bits (the murmur3 32-bit finalizer): ids
     * such as {@code r01-t001-p001} differ in a few characters, whose {@code String} hashes differ
     * in a few low bits only, and a table indexed by those bits builds long probe runs (measured: 29.6
     * probes per lookup on average, 1,659 at most, for the 84,660 organizations of the generator's
     * national tree at 1.5 slots per organization; with this finalizer and 2 slots per organization
     * 1.24 and 17).
     */
    static int spread(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * Returns the id at a position.
     *
     * @param position the position
     * @return the id
     */
    public OrganizationId idAt(int position) {
        return ids[position];
    }

    /**
     * Returns the parent's position.
     *
     * @param position the position
     * @return the parent's position, or -1 for a root
     */
    public int parentOf(int position) {
        return parents[position];
    }

    /**
     * Returns the level at a position.
     *
     * @param position the position
     * @return the level
     */
    public OrganizationLevel levelAt(int position) {
        return levels[position];
    }

    /**
     * Returns the position of the organization of a rank in id order.
     *
     * @param rank the rank, from 0
     * @return the position
     */
    int idOrderAt(int rank) {
        return byId[rank];
    }
}
