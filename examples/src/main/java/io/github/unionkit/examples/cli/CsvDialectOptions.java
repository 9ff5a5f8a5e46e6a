package io.github.unionkit.examples.cli;

import io.github.unionkit.io.registry.RegistryReadOptions;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/**
 * The {@code --csv-encoding utf-8|windows-1251} and {@code --csv-separator ,|;|tab} options of the
 * commands that read a registry: without them both are detected (decision 0029).
 */
final class CsvDialectOptions {

    @Option(names = "--csv-encoding", paramLabel = "utf-8|windows-1251")
    private String encoding;

    @Option(names = "--csv-separator", paramLabel = ",|;|tab")
    private String separator;

    /**
     * Returns the default read options with the encoding and separator the options give.
     *
     * @param messages the texts for the failure reason, not null
     * @return the read options
     * @throws BadInputException if an option has another value
     */
    RegistryReadOptions readOptions(Messages messages) {
        RegistryReadOptions options = RegistryReadOptions.defaults();
        if (encoding != null) {
            switch (encoding.toLowerCase(java.util.Locale.ROOT)) {
                case "utf-8":
                case "utf8":
                    options = options.withCsvCharset(StandardCharsets.UTF_8);
                    break;
                case "windows-1251":
                case "cp1251":
                    options = options.withCsvCharset(RegistryReadOptions.WINDOWS_1251);
                    break;
                default:
                    throw new BadInputException(messages.get("error.csvEncoding"));
            }
        }
        if (separator != null) {
            switch (separator) {
                case ",":
                case ";":
                    options = options.withCsvDelimiter(separator.charAt(0));
                    break;
                case "tab":
                    options = options.withCsvDelimiter('\t');
                    break;
                default:
                    throw new BadInputException(messages.get("error.csvSeparator"));
            }
        }
        return options;
    }
}
