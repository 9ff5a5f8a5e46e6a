package io.github.unionkit.io.registry.internal;

import java.util.Arrays;

/**
 * A set of {@link MemberKeys keys}, each with the line it was first seen on, in primitive arrays: the
 * duplicate detector of a streaming import.
 *
 * <p>Keys are kept in insertion order in chunks of a {@code long[]} (8 bytes each); 256 open-addressing
 * tables of {@code int} ordinals (at most 3/4 full, so 5.3 to 10.7 bytes per key) find them, each
 * table growing on its own so that a resize never holds a second copy of more than 1/256 of the set.
 * Lines are not stored per key while the keys are dense (member ids: one per record): the line of the
 * n-th key is {@code n + delta}, and only the points where the delta changes are kept (a blank line,
 * a multi-line CSV record, a rejected record): about 14 to 19 bytes per key in all. When the delta
 * changes for more than a quarter of the keys (card numbers, which only some records have), the lines
 * are kept per key instead, 4 bytes more. Mutable, confined to one thread.
 */
public final class KeyLineSet {

    private static final int SEGMENTS = 256;
    /**
     * 2<sup>15</sup> keys, 256&nbsp;KiB a chunk: in a small heap G1's regions are 1&nbsp;MiB, and an
     * array of half a region or more is "humongous", taking whole regions of its own (a 512&nbsp;KiB
     * chunk would take twice its size).
     */
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /**
     * While the set holds fewer than 2<sup>24</sup> - 1 keys, a table entry is {@code tag << 24 | ordinal + 1}
     * with 8 bits of the key's hash as its tag: a probe that meets another key's entry compares tags in the
     * table itself and reads the key from its chunk (a cache miss at millions of keys) only when they match,
     * 1 time in 256. Measured on 5 million members: the key reads of the probes were a quarter of a 1-thread
     * import. Beyond, the entries are untagged ordinals + 1.
     */
    private static final int TAG_SHIFT = 24;
    private static final int TAGGED_ORDINALS = (1 << TAG_SHIFT) - 1;

    private long[][] chunks = new long[32][];
    private boolean tagged = true;
    /** The key count at which the tags are dropped: {@link #TAGGED_ORDINALS}, lower in tests. */
    private final int untagAt;
    private final int[][] tables = new int[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private int count;
    private int[] deltaStarts = new int[16];
    private long[] deltas = new long[16];
    private int deltaCount;
    /** The line of each key, once the keys are sparse; null while the deltas are used. */
    private int[][] lines;

    /** Creates an empty set. */
    public KeyLineSet() {
        this(TAGGED_ORDINALS);
    }

    /** Creates an empty set that drops its tags at {@code untagAt} keys, so tests reach that point. */
    KeyLineSet(int untagAt) {
        this.untagAt = Math.min(untagAt, TAGGED_ORDINALS);
        for (int i = 0; i < SEGMENTS; i++) {
            tables[i] = new int[16];
        }
    }

    /**
     * Adds a key seen on a line, unless it is already there.
     *
     * @param key the key
     * @param line the line, greater than that of every key added before
     * @return -1 if the key was added, else the line the key was first seen on
     * @throws IllegalStateException if the set already holds {@code Integer.MAX_VALUE - 1} keys
     */
    public long addIfAbsent(long key, long line) {
        return addIfAbsent(key, MemberKeys.mix(key), line);
    }

    /**
     * Adds a key seen on a line, unless it is already there, given its hash.
     *
     * @param key the key
     * @param hash {@link MemberKeys#hash(long)} of the key
     * @param line the line, greater than that of every key added before
     * @return -1 if the key was added, else the line the key was first seen on
     * @throws IllegalStateException if the set already holds {@code Integer.MAX_VALUE - 1} keys
     */
    public long addIfAbsent(long key, long hash, long line) {
        int segment = (int) (hash >>> 56);
        int[] table = tables[segment];
        int slot = slotOf(table, hash, key);
        if (table[slot] != 0) {
            return lineAt(ordinalOf(table[slot]));
        }
        // one probe sequence: the key goes into the empty slot that ended the search
        insert(segment, table, slot, key, hash, line);
        return -1;
    }

    /**
     * Returns the line a key was first seen on.
     *
     * @param key the key
     * @return the line, or -1 if the set does not hold the key
     */
    public long lineOf(long key) {
        return lineOf(key, MemberKeys.mix(key));
    }

    /**
     * Returns the line a key was first seen on, given its hash.
     *
     * @param key the key
     * @param hash {@link MemberKeys#hash(long)} of the key
     * @return the line, or -1 if the set does not hold the key
     */
    public long lineOf(long key, long hash) {
        int[] table = tables[(int) (hash >>> 56)];
        int entry = table[slotOf(table, hash, key)];
        return entry == 0 ? -1 : lineAt(ordinalOf(entry));
    }

    /**
     * Reads the table entry where a search for a hash starts, so that the search, done soon after, finds
     * it in the cache. Touching the keys of a whole batch first lets the processor wait for many of these
     * (random, so mostly cache-missing) reads at once instead of one at a time.
     *
     * @param hash {@link MemberKeys#hash(long)} of a key
     * @return the entry, for the caller to fold into a value it keeps (a read whose value is never used
     *     may be left out by the compiler)
     */
    public int touch(long hash) {
        int[] table = tables[(int) (hash >>> 56)];
        return table[(int) hash & (table.length - 1)];
    }

    /**
     * Looks a key up, for {@link #addAt(long, long, long)} to add it without a second search when it is
     * absent.
     *
     * @param key the key
     * @return the line the key was first seen on (at least 0), or, when the set does not hold it, a
     *     negative token valid until the set next changes
     */
    public long find(long key) {
        return find(key, MemberKeys.mix(key));
    }

    /**
     * Looks a key up given its hash, as {@link #find(long)} does.
     *
     * @param key the key
     * @param hash {@link MemberKeys#hash(long)} of the key
     * @return the line the key was first seen on (at least 0), or a negative token
     */
    public long find(long key, long hash) {
        int[] table = tables[(int) (hash >>> 56)];
        int slot = slotOf(table, hash, key);
        return table[slot] == 0 ? -1L - slot : lineAt(ordinalOf(table[slot]));
    }

    /**
     * Adds a key that {@link #find(long)} did not find, where that search ended.
     *
     * @param key the key
     * @param token the negative token {@code find} returned, with no change to the set since
     * @param line the line, greater than that of every key added before
     * @throws IllegalStateException if the set already holds {@code Integer.MAX_VALUE - 1} keys
     */
    public void addAt(long key, long token, long line) {
        addAt(key, MemberKeys.mix(key), token, line);
    }

    /**
     * Adds a key that {@link #find(long, long)} did not find, given its hash.
     *
     * @param key the key
     * @param hash {@link MemberKeys#hash(long)} of the key
     * @param token the negative token {@code find} returned, with no change to the set since
     * @param line the line, greater than that of every key added before
     * @throws IllegalStateException if the set already holds {@code Integer.MAX_VALUE - 1} keys
     */
    public void addAt(long key, long hash, long token, long line) {
        int segment = (int) (hash >>> 56);
        insert(segment, tables[segment], (int) (-1L - token), key, hash, line);
    }

    /**
     * Adds a key the set does not hold ({@link #lineOf(long)} is -1).
     *
     * @param key the key
     * @param line the line, greater than that of every key added before
     * @throws IllegalStateException if the set already holds {@code Integer.MAX_VALUE - 1} keys
     */
    public void add(long key, long line) {
        long hash = MemberKeys.mix(key);
        int segment = (int) (hash >>> 56);
        int[] table = tables[segment];
        insert(segment, table, slotOf(table, hash, key), key, hash, line);
    }

    /** The slot that holds the key in a segment's table, or the empty slot where it would go. */
    private int slotOf(int[] table, long hash, long key) {
        int mask = table.length - 1;
        int slot = (int) hash & mask;
        int entry;
        if (tagged) {
            int tag = tagOf(hash);
            while ((entry = table[slot]) != 0 && ((entry >>> TAG_SHIFT) != tag || keyAt((entry & TAGGED_ORDINALS) - 1) != key)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
        while ((entry = table[slot]) != 0 && keyAt(entry - 1) != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Bits 48 to 55 of the hash: neither the segment's (56 to 63) nor, in tables up to 2^48 slots, the slot's. */
    private static int tagOf(long hash) {
        return (int) (hash >>> 48) & 0xFF;
    }

    private int ordinalOf(int entry) {
        return tagged ? (entry & TAGGED_ORDINALS) - 1 : entry - 1;
    }

    /** Drops the tags once the ordinals need more than 24 bits. */
    private void untag() {
        for (int[] table : tables) {
            for (int i = 0; i < table.length; i++) {
                table[i] &= TAGGED_ORDINALS;
            }
        }
        tagged = false;
    }

    private void insert(int segment, int[] table, int slot, long key, long hash, long line) {
        if (count == Integer.MAX_VALUE - 1) {
            throw new IllegalStateException("more keys than a key set holds");
        }
        append(key, line);
        // count is now the new key's ordinal + 1
        table[slot] = tagged ? tagOf(hash) << TAG_SHIFT | count : count;
        if (tagged && count == untagAt) {
            untag();
        }
        if (++sizes[segment] * 4L > table.length * 3L) {
            tables[segment] = grow(table);
        }
    }

    /**
     * Returns the number of keys held.
     *
     * @return the size
     */
    public int size() {
        return count;
    }

    /**
     * Returns the bytes held by the arrays, for measurements.
     *
     * @return an estimate of the retained size in bytes
     */
    public long retainedBytes() {
        long bytes = 0;
        for (long[] chunk : chunks) {
            bytes += chunk == null ? 8 : 16 + 8L * chunk.length + 8;
        }
        for (int[] table : tables) {
            bytes += 16 + 4L * table.length + 8;
        }
        if (lines != null) {
            for (int[] chunk : lines) {
                bytes += chunk == null ? 8 : 16 + 4L * chunk.length + 8;
            }
            return bytes;
        }
        return bytes + 12L * deltas.length;
    }

    private void append(long key, long line) {
        int chunk = count >>> CHUNK_BITS;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new long[CHUNK];
        }
        chunks[chunk][count & (CHUNK - 1)] = key;
        if (lines != null) {
            setLine(count, line);
            count++;
            return;
        }
        long delta = line - count;
        if (deltaCount == 0 || deltas[deltaCount - 1] != delta) {
            if (deltaCount == deltas.length) {
                deltas = Arrays.copyOf(deltas, deltaCount * 2);
                deltaStarts = Arrays.copyOf(deltaStarts, deltaCount * 2);
            }
            deltaStarts[deltaCount] = count;
            deltas[deltaCount++] = delta;
        }
        count++;
        if (deltaCount > 1024 && deltaCount > count / 4) {
            explicitLines();
        }
    }

    /** Turns the change points into one line per key: the keys are too sparse for them. */
    private void explicitLines() {
        int[][] perKey = new int[chunks.length][];
        for (int ordinal = 0; ordinal < count; ordinal++) {
            if (perKey[ordinal >>> CHUNK_BITS] == null) {
                perKey[ordinal >>> CHUNK_BITS] = new int[CHUNK];
            }
            perKey[ordinal >>> CHUNK_BITS][ordinal & (CHUNK - 1)] = checkedLine(lineAt(ordinal));
        }
        lines = perKey;
        deltas = null;
        deltaStarts = null;
    }

    private void setLine(int ordinal, long line) {
        int chunk = ordinal >>> CHUNK_BITS;
        if (chunk >= lines.length) {
            lines = Arrays.copyOf(lines, chunks.length);
        }
        if (lines[chunk] == null) {
            lines[chunk] = new int[CHUNK];
        }
        lines[chunk][ordinal & (CHUNK - 1)] = checkedLine(line);
    }

    private static int checkedLine(long line) {
        if (line > Integer.MAX_VALUE) {
            throw new IllegalStateException("a key set of sparse keys counts lines up to 2^31 - 1");
        }
        return (int) line;
    }

    private long keyAt(int ordinal) {
        return chunks[ordinal >>> CHUNK_BITS][ordinal & (CHUNK - 1)];
    }

    private long lineAt(int ordinal) {
        if (lines != null) {
            return lines[ordinal >>> CHUNK_BITS][ordinal & (CHUNK - 1)];
        }
        int found = Arrays.binarySearch(deltaStarts, 0, deltaCount, ordinal);
        int at = found >= 0 ? found : -found - 2;
        return ordinal + deltas[at];
    }

    private int[] grow(int[] table) {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int entry : table) {
            if (entry != 0) {
                int slot = (int) MemberKeys.mix(keyAt(ordinalOf(entry))) & mask;
                while (bigger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                bigger[slot] = entry;
            }
        }
        return bigger;
    }
}
