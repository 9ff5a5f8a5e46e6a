package io.github.unionkit.io.text;

import java.util.Objects;

/**
 * A region of a source text: from {@code start} (inclusive) to {@code end} (exclusive), as offsets
 * of {@code char}s, like {@link String#substring(int, int)}.
 *
 * @param start the offset of the first character, at least 0
 * @param end the offset after the last character, at least {@code start}
 */
public record TextSpan(int start, int end) {

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if {@code start} is negative or after {@code end}
     */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /**
     * Returns a span.
     *
     * @param start the offset of the first character, at least 0
     * @param end the offset after the last character, at least {@code start}
     * @return the span
     * @throws IllegalArgumentException if the bounds are invalid
     */
    public static TextSpan of(int start, int end) {
        return new TextSpan(start, end);
    }

    /**
     * Returns the number of characters covered.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * Tells whether this span lies within {@code other}.
     *
     * @param other the enclosing candidate, not null
     * @return true if {@code other} starts at or before this span and ends at or after it
     */
    public boolean isWithin(TextSpan other) {
        Objects.requireNonNull(other, "other");
        return other.start <= start && end <= other.end;
    }

    /**
     * Returns the covered characters of {@code text}.
     *
     * @param text the text this span points into, not null
     * @return the characters as written
     * @throws IndexOutOfBoundsException if the span is outside {@code text}
     */
    public String slice(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(start, end, text.length());
        return text.subSequence(start, end).toString();
    }
}
