package io.github.unionkit.model.org;

import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A band of membership sizes with explicit bounds: {@code minInclusive ≤ n ≤ maxInclusive}, or
 * {@code n ≥ minInclusive} when there is no upper bound.
 *
 * <p>The decree's "до 1 тыс." is {@code atMost(1000)} = {@code 0..1000} and "свыше 1 тыс." is
 * {@code moreThan(1000)} = {@code 1001..}; they are complementary, so an organization of exactly 1,000
 * members falls in the first band. {@link #toString()} prints {@code "min..max"} or {@code "min.."},
 * which {@link #parse(CharSequence)} reads back.
 *
 * @param minInclusive the smallest size in the band, at least 0
 * @param maxInclusive the largest size in the band, at least {@code minInclusive}; empty if unbounded
 */
public record MembershipRange(int minInclusive, OptionalInt maxInclusive) {

    /** The longest accepted text: two ten-digit numbers and the separator, plus slack. */
    private static final int MAX_TEXT_LENGTH = 32;

    /**
     * Creates a range, checking the bounds.
     *
     * @param minInclusive the smallest size in the band, at least 0
     * @param maxInclusive the largest size, at least {@code minInclusive}; empty if unbounded; not null
     * @throws NullPointerException if {@code maxInclusive} is null
     * @throws IllegalArgumentException if {@code minInclusive < 0} or {@code maxInclusive < minInclusive}
     */
    public MembershipRange {
        Objects.requireNonNull(maxInclusive, "maxInclusive");
        if (minInclusive < 0) {
            throw new IllegalArgumentException("minInclusive must be >= 0: " + minInclusive);
        }
        if (maxInclusive.isPresent() && maxInclusive.getAsInt() < minInclusive) {
            throw new IllegalArgumentException(
                    "maxInclusive " + maxInclusive.getAsInt() + " < minInclusive " + minInclusive);
        }
    }

    /**
     * Returns the band {@code 0..n} ("до n", "не более n").
     *
     * @param n the largest size, at least 0
     * @return the range
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static MembershipRange atMost(int n) {
        return new MembershipRange(0, OptionalInt.of(n));
    }

    /**
     * Returns the band {@code n+1..} ("свыше n", "более n").
     *
     * @param n the size the band starts above, at least 0 and below {@link Integer#MAX_VALUE}
     * @return the range
     * @throws IllegalArgumentException if {@code n < 0} or {@code n == Integer.MAX_VALUE}
     */
    public static MembershipRange moreThan(int n) {
        if (n == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("moreThan(Integer.MAX_VALUE) is empty");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        return new MembershipRange(n + 1, OptionalInt.empty());
    }

    /**
     * Returns the band {@code n..} ("от n", "не менее n").
     *
     * @param n the smallest size, at least 0
     * @return the range
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static MembershipRange atLeast(int n) {
        return new MembershipRange(n, OptionalInt.empty());
    }

    /**
     * Returns the band {@code a..b}, both bounds included ("от a до b").
     *
     * @param a the smallest size, at least 0
     * @param b the largest size, at least {@code a}
     * @return the range
     * @throws IllegalArgumentException if {@code a < 0} or {@code b < a}
     */
    public static MembershipRange between(int a, int b) {
        return new MembershipRange(a, OptionalInt.of(b));
    }

    /**
     * Tells whether a membership size falls in this band.
     *
     * @param size the size to test; negative sizes are never contained
     * @return true if {@code minInclusive ≤ size} and, when bounded, {@code size ≤ maxInclusive}
     */
    public boolean contains(int size) {
        return size >= minInclusive && (maxInclusive.isEmpty() || size <= maxInclusive.getAsInt());
    }

    /**
     * Tells whether this band has an upper bound.
     *
     * @return true if {@link #maxInclusive()} is present
     */
    public boolean isBounded() {
        return maxInclusive.isPresent();
    }

    /**
     * Reads a range from the form {@link #toString()} prints: {@code "min..max"} or {@code "min.."},
     * with decimal ASCII digits and no spaces.
     *
     * @param text the text, not null; at most 32 characters
     * @return the range
     * @throws NullPointerException if {@code text} is null
     * @throws IdentifierParseException if the text is empty, too long, malformed, or its numbers are out
     *     of range or out of order
     */
    public static MembershipRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length == 0) {
            throw fail(ErrorType.EMPTY, 0);
        }
        if (length > MAX_TEXT_LENGTH) {
            throw fail(ErrorType.TOO_LONG, MAX_TEXT_LENGTH);
        }
        int position = 0;
        long min = 0;
        while (position < length && isDigit(text.charAt(position))) {
            min = min * 10 + (text.charAt(position) - '0');
            if (min > Integer.MAX_VALUE) {
                throw fail(ErrorType.ILLEGAL_NUMBER, position);
            }
            position++;
        }
        if (position == 0) {
            throw fail(isSeparatorAt(text, 0) ? ErrorType.ILLEGAL_NUMBER : ErrorType.ILLEGAL_START, 0);
        }
        if (!isSeparatorAt(text, position)) {
            throw fail(position < length && text.charAt(position) != '.' ? ErrorType.ILLEGAL_CHARACTER
                    : ErrorType.MALFORMED, position);
        }
        position += 2;
        if (position == length) {
            return new MembershipRange((int) min, OptionalInt.empty());
        }
        int maxStart = position;
        long max = 0;
        while (position < length) {
            char c = text.charAt(position);
            if (!isDigit(c)) {
                throw fail(ErrorType.ILLEGAL_CHARACTER, position);
            }
            max = max * 10 + (c - '0');
            if (max > Integer.MAX_VALUE) {
                throw fail(ErrorType.ILLEGAL_NUMBER, position);
            }
            position++;
        }
        if (max < min) {
            throw fail(ErrorType.ILLEGAL_NUMBER, maxStart);
        }
        return new MembershipRange((int) min, OptionalInt.of((int) max));
    }

    /**
     * Returns the band as a decree writes it, with the language's grouping of digits: «до 1 000
     * членов», «свыше 1 000 членов», «от 1 001 до 2 000 членов», «любой численности»; "up to 1,000
     * members", "over 1,000 members", "1,001 to 2,000 members", "of any size". The noun takes the
     * plural form of the number next to it («до 21 члена»).
     *
     * @param locale the language: Russian when its language is {@code ru}, English otherwise; not null
     * @return the text, for people; {@link #toString()} is the text {@link #parse(CharSequence)} reads
     */
    public String displayName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (maxInclusive.isEmpty()) {
            return minInclusive == 0 ? ModelErrorTexts.TEXTS.get("range.any", locale)
                    : ModelErrorTexts.TEXTS.formatCount("range.over", locale, minInclusive - 1L);
        }
        long max = maxInclusive.getAsInt();
        return minInclusive == 0 ? ModelErrorTexts.TEXTS.formatCount("range.upTo", locale, max)
                : ModelErrorTexts.TEXTS.formatCount("range.between", locale, max, (long) minInclusive);
    }

    /**
     * Returns {@code "min..max"} or, when unbounded, {@code "min.."}; {@link #parse(CharSequence)} reads
     * it back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return maxInclusive.isPresent() ? minInclusive + ".." + maxInclusive.getAsInt() : minInclusive + "..";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparatorAt(CharSequence text, int index) {
        return index + 1 < text.length() && text.charAt(index) == '.' && text.charAt(index + 1) == '.';
    }

    private static IdentifierParseException fail(ErrorType type, int index) {
        return new IdentifierParseException("MembershipRange", type, index);
    }
}
