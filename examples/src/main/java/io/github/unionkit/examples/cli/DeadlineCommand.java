package io.github.unionkit.examples.cli;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DeadlineParseOptions;
import io.github.unionkit.io.text.RussianDeadlineRenderer;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UntilDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code union deadline PHRASE --on DATE}: reads a Russian deadline phrase as written in a decree of
 * that date and prints its kind, window, last day, status and the phrase rendered back.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true)
final class DeadlineCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "PHRASE", descriptionKey = "union.deadline.phrase")
    private String phrase;

    @Option(names = "--on", required = true, paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate documentDate;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate asOf;

    @Option(names = "--until", paramLabel = "exclusive|inclusive")
    private UntilPolicy untilPolicy = UntilPolicy.EXCLUSIVE;

    DeadlineCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        Formats formats = new Formats(m);
        Deadline deadline;
        try {
            deadline = RussianDeadlines.parse(phrase, documentDate,
                    DeadlineParseOptions.defaults().withUntilPolicy(untilPolicy));
        } catch (DeadlineParseException e) {
            throw new BadInputException(m.get("deadline.error", e.errorType().description(m.locale()),
                    e.index() + 1, phrase), e);
        }
        LocalDate statusDate = asOf == null ? context.today() : asOf;
        TextTable table = TextTable.withHeader()
                .row(m.get("deadline.phrase"), phrase)
                .row(m.get("deadline.documentDate"), formats.date(documentDate))
                .row(m.get("deadline.kind"), m.get("kind." + deadline.kind().name()))
                .row(m.get("deadline.windowLabel"), formats.window(deadline.window()))
                .row(m.get("deadline.lastDay"), deadline.lastDay().map(formats::date).orElse(m.get("deadline.noLastDay")));
        if (deadline instanceof UntilDeadline) {
            UntilPolicy policy = ((UntilDeadline) deadline).policy();
            table.row(m.get("deadline.policyLabel"), m.get("deadline.policyExplained." + policy.name()));
        }
        table.row(m.get("deadline.rendered"), RussianDeadlineRenderer.render(deadline))
                .row(m.get("deadline.status", formats.date(statusDate)) + (asOf == null ? " " + m.get("today") : ""),
                        formats.status(deadline.statusAsOf(statusDate)));
        table.print(context.out(), "");
        return ExitCode.OK;
    }
}
