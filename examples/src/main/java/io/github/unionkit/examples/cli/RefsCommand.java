package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.text.DecreeReferenceMatch;
import io.github.unionkit.io.text.DecreeReferences;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code union refs FILE [--on DATE]}: finds the references to other decrees ("№ 5-4 от 20-21 мая
 * 2016 года") in a Russian text and prints each with its place, number, dates and issuer. A decree in
 * JSON prints the references it holds.
 */
@Command(name = "refs", mixinStandardHelpOptions = true)
final class RefsCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "union.refs.file")
    private Path file;

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate documentDate;

    @Option(names = "--format", paramLabel = "text|json")
    private OutputFormat format = OutputFormat.TEXT;

    private Optional<LocalDate> inferredDate = Optional.empty();

    RefsCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        String text = InputFiles.readText(file, m);
        List<Found> found;
        if (InputFiles.looksLikeJson(text)) {
            Resolution resolution = InputFiles.json(file, m,
                    () -> UnionJson.read(UnionJson.mapper(), text, Resolution.class));
            found = resolution.references().stream().map(r -> new Found(r, Optional.empty())).toList();
        } else {
            LocalDate date = documentDate == null ? dateOf(text).orElse(context.today()) : documentDate;
            found = DecreeReferences.findAllLocated(text, date).stream()
                    .map(match -> new Found(match.reference(), Optional.of(position(text, match)))).toList();
        }
        if (format == OutputFormat.JSON) {
            printJson(found);
        } else {
            printText(found);
        }
        return ExitCode.OK;
    }

    /** The adoption date of a decree text, when the text is a decree whose header states one. */
    private Optional<LocalDate> dateOf(String text) {
        try {
            DecreeParseResult result = DecreeTextParser.parse(text);
            if (result.resolution().documentDate().isPresent()) {
                inferredDate = result.resolution().documentDate();
            }
            return inferredDate;
        } catch (DecreeParseException e) {
            return Optional.empty();
        }
    }

    private record Found(DecreeReference reference, Optional<String> position) {
    }

    /** "line:column", both 1-based. */
    private static String position(String text, DecreeReferenceMatch match) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < match.span().start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (match.span().start() - lineStart + 1);
    }

    private void printText(List<Found> found) {
        Messages m = context.messages();
        Formats f = new Formats(m);
        context.out().println(m.get("refs.title", file, found.size()));
        if (inferredDate.isPresent()) {
            context.out().println(m.get("refs.dateFromDecree", f.date(inferredDate.get())));
        } else if (documentDate == null && !found.isEmpty() && found.get(0).position().isPresent()) {
            context.out().println(m.get("refs.dateNote", f.date(context.today())));
        }
        if (!found.isEmpty()) {
            TextTable table = TextTable.withHeader(m.get("refs.where"), m.get("refs.number"), m.get("refs.dates"),
                    m.get("refs.issuer"), m.get("refs.asWritten"));
            for (Found item : found) {
                DecreeReference reference = item.reference();
                String issuer = reference.issuerKind().map(k -> m.get("body." + k.name()))
                        .or(reference::issuerAsWritten).orElse("—");
                table.row(item.position().orElse("—"), reference.number(), dates(reference.dates(), f), issuer,
                        Formats.shorten(reference.asWritten(), 40));
            }
            table.print(context.out(), "  ");
        }
        context.out().flush();
    }

    private static String dates(LocalDateRange dates, Formats f) {
        return f.window(dates);
    }

    private void printJson(List<Found> found) {
        JsonMapper mapper = UnionJson.prettyMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        ArrayNode references = root.putArray("references");
        for (Found item : found) {
            ObjectNode node = references.addObject();
            item.position().ifPresent(p -> node.put("position", p));
            node.set("reference", mapper.valueToTree(item.reference()));
        }
        context.out().println(mapper.writeValueAsString(root));
        context.out().flush();
    }
}
