package io.github.unionkit.io.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The file formats of a membership registry.
 */
public enum RegistryFormat {

    /**
     * JSON Lines: one registry record (a JSON object) per line, UTF-8, {@code "\n"} or
     * {@code "\r\n"} line ends, blank lines ignored. Extensions {@code .jsonl}, {@code .ndjson}.
     */
    JSON_LINES,

    /**
     * CSV (RFC 4180, as Jackson's CSV format reads it): a header row naming the columns, then one
     * record per row, UTF-8, comma-separated, fields quoted with {@code "} when needed; an empty cell
     * is an absent value. Extension {@code .csv}.
     */
    CSV;

    /**
     * Returns the format a file name's extension implies.
     *
     * @param file the file, not null
     * @return the format
     * @throws IllegalArgumentException if the extension is none of {@code .jsonl}, {@code .ndjson},
     *     {@code .csv}
     */
    public static RegistryFormat of(Path file) {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw new IllegalArgumentException("unknown registry file extension (expected .jsonl, .ndjson or .csv)");
    }
}
