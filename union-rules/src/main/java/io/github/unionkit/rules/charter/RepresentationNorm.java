package io.github.unionkit.rules.charter;

import java.util.Objects;

/**
 * A representation norm ("норма представительства"): one delegate per {@code membersPerDelegate}
 * members, plus what a remainder earns under a {@link RemainderPolicy}. The education union elects
 * congress delegates at one per 15,000 members and one more for a remainder under 15,000
 * ({@link RemainderPolicy#ANY}).
 *
 * @param membersPerDelegate the members that earn one delegate, at least 1
 * @param remainder what a remainder smaller than {@code membersPerDelegate} earns
 */
public record RepresentationNorm(int membersPerDelegate, RemainderPolicy remainder) {

    /** What the members left over after whole delegates earn. */
    public enum RemainderPolicy {
        /** Any positive remainder earns one more delegate. */
        ANY,
        /** A remainder of at least half the norm earns one more delegate. */
        HALF_OR_MORE,
        /** A remainder earns nothing. */
        NONE
    }

    /**
     * Creates a norm.
     *
     * @param membersPerDelegate at least 1
     * @param remainder not null
     * @throws IllegalArgumentException if {@code membersPerDelegate < 1}
     */
    public RepresentationNorm {
        Objects.requireNonNull(remainder, "remainder");
        if (membersPerDelegate < 1) {
            throw new IllegalArgumentException("membersPerDelegate must be >= 1: " + membersPerDelegate);
        }
    }

    /**
     * Returns a norm.
     *
     * @param membersPerDelegate at least 1
     * @param remainder not null
     * @return the norm
     */
    public static RepresentationNorm of(int membersPerDelegate, RemainderPolicy remainder) {
        return new RepresentationNorm(membersPerDelegate, remainder);
    }

    /**
     * Returns the delegate quota of an organization.
     *
     * @param members the organization's members, at least 0
     * @return the number of delegates
     * @throws IllegalArgumentException if {@code members < 0}
     */
    public int delegates(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("members must be >= 0: " + members);
        }
        int whole = members / membersPerDelegate;
        int rest = members % membersPerDelegate;
        switch (remainder) {
            case ANY:
                return whole + (rest > 0 ? 1 : 0);
            case HALF_OR_MORE:
                return whole + ((long) rest * 2 >= membersPerDelegate ? 1 : 0);
            default:
                return whole;
        }
    }

    /**
     * Returns {@code 15000/any}: the norm and the remainder policy in lower case.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return membersPerDelegate + "/" + remainder.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
