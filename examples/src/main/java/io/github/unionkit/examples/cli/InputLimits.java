package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.JsonLimits;
import picocli.CommandLine.Option;

/**
 * The {@code --max-document-mb MB} option of the commands that read an organization tree: the JSON
 * documents they read follow the library's {@link JsonLimits#defaults()} (256&nbsp;MiB), and this
 * option raises or lowers the document length limit.
 */
final class InputLimits {

    private static final long MIB = 1024L * 1024;
    private static final long MAX_MIB = 64L * 1024;

    @Option(names = "--max-document-mb", paramLabel = "MB")
    private Long maxDocumentMb;

    /**
     * Returns the limits the option asks for.
     *
     * @param messages the texts for the failure reason, not null
     * @return {@link JsonLimits#defaults()}, with the document length of the option if it is given
     * @throws BadInputException if the option is below 1 or above 65,536
     */
    JsonLimits limits(Messages messages) {
        if (maxDocumentMb == null) {
            return JsonLimits.defaults();
        }
        if (maxDocumentMb < 1 || maxDocumentMb > MAX_MIB) {
            throw new BadInputException(messages.get("error.maxDocumentMb", maxDocumentMb, MAX_MIB));
        }
        return JsonLimits.defaults().withMaxDocumentLength(maxDocumentMb * MIB);
    }
}
