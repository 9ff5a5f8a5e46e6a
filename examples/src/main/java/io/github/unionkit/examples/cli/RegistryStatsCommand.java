package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.EmployeeCounts;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.RegistryStatistics;
import io.github.unionkit.model.member.Coverage;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code union registry stats FILE --organizations FILE --from DATE --to DATE [--organization ID]
 * [--employees FILE] [--coverage-on DATE] [--format text|json]}: the yearly statistics of an
 * organization and its subtree ({@link RegistryStatistics}), streamed from the registry. Exit code 0,
 * or 2 on bad input. No output names a member.
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class RegistryStatsCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "union.registry.stats.file")
    private Path file;

    @Option(names = "--organizations", paramLabel = "FILE", required = true)
    private Path organizationsFile;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, required = true)
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, required = true)
    private LocalDate to;

    @Option(names = "--organization", paramLabel = "ID")
    private String organization;

    @Option(names = "--employees", paramLabel = "FILE")
    private Path employeesFile;

    @Option(names = "--coverage-on", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate coverageOn;

    @Option(names = "--format", paramLabel = "text|json")
    private OutputFormat format = OutputFormat.TEXT;

    @Mixin
    private InputLimits inputLimits = new InputLimits();

    @Mixin
    private CsvDialectOptions csvDialect = new CsvDialectOptions();

    @Mixin
    private ProgressOptions progress = new ProgressOptions();

    RegistryStatsCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        InputFiles.requireFile(file, m);
        RegistryFormat registryFormat = InputFiles.registryFormat(file, m);
        if (from.isAfter(to)) {
            throw new BadInputException(m.get("error.statsPeriod", from, to));
        }
        EmployeeCounts employees = EmployeeCounts.none();
        if (employeesFile != null) {
            InputFiles.requireFile(employeesFile, m);
            try {
                employees = EmployeeCounts.read(employeesFile);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(m.get("error.employees", employeesFile, e.getMessage()), e);
            }
        }
        OrganizationTree tree = RegistryLoader.streamTree(organizationsFile, inputLimits.limits(m), m);
        OrganizationId id = organizationId(tree, m);
        RegistryStatistics.Builder builder = RegistryStatistics.builder(tree, id, LocalDateRange.ofClosed(from, to))
                .employees(employees).coverageOn(coverageOn == null ? to : coverageOn);
        long[] readAndRejected = progress.read(context, file, registryFormat, csvDialect.readOptions(m), reader -> {
            long[] counts = new long[2];
            Optional<RegistryRow> row;
            while ((row = reader.next()).isPresent()) {
                counts[0]++;
                if (row.get().hasMember()) {
                    builder.add(row.get().member().orElseThrow());
                } else {
                    counts[1]++;
                }
            }
            return counts;
        });
        long read = readAndRejected[0];
        long rejected = readAndRejected[1];
        if (rejected > 0) {
            context.err().println(m.get("stats.rejected", new Formats(m).count(rejected), file));
        }
        RegistryStatistics stats = builder.build();
        String name = name(tree.get(id), to);
        if (format == OutputFormat.JSON) {
            printJson(stats, name, read, rejected);
        } else {
            printText(stats, name, read, rejected);
        }
        context.err().flush();
        return ExitCode.OK;
    }

    private OrganizationId organizationId(OrganizationTree tree, Messages m) {
        if (organization == null) {
            List<Organization> roots = tree.roots();
            if (roots.size() != 1) {
                throw new BadInputException(m.get("error.statsRoots", organizationsFile));
            }
            return roots.get(0).id();
        }
        OrganizationId id;
        try {
            id = OrganizationId.parse(organization);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(m.get("error.statsOrganization", organization, organizationsFile), e);
        }
        if (!tree.contains(id)) {
            throw new BadInputException(m.get("error.statsOrganization", organization, organizationsFile));
        }
        return id;
    }

    private static String name(Organization organization, LocalDate date) {
        return organization.nameAsOf(date).orElse(organization.currentName()).fullName();
    }

    private void printText(RegistryStatistics stats, String name, long read, long rejected) {
        Messages m = context.messages();
        Formats f = new Formats(m);
        PrintWriter out = context.out();
        out.println(m.get("stats.title", file));
        TextTable summary = TextTable.withHeader()
                .row(m.get("stats.organization"), name)
                .row(m.get("stats.period"), f.date(from) + " – " + f.date(to))
                .row(m.get("registry.read"), f.count(read))
                .row(m.get("registry.rejected"), f.count(rejected));
        summary.print(out, "");
        out.println();
        RegistryStatistics.Figures own = stats.own();
        RegistryStatistics.Figures sub = stats.subtree();
        TextTable table = TextTable.withHeader("", m.get("stats.own"), m.get("stats.subtree"));
        table.row(m.get("stats.admissions"), f.count(own.admissions()), f.count(sub.admissions()));
        table.row(m.get("stats.exits"), f.count(own.exits()), f.count(sub.exits()));
        for (ExitReason reason : ExitReason.values()) {
            if (sub.exits(reason) > 0) {
                table.row("  " + m.get("exitReason." + reason.name()), f.count(own.exits(reason)),
                        f.count(sub.exits(reason)));
            }
        }
        table.row(m.get("stats.transfersIn"), f.count(own.transfersIn()), f.count(sub.transfersIn()));
        table.row(m.get("stats.transfersOut"), f.count(own.transfersOut()), f.count(sub.transfersOut()));
        table.row(m.get("stats.membersOn", f.date(stats.asOf())), f.count(own.members().total()),
                f.count(sub.members().total()));
        for (MemberCategory category : MemberCategory.values()) {
            table.row("  " + m.get("category." + category.name()), f.count(own.members().count(category)),
                    f.count(sub.members().count(category)));
        }
        String on = f.date(stats.coverageOn());
        table.row(m.get("stats.employeesOn", on), employees(own, m, f), employees(sub, m, f));
        table.row(m.get("stats.coverageOn", on), coverage(own.coverage(), m), coverage(sub.coverage(), m));
        table.print(out, "  ");
        out.flush();
    }

    private static String employees(RegistryStatistics.Figures figures, Messages m, Formats f) {
        return figures.employees().isPresent() ? f.count(figures.employees().getAsInt()) : m.get("stats.unknown");
    }

    private static String coverage(Optional<Coverage> coverage, Messages m) {
        if (coverage.isEmpty()) {
            return m.get("stats.unknown");
        }
        NumberFormat number = NumberFormat.getNumberInstance(m.locale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(coverage.get().percent()) + " %";
    }

    private void printJson(RegistryStatistics stats, String name, long read, long rejected) {
        JsonMapper mapper = UnionJson.prettyMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        ObjectNode org = root.putObject("organization");
        org.put("id", stats.organization().toString());
        org.put("name", name);
        ObjectNode period = root.putObject("period");
        period.put("from", from.toString());
        period.put("to", to.toString());
        root.put("asOf", stats.asOf().toString());
        root.put("coverageOn", stats.coverageOn().toString());
        root.put("read", read);
        root.put("rejected", rejected);
        figures(root.putObject("own"), stats.own());
        figures(root.putObject("subtree"), stats.subtree());
        context.out().println(mapper.writeValueAsString(root));
        context.out().flush();
    }

    private static void figures(ObjectNode node, RegistryStatistics.Figures figures) {
        node.put("admissions", figures.admissions());
        node.put("exits", figures.exits());
        ObjectNode reasons = node.putObject("exitsByReason");
        figures.exitsByReason().forEach((reason, n) -> reasons.put(reason.name(), n));
        node.put("transfersIn", figures.transfersIn());
        node.put("transfersOut", figures.transfersOut());
        ObjectNode members = node.putObject("members");
        for (MemberCategory category : MemberCategory.values()) {
            members.put(category.name(), figures.members().count(category));
        }
        members.put("total", figures.members().total());
        figures.employees().ifPresent(n -> node.put("employees", n));
        figures.coverage().ifPresent(c -> {
            ObjectNode coverage = node.putObject("coverage");
            coverage.put("members", c.members());
            coverage.put("employees", c.employees());
            coverage.put("percent", c.percent());
        });
    }
}
