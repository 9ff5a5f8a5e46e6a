package io.github.unionkit.examples.cli;

import io.github.unionkit.io.documents.DecreeWordWriter;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.text.RussianDeadlineRenderer;
import io.github.unionkit.io.text.RussianRenderer;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.time.DeadlineKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code union render [FILE] [--deadline-table] [--format text|json|docx] [--output OUT]}: writes a
 * decree (UnionKit JSON, Russian text, a Word/PDF/HTML file, or the bundled sample) as the Russian text
 * of a decree with {@link RussianRenderer}, deadlines correctly inflected; {@code --format json} writes
 * it in UnionKit JSON instead, {@code --format docx} as a Word file ({@link DecreeWordWriter}) to
 * {@code --output}.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "union.render.file")
    private Path file;

    @Option(names = "--deadline-table")
    private boolean deadlineTable;

    /** What {@code render} writes: the two formats of the other commands, and a Word file. */
    enum RenderFormat { TEXT, JSON, DOCX }

    @Option(names = "--format", paramLabel = "text|json|docx")
    private RenderFormat format = RenderFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT")
    private Path output;

    RenderCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        DecreeLoader.Loaded decree = file == null ? DecreeLoader.sample(Optional.empty(), m) : DecreeLoader.fromFile(file, Optional.empty(), m);
        PrintWriter out = context.out();
        if (format == RenderFormat.DOCX) {
            if (output == null) {
                throw new BadInputException(m.get("error.render.docxNeedsOutput"));
            }
            try {
                Files.write(output, DecreeWordWriter.write(decree.resolution));
            } catch (IOException e) {
                throw new BadInputException(m.get("error.render.cannotWrite", output), e);
            }
            return ExitCode.OK;
        }
        if (format == RenderFormat.JSON) {
            out.print(UnionJson.toDocument(decree.resolution));
        } else {
            out.print(RussianRenderer.render(decree.resolution));
            if (deadlineTable) {
                printDeadlineTable(decree.resolution, out);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** One line per deadline, as the renderer writes it: "3.1.2 — до 29 декабря 2020 года". */
    private static void printDeadlineTable(Resolution resolution, PrintWriter out) {
        out.println();
        out.println("Сроки исполнения:");
        for (Clause clause : resolution.allClauses()) {
            clause.assignment().map(a -> a.deadline()).filter(d -> d.kind() != DeadlineKind.UNSPECIFIED)
                    .ifPresent(d -> out.println(clause.number() + " — " + RussianDeadlineRenderer.render(d)));
            for (SizeBand band : clause.sizeBands()) {
                out.println(clause.number() + " — " + RussianDeadlineRenderer.render(band.deadline())
                        + " (" + band.range() + ")");
            }
        }
    }
}
