package io.github.unionkit.io.text;

/**
 * Thrown when a text to be scanned is longer than the configured cap; nothing was read.
 *
 * <p>The cap exists so that hostile input cannot make a scanner allocate without bound. The
 * exception carries both lengths and never any of the text. It extends
 * {@link IllegalArgumentException}. Immutable once thrown.
 */
public final class TextTooLongException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int length;
    private final int maxLength;

    /**
     * Creates the exception.
     *
     * @param length the length of the rejected text
     * @param maxLength the cap it exceeds
     */
    public TextTooLongException(int length, int maxLength) {
        super("text of " + length + " characters exceeds the maximum of " + maxLength);
        this.length = length;
        this.maxLength = maxLength;
    }

    /**
     * Returns the length of the rejected text.
     *
     * @return the number of characters
     */
    public int length() {
        return length;
    }

    /**
     * Returns the cap the text exceeds.
     *
     * @return the maximum number of characters
     */
    public int maxLength() {
        return maxLength;
    }
}
