package io.github.unionkit.io.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a UnionKit JSON parser enforces before any value is built: how deep documents may nest,
 * how long a document, a string, a number or a property name may be, and how many tokens a document
 * may hold.
 *
 * <p>The limits turn hostile input (deeply nested arrays, 100&nbsp;MB strings, numbers with a
 * million digits, endless whitespace) into a {@link JsonInputException} with a location instead of
 * an {@code OutOfMemoryError}, a stack overflow or a hang. {@link #defaults()} suits interchange
 * documents such as an organization tree of a whole union or a resolution; {@link #registryRecord()}
 * suits one line of a registry file. All limits are positive.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, at least 1
 * @param maxDocumentLength the longest document in bytes (or characters for text input), at least 1
 * @param maxStringLength the longest string value in characters, at least 1
 * @param maxNumberLength the longest number literal in characters, at least 1
 * @param maxNameLength the longest property name in characters, at least 1
 * @param maxTokenCount the most tokens in one document, at least 1
 */
public record JsonLimits(
        int maxNestingDepth,
        long maxDocumentLength,
        int maxStringLength,
        int maxNumberLength,
        int maxNameLength,
        long maxTokenCount) {

    private static final JsonLimits DEFAULTS =
            new JsonLimits(64, 256L * 1024 * 1024, 1024 * 1024, 64, 256, 50_000_000L);
    private static final JsonLimits REGISTRY_RECORD =
            new JsonLimits(8, 64L * 1024, 4096, 32, 64, 1_000L);

    /**
     * Checks that every limit is positive.
     *
     * @param maxNestingDepth the deepest nesting
     * @param maxDocumentLength the longest document
     * @param maxStringLength the longest string
     * @param maxNumberLength the longest number
     * @param maxNameLength the longest property name
     * @param maxTokenCount the most tokens
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public JsonLimits {
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxDocumentLength", maxDocumentLength);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxNameLength", maxNameLength);
        positive("maxTokenCount", maxTokenCount);
    }

    /**
     * Returns the limits for interchange documents: nesting 64, document 256&nbsp;MiB, strings
     * 1&nbsp;Mi characters, numbers 64 digits, names 256 characters, 50 million tokens.
     *
     * @return the default limits
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the limits for one registry record (one JSON Lines line): nesting 8, document
     * 64&nbsp;KiB, strings 4,096 characters, numbers 32 digits, names 64 characters, 1,000 tokens.
     *
     * @return the registry record limits
     */
    public static JsonLimits registryRecord() {
        return REGISTRY_RECORD;
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the deepest nesting, at least 1
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(depth, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount);
    }

    /**
     * Returns a copy with another document length limit.
     *
     * @param length the longest document, at least 1
     * @return the new limits
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(maxNestingDepth, length, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param length the longest string value, at least 1
     * @return the new limits
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxNestingDepth, maxDocumentLength, length, maxNumberLength, maxNameLength,
                maxTokenCount);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param length the longest number literal, at least 1
     * @return the new limits
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, length, maxNameLength,
                maxTokenCount);
    }

    /**
     * Returns a copy with another token count limit.
     *
     * @param count the most tokens in one document, at least 1
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public JsonLimits withMaxTokenCount(long count) {
        return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength,
                maxNameLength, count);
    }

    /**
     * Returns these limits as Jackson's stream read constraints.
     *
     * @return the equivalent constraints
     */
    public StreamReadConstraints toStreamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentLength)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .maxTokenCount(maxTokenCount)
                .build();
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
