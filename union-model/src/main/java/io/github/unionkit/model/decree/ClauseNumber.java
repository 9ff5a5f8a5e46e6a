package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.ClauseNumberParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The number of a clause (пункт) or sub-clause (подпункт) of a resolution, such as {@code 3.1.1}:
 * sub-clause 1 of clause 3.1.
 *
 * <p>A clause number is a non-empty sequence of at most {@value #MAX_DEPTH} positive parts, each at
 * most {@value #MAX_PART}. {@link #toString()} joins them with dots and no final dot
 * ({@code "3.1.1"}); {@link #parse(CharSequence)} reads that form, and also the form with a final dot
 * and surrounding white space that decrees use ({@code "3.1.1."}, {@code " 3.1.1 "}).
 *
 * <p>The natural order is document order: parts compare numerically from the left, and a clause comes
 * before its sub-clauses: {@code 3.1 < 3.1.1 < 3.2 < 10}. It is consistent with equals.
 *
 * @param parts the parts from the top level down, e.g. {@code [3, 1, 1]}; unmodifiable
 */
public record ClauseNumber(List<Integer> parts) implements Comparable<ClauseNumber> {

    /** The longest text {@link #parse(CharSequence)} scans; longer text fails with {@code TOO_LONG}. */
    public static final int MAX_LENGTH = 64;

    /** The most levels a clause number may have. */
    public static final int MAX_DEPTH = 10;

    /** The largest value of one part. */
    public static final int MAX_PART = 9_999;

    /**
     * Creates a clause number; the one place its invariants are checked.
     *
     * @param parts the parts from the top level down, 1 to {@value #MAX_DEPTH} of them, each 1 to
     *     {@value #MAX_PART}; copied
     * @throws NullPointerException if {@code parts} or a part is null
     * @throws IllegalArgumentException if the depth or a part is out of range
     */
    public ClauseNumber {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.isEmpty() || parts.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a clause number has 1 to " + MAX_DEPTH + " parts: " + parts.size());
        }
        for (int part : parts) {
            if (part < 1 || part > MAX_PART) {
                throw new IllegalArgumentException("a clause number part must be 1 to " + MAX_PART + ": " + part);
            }
        }
    }

    /**
     * Returns the clause number with the given parts: {@code of(3, 1, 1)} is {@code 3.1.1}.
     *
     * @param parts the parts from the top level down, 1 to {@value #MAX_DEPTH} of them, each 1 to
     *     {@value #MAX_PART}
     * @return the clause number
     * @throws NullPointerException if {@code parts} is null
     * @throws IllegalArgumentException if the depth or a part is out of range
     */
    public static ClauseNumber of(int... parts) {
        Objects.requireNonNull(parts, "parts");
        List<Integer> list = new ArrayList<>(parts.length);
        for (int part : parts) {
            list.add(part);
        }
        return new ClauseNumber(list);
    }

    /**
     * Reads a clause number: optional white space, parts joined by single dots with no space between,
     * an optional final dot, optional white space. Leading zeros in a part are not significant. The
     * text is checked against {@value #MAX_LENGTH} characters before it is scanned, and the scan is
     * linear.
     *
     * @param text the text, e.g. {@code "3.1.1"}, {@code "3.1.1."} or {@code " 3.1.1 "}; not null
     * @return the clause number
     * @throws NullPointerException if {@code text} is null
     * @throws ClauseNumberParseException if the text is not a clause number; the exception says why and
     *     at which index
     */
    public static ClauseNumber parse(CharSequence text) {
        return new ClauseNumber(ClauseNumberParser.parse(Objects.requireNonNull(text, "text")));
    }

    /**
     * Returns the number of levels: 1 for {@code 3}, 3 for {@code 3.1.1}.
     *
     * @return the depth, 1 to {@value #MAX_DEPTH}
     */
    public int depth() {
        return parts.size();
    }

    /**
     * Returns the last part, the clause's number among its siblings: 2 for {@code 3.1.2}.
     *
     * @return the last part
     */
    public int last() {
        return parts.get(parts.size() - 1);
    }

    /**
     * Returns the enclosing clause's number: {@code 3.1} for {@code 3.1.1}.
     *
     * @return the parent, or empty for a top-level clause
     */
    public Optional<ClauseNumber> parent() {
        return depth() == 1 ? Optional.empty() : Optional.of(new ClauseNumber(parts.subList(0, depth() - 1)));
    }

    /**
     * Returns the number of a sub-clause of this clause: {@code 3.1.child(2)} is {@code 3.1.2}.
     *
     * @param number the sub-clause's number among its siblings, 1 to {@value #MAX_PART}
     * @return the child's clause number
     * @throws IllegalArgumentException if {@code number} is out of range or this number already has
     *     {@value #MAX_DEPTH} levels
     */
    public ClauseNumber child(int number) {
        List<Integer> childParts = new ArrayList<>(depth() + 1);
        childParts.addAll(parts);
        childParts.add(number);
        return new ClauseNumber(childParts);
    }

    /**
     * Returns the number of the next sibling: {@code 3.2} for {@code 3.1}, {@code 4} for {@code 3}.
     *
     * @return the next sibling's clause number
     * @throws IllegalArgumentException if the last part is already {@value #MAX_PART}
     */
    public ClauseNumber next() {
        List<Integer> siblingParts = new ArrayList<>(parts);
        siblingParts.set(depth() - 1, last() + 1);
        return new ClauseNumber(siblingParts);
    }

    /**
     * Tells whether this clause strictly encloses {@code other}: {@code 3} and {@code 3.1} are ancestors
     * of {@code 3.1.1}; no clause is its own ancestor.
     *
     * @param other the possible descendant, not null
     * @return true if this number is a proper prefix of {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isAncestorOf(ClauseNumber other) {
        Objects.requireNonNull(other, "other");
        return depth() < other.depth() && other.parts.subList(0, depth()).equals(parts);
    }

    /**
     * Compares in document order: parts numerically from the left, a clause before its sub-clauses.
     *
     * @param other the clause number to compare with, not null
     * @return a negative number, zero or a positive number as this clause comes before, is, or comes
     *     after {@code other}
     */
    @Override
    public int compareTo(ClauseNumber other) {
        int shared = Math.min(depth(), other.depth());
        for (int i = 0; i < shared; i++) {
            int byPart = Integer.compare(parts.get(i), other.parts.get(i));
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(depth(), other.depth());
    }

    /**
     * Returns the parts joined by dots, without a final dot: {@code "3.1.1"}. {@link #parse(CharSequence)}
     * reads it back to an equal clause number.
     *
     * @return the canonical form
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(depth() * 3);
        for (int part : parts) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
