package io.github.unionkit.rules.charter;

import java.util.Objects;

/**
 * A quorum strategy: the share of a body's members (or elected delegates) that must be present for a
 * meeting to be competent, either "more than {@code n/d}" ({@code >1/2}, the charter's "более
 * половины") or "at least {@code n/d}" ({@code >=2/3}, "не менее двух третей").
 *
 * <p>{@link #toString()} prints {@code ">1/2"} or {@code ">=2/3"}, which {@link #parse(CharSequence)}
 * reads back. Arithmetic is exact (no floating point).
 *
 * @param numerator the numerator, at least 0
 * @param denominator the denominator, at least 1 and at least {@code numerator}
 * @param strict true for "more than", false for "at least"
 */
public record Quorum(int numerator, int denominator, boolean strict) {

    /**
     * Creates a quorum, checking the fraction.
     *
     * @param numerator the numerator, 0 ≤ numerator ≤ denominator
     * @param denominator the denominator, 1..1000
     * @param strict true for "more than"
     * @throws IllegalArgumentException if the fraction is out of range
     */
    public Quorum {
        if (denominator < 1 || denominator > 1000 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("quorum fraction out of range: " + numerator + "/" + denominator);
        }
        if (strict && numerator == denominator) {
            throw new IllegalArgumentException("'more than all members' can never be reached");
        }
    }

    /**
     * Returns "more than {@code n/d} of the members".
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @return the quorum
     */
    public static Quorum moreThan(int numerator, int denominator) {
        return new Quorum(numerator, denominator, true);
    }

    /**
     * Returns "at least {@code n/d} of the members".
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @return the quorum
     */
    public static Quorum atLeast(int numerator, int denominator) {
        return new Quorum(numerator, denominator, false);
    }

    /**
     * Tells whether a meeting is competent.
     *
     * @param present the number present, 0 ≤ present ≤ members
     * @param members the number of members (or elected delegates), at least 0
     * @return true if the quorum is reached
     * @throws IllegalArgumentException if the counts are negative or {@code present > members}
     */
    public boolean isReached(int present, int members) {
        checkCounts(present, members);
        long lhs = (long) present * denominator;
        long rhs = (long) members * numerator;
        return strict ? lhs > rhs : lhs >= rhs;
    }

    /**
     * Returns the smallest number present that reaches the quorum.
     *
     * @param members the number of members, at least 0
     * @return the minimum number present, at most {@code members} except for a strict quorum of 0 members
     */
    public int minimumPresent(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("members must be >= 0: " + members);
        }
        long product = (long) members * numerator;
        long q = product / denominator;
        boolean exact = product % denominator == 0;
        return (int) (strict ? q + 1 : (exact ? q : q + 1));
    }

    /**
     * Reads {@code ">n/d"} or {@code ">=n/d"}.
     *
     * @param text the text, not null, at most 16 characters
     * @return the quorum
     * @throws IllegalArgumentException if the text is malformed or the fraction out of range
     */
    public static Quorum parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.length() > 16) {
            throw new IllegalArgumentException("quorum text too long");
        }
        boolean strict;
        int i;
        if (s.startsWith(">=")) {
            strict = false;
            i = 2;
        } else if (s.startsWith(">")) {
            strict = true;
            i = 1;
        } else {
            throw new IllegalArgumentException("quorum must start with '>' or '>=' at index 0");
        }
        int slash = s.indexOf('/', i);
        if (slash < 0) {
            throw new IllegalArgumentException("quorum needs a fraction n/d");
        }
        return new Quorum(number(s, i, slash), number(s, slash + 1, s.length()), strict);
    }

    /**
     * Returns {@code ">n/d"} or {@code ">=n/d"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return (strict ? ">" : ">=") + numerator + "/" + denominator;
    }

    static void checkCounts(int present, int members) {
        if (present < 0 || members < 0 || present > members) {
            throw new IllegalArgumentException("need 0 <= present <= members: " + present + ", " + members);
        }
    }

    private static int number(String s, int from, int to) {
        if (from >= to || to - from > 4) {
            throw new IllegalArgumentException("malformed number at index " + from);
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("expected a digit at index " + i);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
