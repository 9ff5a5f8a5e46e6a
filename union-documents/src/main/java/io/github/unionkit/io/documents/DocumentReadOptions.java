package io.github.unionkit.io.documents;

import io.github.unionkit.io.text.DecreeParseOptions;
import java.util.Objects;

/**
 * Limits for reading a decree file, and the options of the decree parser behind it. Every limit is
 * checked before or while the file is read, so a hostile file costs bounded memory and time.
 *
 * @param maxBytes the largest file read, in bytes (16 MiB by default)
 * @param maxUnzippedBytes the most a Word file may inflate to, all entries together (64 MiB by default)
 * @param maxPages the most pages of a PDF (500 by default)
 * @param parseOptions the decree parser's options; their {@link DecreeParseOptions#maxLength()} also
 *     caps the text read from the file (the same cap as for a text file)
 */
public record DocumentReadOptions(long maxBytes, long maxUnzippedBytes, int maxPages, DecreeParseOptions parseOptions) {

    private static final DocumentReadOptions DEFAULTS =
            new DocumentReadOptions(16L << 20, 64L << 20, 500, DecreeParseOptions.defaults());

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code parseOptions} is null
     * @throws IllegalArgumentException if a limit is below 1
     */
    public DocumentReadOptions {
        Objects.requireNonNull(parseOptions, "parseOptions");
        if (maxBytes < 1 || maxUnzippedBytes < 1 || maxPages < 1) {
            throw new IllegalArgumentException("limits must be at least 1: " + maxBytes + ", " + maxUnzippedBytes
                    + ", " + maxPages);
        }
    }

    /**
     * Returns the defaults: 16 MiB files, 64 MiB inflated, 500 pages, the parser's default options.
     *
     * @return the defaults
     */
    public static DocumentReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another parser configuration.
     *
     * @param options the parser's options, not null
     * @return the copy
     * @throws NullPointerException if {@code options} is null
     */
    public DocumentReadOptions withParseOptions(DecreeParseOptions options) {
        return new DocumentReadOptions(maxBytes, maxUnzippedBytes, maxPages, options);
    }

    /**
     * Returns these options with another file-size cap.
     *
     * @param bytes the largest file read, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public DocumentReadOptions withMaxBytes(long bytes) {
        return new DocumentReadOptions(bytes, maxUnzippedBytes, maxPages, parseOptions);
    }

    /**
     * Returns these options with another cap on what a Word file inflates to.
     *
     * @param bytes the most all entries together may inflate to, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public DocumentReadOptions withMaxUnzippedBytes(long bytes) {
        return new DocumentReadOptions(maxBytes, bytes, maxPages, parseOptions);
    }

    /**
     * Returns these options with another page cap.
     *
     * @param pages the most pages of a PDF, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code pages} is below 1
     */
    public DocumentReadOptions withMaxPages(int pages) {
        return new DocumentReadOptions(maxBytes, maxUnzippedBytes, pages, parseOptions);
    }

    /**
     * Returns the cap on the text read from a file, in {@code char}s: the parser's input cap.
     *
     * @return the cap, at least 1
     */
    public int maxChars() {
        return parseOptions.maxLength();
    }
}
