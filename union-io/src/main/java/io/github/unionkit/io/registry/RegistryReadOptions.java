package io.github.unionkit.io.registry;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How a registry file is read: the limits for one record and what to do with unknown properties or
 * columns.
 *
 * <p>The longest line is {@link JsonLimits#maxDocumentLength()} bytes; a longer JSON Lines line is
 * rejected as {@link Rejection.Reason#LINE_TOO_LONG} and skipped without being held in memory, a
 * longer CSV line ends the read (quoted CSV fields span lines, so there is no safe place to resume).
 *
 * <p>CSV files are read as people save them (decision 0029): a UTF-8 byte-order mark is skipped; the
 * encoding is UTF-8 or Windows-1251, detected from the first 64&nbsp;KiB unless {@link #csvCharset()}
 * names it; the separator is {@code ,}, {@code ;} or a tab, detected from the header unless
 * {@link #csvDelimiter()} names it.
 *
 * @param limits the limits for one record, normally {@link JsonLimits#registryRecord()}
 * @param unknownProperties what to do with unknown properties (JSON Lines) or columns (CSV)
 * @param csvCharset the encoding of CSV files (UTF-8 or Windows-1251), or empty to detect it
 * @param csvDelimiter the separator of CSV cells, or empty to detect it from the header
 */
public record RegistryReadOptions(JsonLimits limits, UnknownPropertyPolicy unknownProperties,
        Optional<Charset> csvCharset, Optional<Character> csvDelimiter) {

    /** The encoding of Russian Excel's "CSV (разделители — запятые)". */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final RegistryReadOptions DEFAULTS =
            new RegistryReadOptions(JsonLimits.registryRecord(), UnknownPropertyPolicy.FAIL);

    /**
     * Checks the values.
     *
     * @param limits the limits for one record
     * @param unknownProperties the unknown-property policy
     * @param csvCharset the CSV encoding, or empty to detect it
     * @param csvDelimiter the CSV separator, or empty to detect it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the document length limit exceeds 16&nbsp;MiB (a line is
     *     held in memory while it is read), the charset is neither UTF-8 nor Windows-1251, or the
     *     separator is not {@code ,}, {@code ;} or a tab
     */
    public RegistryReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(unknownProperties, "unknownProperties");
        Objects.requireNonNull(csvCharset, "csvCharset");
        Objects.requireNonNull(csvDelimiter, "csvDelimiter");
        if (limits.maxDocumentLength() > 16L * 1024 * 1024) {
            throw new IllegalArgumentException("a registry line may be at most 16 MiB: " + limits.maxDocumentLength());
        }
        if (csvCharset.isPresent() && !csvCharset.get().equals(StandardCharsets.UTF_8)
                && !csvCharset.get().equals(WINDOWS_1251)) {
            throw new IllegalArgumentException("a registry CSV is UTF-8 or windows-1251: " + csvCharset.get());
        }
        if (csvDelimiter.isPresent() && ",;\t".indexOf(csvDelimiter.get()) < 0) {
            throw new IllegalArgumentException("a CSV separator is a comma, a semicolon or a tab");
        }
    }

    /**
     * Creates options that detect the CSV encoding and separator.
     *
     * @param limits the limits for one record
     * @param unknownProperties the unknown-property policy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the document length limit exceeds 16&nbsp;MiB
     */
    public RegistryReadOptions(JsonLimits limits, UnknownPropertyPolicy unknownProperties) {
        this(limits, unknownProperties, Optional.empty(), Optional.empty());
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
        return new RegistryReadOptions(limits, policy, csvCharset, csvDelimiter);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param newLimits the limits, not null
     * @return the new options
     */
    public RegistryReadOptions withLimits(JsonLimits newLimits) {
        return new RegistryReadOptions(newLimits, unknownProperties, csvCharset, csvDelimiter);
    }

    /**
     * Returns a copy that reads CSV files in the given encoding instead of detecting it.
     *
     * @param charset {@code StandardCharsets.UTF_8} or {@link #WINDOWS_1251}, not null
     * @return the new options
     * @throws IllegalArgumentException if the charset is another one
     */
    public RegistryReadOptions withCsvCharset(Charset charset) {
        return new RegistryReadOptions(limits, unknownProperties, Optional.of(charset), csvDelimiter);
    }

    /**
     * Returns a copy that reads CSV cells separated by the given character instead of detecting it.
     *
     * @param delimiter {@code ','}, {@code ';'} or {@code '\t'}
     * @return the new options
     * @throws IllegalArgumentException if the separator is another character
     */
    public RegistryReadOptions withCsvDelimiter(char delimiter) {
        return new RegistryReadOptions(limits, unknownProperties, csvCharset, Optional.of(delimiter));
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
