package io.github.unionkit.examples.cli;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads what a decree is checked against: the organization tree and the membership counts of every
 * subtree as of a date, from files (a tree in JSON, a registry in JSON Lines or CSV, streamed) or from
 * the bundled illustrative sample.
 */
final class RegistryLoader {

    /** The organization tree, the subtree counts (if a registry was read) and where they came from. */
    static final class Loaded {
        final OrganizationTree tree;
        final Optional<Map<OrganizationId, MembershipCount>> subtreeCounts;
        final LocalDate countsAsOf;
        final String source;
        final boolean illustrative;
        final Optional<ImportReport> importReport;

        Loaded(OrganizationTree tree, Optional<Map<OrganizationId, MembershipCount>> subtreeCounts,
                LocalDate countsAsOf, String source, boolean illustrative, Optional<ImportReport> importReport) {
            this.tree = Objects.requireNonNull(tree, "tree");
            this.subtreeCounts = Objects.requireNonNull(subtreeCounts, "subtreeCounts");
            this.countsAsOf = Objects.requireNonNull(countsAsOf, "countsAsOf");
            this.source = Objects.requireNonNull(source, "source");
            this.illustrative = illustrative;
            this.importReport = Objects.requireNonNull(importReport, "importReport");
        }
    }

    private RegistryLoader() {
    }

    /**
     * Returns the bundled illustrative registry of the Astrakhan region with its counts as of a date.
     *
     * @param countsAsOf the date of the counts, not null
     * @param messages the output texts, not null
     * @return the sample registry
     */
    static Loaded sample(LocalDate countsAsOf, Messages messages) {
        OrganizationTree tree = sampleTree();
        Map<OrganizationId, MembershipCount> own = MembershipRegistry.of(AstrakhanSample.members()).countsAsOf(countsAsOf);
        return new Loaded(tree, Optional.of(MembershipCount.subtreeCounts(tree, own)), countsAsOf,
                messages.get("check.registry.sample", new Formats(messages).count(AstrakhanSample.members().size())), true, Optional.empty());
    }

    /**
     * Returns the organization tree of the bundled illustrative sample.
     *
     * @return the tree
     */
    static OrganizationTree sampleTree() {
        return OrganizationTree.of(AstrakhanSample.organizations());
    }

    /**
     * Reads an organization tree in UnionKit's JSON format ({@code {"organizations": [...]}}).
     *
     * @param file the file, not null
     * @param messages the output texts, not null
     * @return the tree
     * @throws BadInputException if the file cannot be read
     */
    static OrganizationTree tree(Path file, Messages messages) {
        String json = InputFiles.readText(file, messages);
        return InputFiles.json(file, messages, () -> UnionJson.read(UnionJson.mapper(), json, OrganizationTree.class));
    }

    /**
     * Reads an organization tree in UnionKit's JSON format as a stream (one organization at a time,
     * never the whole document as a tree), within the given limits: a national tree of 25&nbsp;MB reads
     * in a small heap.
     *
     * @param file the file, not null
     * @param limits the limits of the document, not null
     * @param messages the output texts, not null
     * @return the tree
     * @throws BadInputException if the file is missing, a directory, or longer than the limits allow
     * @throws io.github.unionkit.io.json.JsonInputException if the document is not a valid tree
     */
    static OrganizationTree streamTree(Path file, JsonLimits limits, Messages messages) {
        if (!Files.exists(file)) {
            throw new BadInputException(messages.get("error.noSuchFile", file));
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(messages.get("error.directory", file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return UnionJson.read(UnionJson.builder().limits(limits).build(), in, OrganizationTree.class);
        } catch (JsonInputException e) {
            if (e.errorType() == JsonInputException.ErrorType.DOCUMENT_TOO_LONG) {
                throw new BadInputException(messages.get("error.documentTooLarge", file,
                        limits.maxDocumentLength() / (1024 * 1024)), e);
            }
            throw new BadInputException(messages.get("error.inFile", file, e.message(messages.locale())), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams a registry file, if any, into the subtree counts of an organization tree.
     *
     * @param tree the organization tree, not null
     * @param organizations the file the tree was read from, not null
     * @param registry the registry file, if any
     * @param countsAsOf the date of the counts, not null
     * @param context the command line's context (texts, stderr for the progress bar), not null
     * @param progress when to draw the progress bar, not null
     * @return the tree with its counts
     * @throws BadInputException if a file cannot be read
     */
    static Loaded fromFiles(OrganizationTree tree, Path organizations, Optional<Path> registry, LocalDate countsAsOf,
            CliContext context, ProgressOptions progress) {
        Messages messages = context.messages();
        if (registry.isEmpty()) {
            return new Loaded(tree, Optional.empty(), countsAsOf, messages.get("check.registry.treeOnly", organizations),
                    false, Optional.empty());
        }
        Path file = registry.get();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(messages.get("error.noSuchFile", file));
        }
        InputFiles.registryFormat(file, messages); // refuses an unknown extension in the user's words
        ImportReport report = progress.importFile(context, file, RegistryImport.builder(countsAsOf).organizations(tree).build());
        return new Loaded(tree, Optional.of(report.subtreeCounts()), countsAsOf,
                messages.get("check.registry.files", file, organizations), false, Optional.of(report));
    }
}
