package io.github.unionkit.io.text;

/**
 * Options of {@link DecreeReferences}, shaped like {@link DeadlineParseOptions} so that both finders
 * are called the same way: {@code find(text, documentDate, options)}.
 *
 * @param maxTextLength the longest text scanned, at least 1; a longer one is refused with a
 *     {@link TextTooLongException}
 */
public record DecreeReferenceOptions(int maxTextLength) {

    /** The default cap on a scanned text: two million characters, far more than any decree. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 2_000_000;

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if {@code maxTextLength} is less than 1
     */
    public DecreeReferenceOptions {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be at least 1: " + maxTextLength);
        }
    }

    /**
     * Returns the defaults: a cap of {@value #DEFAULT_MAX_TEXT_LENGTH} characters.
     *
     * @return the default options
     */
    public static DecreeReferenceOptions defaults() {
        return new DecreeReferenceOptions(DEFAULT_MAX_TEXT_LENGTH);
    }

    /**
     * Returns a copy with another cap.
     *
     * @param length the longest text scanned, at least 1
     * @return the new options
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public DecreeReferenceOptions withMaxTextLength(int length) {
        return new DecreeReferenceOptions(length);
    }
}
