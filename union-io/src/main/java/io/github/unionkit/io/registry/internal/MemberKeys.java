package io.github.unionkit.io.registry.internal;

/**
 * Member ids and card numbers as {@code long} keys, so that millions of them fit in primitive arrays.
 *
 * <p>Most keys are exact: a member id of at most 10 characters (its alphabet {@code [A-Za-z0-9._-]}
 * has 65 symbols, written as the digits 1 … 65 of a bijective base-65 number, so different ids give
 * different numbers below 2<sup>61</sup>) and a card number of at most 17 digits (its value and its
 * length, so leading zeros count). Longer ones are a 62-bit hash with bit 62 set, so an exact key
 * never equals a hashed one; two different long ids have the same key with probability
 * 2<sup>-62</sup> per pair (decision 0028). Key {@code -1} is never produced.
 */
public final class MemberKeys {

    /** Set on hashed keys, clear on exact ones. */
    static final long HASHED = 1L << 62;
    private static final int EXACT_ID_LENGTH = 10;
    private static final int EXACT_CARD_DIGITS = 17;
    private static final int BASE = 65;

    private MemberKeys() {
    }

    /**
     * Returns the key of a member id.
     *
     * @param id a valid member id's text
     * @return the key, at least 0
     */
    public static long ofId(CharSequence id) {
        int length = id.length();
        if (length > EXACT_ID_LENGTH) {
            return hashed(id);
        }
        long key = 0;
        for (int i = 0; i < length; i++) {
            key = key * BASE + digit(id.charAt(i));
        }
        return key;
    }

    /**
     * Returns the key of a card number.
     *
     * @param digits a valid card number's digits
     * @return the key, at least 0
     */
    public static long ofCard(CharSequence digits) {
        int length = digits.length();
        if (length > EXACT_CARD_DIGITS) {
            return hashed(digits);
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return (long) length << 57 | value;
    }

    /** 1 … 65 for the characters of a member id. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 11 + c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return 37 + c - 'a';
        }
        switch (c) {
            case '.':
                return 63;
            case '_':
                return 64;
            case '-':
                return 65;
            default:
                throw new IllegalArgumentException("not a member id character (position of the caller's id)");
        }
    }

    /** FNV-1a over the characters, then a 64-bit finalizer; 62 bits kept, bit 62 set. */
    private static long hashed(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return HASHED | (mix(hash) & (HASHED - 1));
    }

    /**
     * Returns the hash of a key that a {@link KeyLineSet} files it under, for callers that compute it on
     * another thread than the set's.
     *
     * @param key a key
     * @return its hash
     */
    public static long hash(long key) {
        return mix(key);
    }

    /**
     * Spreads the bits of a key (the murmur3 64-bit finalizer), for hash tables.
     *
     * @param key a key
     * @return a well-mixed hash
     */
    static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
