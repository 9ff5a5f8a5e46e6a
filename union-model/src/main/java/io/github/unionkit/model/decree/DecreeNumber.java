package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.DecreeNumberParser;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The number of a resolution (постановление) as its issuing body numbers it, for example
 * {@code № 3-1}: question 1 of meeting 3 of the body's term.
 *
 * <p>A decree number has a {@linkplain #scheme() numbering scheme}, the counters that scheme carries,
 * and a canonical display form, {@link #toString()}, which is written without the number sign and
 * which {@link #parse(CharSequence)} reads back. The schemes and what the counter accessors return:
 *
 * <table>
 *   <caption>Schemes and their counters</caption>
 *   <tr><th>scheme</th><th>canonical form</th><th>meeting</th><th>item</th><th>sub-item</th>
 *       <th>sequence</th></tr>
 *   <tr><td>{@link NumberingScheme#MEETING_ITEM}</td><td>{@code 3-1}</td><td>3</td><td>1</td>
 *       <td>empty</td><td>empty</td></tr>
 *   <tr><td>{@link NumberingScheme#MEETING_ITEM_SUB}</td><td>{@code 5-1.1}</td><td>5</td><td>1</td>
 *       <td>1</td><td>empty</td></tr>
 *   <tr><td>{@link NumberingScheme#DOTTED}</td><td>{@code 25.61}</td><td>25</td><td>61</td>
 *       <td>empty</td><td>empty</td></tr>
 *   <tr><td>{@link NumberingScheme#SLASHED}</td><td>{@code 1/7}</td><td>1</td><td>7</td>
 *       <td>empty</td><td>empty</td></tr>
 *   <tr><td>{@link NumberingScheme#SEQUENTIAL}</td><td>{@code 07}</td><td>empty</td><td>empty</td>
 *       <td>empty</td><td>7</td></tr>
 *   <tr><td>{@link NumberingScheme#JOINT}</td><td>{@code 3-1/27-5}</td><td>empty</td><td>empty</td>
 *       <td>empty</td><td>empty</td></tr>
 * </table>
 *
 * <p>Dotted and slashed pairs are read, like the education union's {@code N-M}, as meeting then
 * question: the first counter is the meeting, the second the question. A joint number (a decree
 * adopted jointly by several bodies, each numbering it in its own register) has no counters of its
 * own; its {@link #parts()} carry them.
 *
 * <p><b>Counters and padding.</b> Every counter is between 1 and {@value #MAX_COUNTER}. In composite
 * schemes leading zeros are not significant ({@code "03-01"} reads as {@code 3-1}). In the sequential
 * scheme they are: {@code "07"} and {@code "7"} are different numbers with different canonical forms
 * and the same {@link #sequence()}, because a register that pads its numbers prints them padded.
 *
 * <p><b>Equality and order.</b> Two numbers are equal when their canonical forms are equal. The
 * {@linkplain #compareTo(DecreeNumber) natural order} is register order and is consistent with
 * equals.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DecreeNumber implements Comparable<DecreeNumber> {

    /** The longest text {@link #parse(CharSequence)} scans; longer text fails with {@code TOO_LONG}. */
    public static final int MAX_LENGTH = 64;

    /** The largest counter (nine digits). */
    public static final int MAX_COUNTER = 999_999_999;

    /** The most digits a sequential number may be written with, padding included. */
    public static final int MAX_WIDTH = 9;

    /** The most parts a joint number may have. */
    public static final int MAX_JOINT_PARTS = 8;

    private static final int[] NO_COUNTERS = new int[0];

    private final NumberingScheme scheme;
    /** Meeting, item[, sub] for the paired schemes; the value for SEQUENTIAL; empty for JOINT. */
    private final int[] counters;
    private final List<DecreeNumber> parts;
    private final String canonical;

    private DecreeNumber(NumberingScheme scheme, int[] counters, List<DecreeNumber> parts, String canonical) {
        this.scheme = scheme;
        this.counters = counters;
        this.parts = parts;
        this.canonical = canonical;
    }

    /**
     * Reads a decree number as people write it.
     *
     * <p>Accepted, in this order: optional white space (including tabs, line breaks and non-breaking
     * spaces); an optional number sign — {@code №}, or a Latin {@code N} / {@code n} optionally followed
     * by {@code o}, {@code O}, {@code º} or {@code °} and optionally by a dot ({@code "N"}, {@code "No."},
     * {@code "Nº"}); then one number, or several joined by {@code /}; optional trailing white space.
     * White space may surround every separator ({@code "№ 3- 1"} reads as {@code 3-1}). The hyphen may
     * be any of the dashes word processors substitute for it (en dash, em dash, minus sign, …). A
     * single number is digits, optionally followed by {@code -digits} (meeting-item) and then
     * {@code .digits} (sub-item), or by {@code .digits} (dotted). Two plain numbers joined by {@code /}
     * form a {@link NumberingScheme#SLASHED} number; two to {@value #MAX_JOINT_PARTS} numbers of which
     * at least one is composite form a {@link NumberingScheme#JOINT} one.
     *
     * <p>The text is checked against {@value #MAX_LENGTH} characters before it is scanned, and the
     * scan is a single linear pass without backtracking.
     *
     * @param text the text, not null
     * @return the decree number; its {@link #toString()} is the canonical form
     * @throws NullPointerException if {@code text} is null
     * @throws DecreeNumberParseException if the text is not a decree number; the exception says why
     *     and at which index
     */
    public static DecreeNumber parse(CharSequence text) {
        return DecreeNumberParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns a {@link NumberingScheme#MEETING_ITEM} number, {@code meeting-item}.
     *
     * @param meeting the meeting's number within the body's term, 1 to {@value #MAX_COUNTER}
     * @param item the question's number within the meeting, 1 to {@value #MAX_COUNTER}
     * @return the number, e.g. {@code 3-1}
     * @throws IllegalArgumentException if a counter is out of range
     */
    public static DecreeNumber of(int meeting, int item) {
        int[] counters = {counter(meeting, "meeting"), counter(item, "item")};
        return new DecreeNumber(NumberingScheme.MEETING_ITEM, counters, List.of(), meeting + "-" + item);
    }

    /**
     * Returns a {@link NumberingScheme#MEETING_ITEM_SUB} number, {@code meeting-item.subItem}.
     *
     * @param meeting the meeting's number, 1 to {@value #MAX_COUNTER}
     * @param item the question's number, 1 to {@value #MAX_COUNTER}
     * @param subItem the sub-question's number, 1 to {@value #MAX_COUNTER}
     * @return the number, e.g. {@code 5-1.1}
     * @throws IllegalArgumentException if a counter is out of range
     */
    public static DecreeNumber of(int meeting, int item, int subItem) {
        int[] counters = {counter(meeting, "meeting"), counter(item, "item"), counter(subItem, "subItem")};
        return new DecreeNumber(NumberingScheme.MEETING_ITEM_SUB, counters, List.of(),
                meeting + "-" + item + "." + subItem);
    }

    /**
     * Returns a {@link NumberingScheme#DOTTED} number, {@code meeting.item}.
     *
     * @param meeting the first counter, read as the meeting, 1 to {@value #MAX_COUNTER}
     * @param item the second counter, read as the question, 1 to {@value #MAX_COUNTER}
     * @return the number, e.g. {@code 25.61}
     * @throws IllegalArgumentException if a counter is out of range
     */
    public static DecreeNumber dotted(int meeting, int item) {
        int[] counters = {counter(meeting, "meeting"), counter(item, "item")};
        return new DecreeNumber(NumberingScheme.DOTTED, counters, List.of(), meeting + "." + item);
    }

    /**
     * Returns a {@link NumberingScheme#SLASHED} number, {@code meeting/item}.
     *
     * @param meeting the first counter, read as the meeting, 1 to {@value #MAX_COUNTER}
     * @param item the second counter, read as the question, 1 to {@value #MAX_COUNTER}
     * @return the number, e.g. {@code 1/7}
     * @throws IllegalArgumentException if a counter is out of range
     */
    public static DecreeNumber slashed(int meeting, int item) {
        int[] counters = {counter(meeting, "meeting"), counter(item, "item")};
        return new DecreeNumber(NumberingScheme.SLASHED, counters, List.of(), meeting + "/" + item);
    }

    /**
     * Returns an unpadded {@link NumberingScheme#SEQUENTIAL} number; same as
     * {@code sequential(value, 1)}.
     *
     * @param value the sequence number, 1 to {@value #MAX_COUNTER}
     * @return the number, e.g. {@code 7}
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public static DecreeNumber sequential(int value) {
        return sequential(value, 1);
    }

    /**
     * Returns a {@link NumberingScheme#SEQUENTIAL} number written with at least {@code width} digits,
     * padded with leading zeros: {@code sequential(7, 2)} is {@code 07}. A value with more digits than
     * {@code width} is written in full, so {@code sequential(123, 2)} equals {@code sequential(123, 3)}.
     *
     * @param value the sequence number, 1 to {@value #MAX_COUNTER}
     * @param width the minimum number of digits, 1 to {@value #MAX_WIDTH}
     * @return the number
     * @throws IllegalArgumentException if {@code value} or {@code width} is out of range
     */
    public static DecreeNumber sequential(int value, int width) {
        counter(value, "value");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be 1 to " + MAX_WIDTH + ": " + width);
        }
        String digits = Integer.toString(value);
        StringBuilder text = new StringBuilder(Math.max(width, digits.length()));
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
        return new DecreeNumber(NumberingScheme.SEQUENTIAL, new int[] {value}, List.of(), text.toString());
    }

    /**
     * Returns a {@link NumberingScheme#JOINT} number made of {@code parts} joined by {@code /}.
     *
     * @param parts the parts in order, 2 to {@value #MAX_JOINT_PARTS} of them; none may be slashed or
     *     joint (their {@code /} would be ambiguous); at least one must be composite (not sequential),
     *     otherwise the text would read back as a slashed number
     * @return the joint number, e.g. {@code 3-1/27-5}
     * @throws NullPointerException if {@code parts} or any part is null
     * @throws IllegalArgumentException if the parts break the rules above, or the canonical form would
     *     be longer than {@value #MAX_LENGTH} characters (so that {@link #parse(CharSequence)} could not
     *     read it back)
     */
    public static DecreeNumber joint(DecreeNumber... parts) {
        return joint(Arrays.asList(Objects.requireNonNull(parts, "parts")));
    }

    /**
     * Returns a {@link NumberingScheme#JOINT} number made of {@code parts} joined by {@code /}; see
     * {@link #joint(DecreeNumber...)} for the rules.
     *
     * @param parts the parts in order, not null
     * @return the joint number
     * @throws NullPointerException if {@code parts} or any part is null
     * @throws IllegalArgumentException if the parts break the rules of {@link #joint(DecreeNumber...)}
     */
    public static DecreeNumber joint(List<DecreeNumber> parts) {
        List<DecreeNumber> copy = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (copy.size() < 2 || copy.size() > MAX_JOINT_PARTS) {
            throw new IllegalArgumentException("a joint number has 2 to " + MAX_JOINT_PARTS + " parts: " + copy.size());
        }
        boolean composite = false;
        StringBuilder text = new StringBuilder();
        for (DecreeNumber part : copy) {
            if (part.scheme == NumberingScheme.SLASHED || part.scheme == NumberingScheme.JOINT) {
                throw new IllegalArgumentException("a joint part cannot be " + part.scheme + ": " + part);
            }
            composite |= part.scheme != NumberingScheme.SEQUENTIAL;
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(part.canonical);
        }
        if (!composite) {
            throw new IllegalArgumentException("a joint number needs at least one composite part: " + text);
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a joint number is at most " + MAX_LENGTH + " characters: " + text);
        }
        return new DecreeNumber(NumberingScheme.JOINT, NO_COUNTERS, copy, text.toString());
    }

    private static int counter(int value, String name) {
        if (value < 1 || value > MAX_COUNTER) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_COUNTER + ": " + value);
        }
        return value;
    }

    /**
     * Returns the scheme this number is written in.
     *
     * @return the scheme, never null
     */
    public NumberingScheme scheme() {
        return scheme;
    }

    /**
     * Returns the meeting counter: the first counter of a meeting-item, meeting-item-sub, dotted or
     * slashed number.
     *
     * @return the meeting's number, or empty for sequential and joint numbers
     */
    public OptionalInt meetingNumber() {
        return isPaired() ? OptionalInt.of(counters[0]) : OptionalInt.empty();
    }

    /**
     * Returns the question (item) counter: the second counter of a meeting-item, meeting-item-sub,
     * dotted or slashed number.
     *
     * @return the question's number, or empty for sequential and joint numbers
     */
    public OptionalInt itemNumber() {
        return isPaired() ? OptionalInt.of(counters[1]) : OptionalInt.empty();
    }

    /**
     * Returns the sub-question counter of a {@link NumberingScheme#MEETING_ITEM_SUB} number.
     *
     * @return the sub-question's number ({@code 1} in {@code 5-1.1}), or empty for other schemes
     */
    public OptionalInt subItemNumber() {
        return scheme == NumberingScheme.MEETING_ITEM_SUB ? OptionalInt.of(counters[2]) : OptionalInt.empty();
    }

    /**
     * Returns the value of a {@link NumberingScheme#SEQUENTIAL} number, without its padding.
     *
     * @return the sequence number ({@code 7} for {@code 07}), or empty for other schemes
     */
    public OptionalInt sequence() {
        return scheme == NumberingScheme.SEQUENTIAL ? OptionalInt.of(counters[0]) : OptionalInt.empty();
    }

    /**
     * Returns the parts of a {@link NumberingScheme#JOINT} number in written order; any other number
     * is its own single part, so callers can iterate over the parts of every number alike.
     *
     * @return the parts, unmodifiable, never empty
     */
    public List<DecreeNumber> parts() {
        return scheme == NumberingScheme.JOINT ? parts : List.of(this);
    }

    /**
     * Tells whether this number has more than one counter or part, that is, whether it is anything
     * but {@link NumberingScheme#SEQUENTIAL}.
     *
     * @return true unless the scheme is sequential
     */
    public boolean isComposite() {
        return scheme != NumberingScheme.SEQUENTIAL;
    }

    private boolean isPaired() {
        return scheme != NumberingScheme.SEQUENTIAL && scheme != NumberingScheme.JOINT;
    }

    /**
     * Compares in register order, consistent with {@link #equals(Object)}:
     * <ol>
     *   <li>numbers are grouped by scheme in declaration order of {@link NumberingScheme}, except that
     *       meeting-item and meeting-item-sub numbers share one group;</li>
     *   <li>within a group, counters compare numerically from the left, and a number that is a prefix
     *       of another comes first: {@code 3-2 < 3-10 < 5-1 < 5-1.1 < 5-1.2 < 5-2};</li>
     *   <li>sequential numbers compare by value, then by width: {@code 7 < 07 < 8};</li>
     *   <li>joint numbers compare part by part, then by the number of parts.</li>
     * </ol>
     *
     * @param other the number to compare with, not null
     * @return a negative number, zero or a positive number as this number sorts before, with or after
     *     {@code other}
     */
    @Override
    public int compareTo(DecreeNumber other) {
        int byGroup = Integer.compare(group(), other.group());
        if (byGroup != 0) {
            return byGroup;
        }
        if (scheme == NumberingScheme.JOINT) {
            int shared = Math.min(parts.size(), other.parts.size());
            for (int i = 0; i < shared; i++) {
                int byPart = parts.get(i).compareTo(other.parts.get(i));
                if (byPart != 0) {
                    return byPart;
                }
            }
            return Integer.compare(parts.size(), other.parts.size());
        }
        int byCounters = Arrays.compare(counters, other.counters);
        if (byCounters != 0) {
            return byCounters;
        }
        // Equal counters in one group differ only in a sequential number's padding.
        return Integer.compare(canonical.length(), other.canonical.length());
    }

    private int group() {
        return scheme == NumberingScheme.MEETING_ITEM_SUB ? NumberingScheme.MEETING_ITEM.ordinal() : scheme.ordinal();
    }

    /**
     * Tells whether {@code other} is a decree number with the same canonical form.
     *
     * @param other the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DecreeNumber && canonical.equals(((DecreeNumber) other).canonical);
    }

    /**
     * Returns a hash code derived from the canonical form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /**
     * Returns the canonical display form without the number sign: {@code 3-1}, {@code 5-1.1},
     * {@code 25.61}, {@code 1/7}, {@code 07}, {@code 3-1/27-5}. {@link #parse(CharSequence)} reads it
     * back to an equal number.
     *
     * @return the canonical form, never empty
     */
    @Override
    public String toString() {
        return canonical;
    }
}
