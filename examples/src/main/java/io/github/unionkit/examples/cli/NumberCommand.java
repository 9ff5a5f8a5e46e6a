package io.github.unionkit.examples.cli;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.NumberingScheme;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code union number TEXT}: parses a decree number ("№ 3- 1", "N 27-5", "07", "3-1/27-5") and
 * prints its canonical form, numbering scheme and counters.
 */
@Command(name = "number", mixinStandardHelpOptions = true)
final class NumberCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "TEXT", descriptionKey = "union.number.text")
    private String text;

    NumberCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        DecreeNumber number = DecreeNumber.parse(text);
        Messages m = context.messages();
        TextTable table = TextTable.withHeader()
                .row(m.get("number.input"), text)
                .row(m.get("number.canonical"), number.toString())
                .row(m.get("number.scheme"), m.get("scheme." + number.scheme().name()));
        counter(table, m.get("number.meeting"), number.meetingNumber());
        counter(table, m.get("number.item"), number.itemNumber());
        counter(table, m.get("number.subItem"), number.subItemNumber());
        counter(table, m.get("number.sequence"), number.sequence());
        if (number.scheme() == NumberingScheme.JOINT) {
            StringBuilder parts = new StringBuilder();
            for (DecreeNumber part : number.parts()) {
                parts.append(parts.length() == 0 ? "" : ", ").append(part);
            }
            table.row(m.get("number.parts"), parts);
        }
        table.print(context.out(), "");
        return ExitCode.OK;
    }

    private static void counter(TextTable table, String label, OptionalInt value) {
        if (value.isPresent()) {
            table.row(label, value.getAsInt());
        }
    }
}
