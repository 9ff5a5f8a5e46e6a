package io.github.unionkit.model.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where in a text something was found: the zero-based {@link #index() index} of a UTF-16 unit, and
 * the {@link #line() line} and {@link #column() column} a person sees, both counted from 1.
 *
 * <p>Lines end at {@code \n}, at {@code \r\n} (one break), at a lone {@code \r}, and at U+2028 and
 * U+2029. Columns count code points, so a character outside the Basic Multilingual Plane is one
 * column. Immutable, thread-safe and serializable (it travels inside exceptions).
 */
public final class TextPosition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final int line;
    private final int column;

    private TextPosition(int index, int line, int column) {
        this.index = index;
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the position of {@code index} in {@code text}, counting lines and columns. The scan is
     * linear in {@code index} and is meant for failures, not for every character.
     *
     * @param text the whole text, not null
     * @param index the zero-based position, 0 to {@code text.length()} (the length itself means "at
     *     the end")
     * @return the position
     * @throws NullPointerException if {@code text} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside 0 to {@code text.length()}
     */
    public static TextPosition of(CharSequence text, int index) {
        Objects.checkIndex(index, Objects.requireNonNull(text, "text").length() + 1);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!crlf && (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + Character.codePointCount(text, lineStart, index);
        return new TextPosition(index, line, column);
    }

    /**
     * Returns a position whose parts are already known, as a streaming reader reports them.
     *
     * @param index the zero-based position, at least 0
     * @param line the line, at least 1
     * @param column the column, at least 1
     * @return the position
     * @throws IllegalArgumentException if a part is out of range
     */
    public static TextPosition of(int index, int line, int column) {
        if (index < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("index must be at least 0, line and column at least 1: "
                    + index + ", " + line + ", " + column);
        }
        return new TextPosition(index, line, column);
    }

    /**
     * Returns the position at the start of a line, for readers that know the line but not the offset
     * within it.
     *
     * @param index the zero-based position of the line's first character, at least 0
     * @param line the line, at least 1
     * @return the position, at column 1
     * @throws IllegalArgumentException if a part is out of range
     */
    public static TextPosition ofLine(int index, int line) {
        return of(index, line, 1);
    }

    /**
     * Returns the zero-based index of the UTF-16 unit.
     *
     * @return the index, at least 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns the line, counted from 1.
     *
     * @return the line, at least 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column within the line, counted from 1 in code points.
     *
     * @return the column, at least 1
     */
    public int column() {
        return column;
    }

    /**
     * Compares all three parts.
     *
     * @param other the object to compare with, may be null
     * @return true if {@code other} is a position with the same index, line and column
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TextPosition that && index == that.index && line == that.line
                && column == that.column;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (index * 31 + line) * 31 + column;
    }

    /**
     * Returns the position as {@code "3:7"} (line and column), which is how editors and compilers
     * print it.
     *
     * @return the line and column, never null
     */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
