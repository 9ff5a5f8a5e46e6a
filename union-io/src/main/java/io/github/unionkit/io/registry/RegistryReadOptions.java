package io.github.unionkit.io.registry;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import java.util.Objects;

/**
 * How a registry file is read: the limits for one record and what to do with unknown properties or
 * columns.
 *
 * <p>The longest line is {@link JsonLimits#maxDocumentLength()} bytes; a longer JSON Lines line is
 * rejected as {@link Rejection.Reason#LINE_TOO_LONG} and skipped without being held in memory, a
 * longer CSV line ends the read (quoted CSV fields span lines, so there is no safe place to resume).
 *
 * @param limits the limits for one record, normally {@link JsonLimits#registryRecord()}
 * @param unknownProperties what to do with unknown properties (JSON Lines) or columns (CSV)
 */
public record RegistryReadOptions(JsonLimits limits, UnknownPropertyPolicy unknownProperties) {

    private static final RegistryReadOptions DEFAULTS =
            new RegistryReadOptions(JsonLimits.registryRecord(), UnknownPropertyPolicy.FAIL);

    /**
     * Checks the values.
     *
     * @param limits the limits for one record
     * @param unknownProperties the unknown-property policy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the document length limit exceeds 16&nbsp;MiB (a line is
     *     held in memory while it is read)
     */
    public RegistryReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(unknownProperties, "unknownProperties");
        if (limits.maxDocumentLength() > 16L * 1024 * 1024) {
            throw new IllegalArgumentException("a registry line may be at most 16 MiB: " + limits.maxDocumentLength());
        }
    }

    /**
     * Returns the defaults: {@link JsonLimits#registryRecord()} and {@link UnknownPropertyPolicy#FAIL}.
     *
     * @return the default options
     */
    public static RegistryReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another unknown-property policy.
     *
     * @param policy the policy, not null
     * @return the new options
     */
    public RegistryReadOptions withUnknownProperties(UnknownPropertyPolicy policy) {
        return new RegistryReadOptions(limits, policy);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param newLimits the limits, not null
     * @return the new options
     */
    public RegistryReadOptions withLimits(JsonLimits newLimits) {
        return new RegistryReadOptions(newLimits, unknownProperties);
    }

    /**
     * Returns the longest line in bytes.
     *
     * @return the line length limit
     */
    public int maxLineLength() {
        return (int) limits.maxDocumentLength();
    }
}
