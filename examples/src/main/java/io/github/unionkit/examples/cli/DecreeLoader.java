package io.github.unionkit.examples.cli;

import io.github.unionkit.examples.sample.SampleDecree;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.org.OrganizationTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads the decree a command works on: a file (a JSON document in UnionKit's format, or Russian text
 * read by {@link DecreeTextParser}) or the bundled sample, resolution № 3-1 of the Astrakhan regional
 * committee, parsed from its seed text.
 */
final class DecreeLoader {

    /** A loaded decree, where it came from, and what reading it noticed. */
    static final class Loaded {
        final Resolution resolution;
        final String source;
        final boolean sample;
        /** What the parser could not read, or read with a doubt; empty for a JSON document. */
        final List<DecreeParseWarning> warnings;
        /** What reading a Word, PDF or HTML file left out or guessed (page furniture, list formats). */
        final List<DocumentWarning> documentWarnings;

        Loaded(Resolution resolution, String source, boolean sample, List<DecreeParseWarning> warnings,
                List<DocumentWarning> documentWarnings) {
            this.resolution = Objects.requireNonNull(resolution, "resolution");
            this.source = Objects.requireNonNull(source, "source");
            this.sample = sample;
            this.warnings = List.copyOf(warnings);
            this.documentWarnings = List.copyOf(documentWarnings);
        }
    }

    private DecreeLoader() {
    }

    /**
     * Returns the bundled sample: the seed text of resolution № 3-1 ({@link SampleDecree}) read by the
     * decree text parser, the issuer being the sample's regional organization and, when given, the
     * organization tree resolving the names the decree lists.
     *
     * @param organizations the tree to resolve names against, if any
     * @param messages the output texts, not null
     * @return the sample
     */
    static Loaded sample(Optional<OrganizationTree> organizations, Messages messages) {
        DecreeParseOptions options = DecreeParseOptions.defaults();
        if (organizations.isPresent()) {
            options = options.withOrganizations(organizations.get());
        }
        DecreeParseResult result = SampleDecree.parse(options);
        return new Loaded(result.resolution(), messages.get("check.source.sample"), true, result.warnings(), List.of());
    }

    /**
     * Loads a decree file: JSON when its first non-blank character is "{", Russian text otherwise.
     *
     * @param file the file, not null
     * @param organizations the tree the text parser resolves names against, if any
     * @param messages the output texts, not null
     * @return the decree
     * @throws BadInputException if the file cannot be read
     */
    static Loaded fromFile(Path file, Optional<OrganizationTree> organizations, Messages messages) {
        DocumentText document = InputFiles.readDecree(file, messages);
        String text = document.text();
        if (InputFiles.looksLikeJson(text)) {
            Resolution resolution = InputFiles.json(file, messages,
                    () -> UnionJson.read(UnionJson.mapper(), text, Resolution.class));
            return new Loaded(resolution, messages.get("check.source.json", file), false, List.of(), List.of());
        }
        DecreeParseOptions options = DecreeParseOptions.defaults();
        if (organizations.isPresent()) {
            options = options.withOrganizations(organizations.get());
        }
        DecreeParseResult result = DecreeTextParser.parse(text, options);
        return new Loaded(result.resolution(), messages.get("check.source.text", file), false, result.warnings(),
                document.warnings());
    }
}
