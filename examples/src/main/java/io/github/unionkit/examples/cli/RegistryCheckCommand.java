package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code union registry check FILE [--organizations FILE] [--as-of DATE] [--recorded-on DATE]
 * [--max-document-mb MB]}: streams a registry file
 * (JSON Lines or CSV) through the import pipeline and prints read / accepted / rejected, the first
 * rejections with their lines, the counts per level and category, and the routing of territorial
 * organizations through the seed's size tiers. Exit code 0 when every record was accepted, 1 otherwise,
 * and 1 with a warning when the file holds no record at all (zero bytes, blank lines, a CSV header only).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class RegistryCheckCommand implements Callable<Integer> {
    private static final int SHOWN_REJECTIONS = 20;

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "union.registry.check.file")
    private Path file;

    @Option(names = "--organizations", paramLabel = "FILE")
    private Path organizationsFile;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate asOf;

    @Option(names = "--recorded-on", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate recordedOn;

    @Mixin
    private InputLimits inputLimits = new InputLimits();

    @Mixin
    private CsvDialectOptions csvDialect = new CsvDialectOptions();

    @Mixin
    private ProgressOptions progress = new ProgressOptions();

    @Option(names = "--format", paramLabel = "text|json")
    private OutputFormat format = OutputFormat.TEXT;

    /** The tree read from {@code --organizations}, to name organizations; empty without one. */
    private OrganizationTree tree = OrganizationTree.of(java.util.List.of());

    RegistryCheckCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        InputFiles.requireFile(file, m);
        InputFiles.registryFormat(file, m); // refuses an unknown extension in the user's words
        LocalDate date = asOf == null ? context.today() : asOf;
        // counts may be as of any date; only an admission after the registry's own date is an error
        RegistryImport.Builder builder = RegistryImport.builder(date)
                .recordedOn(recordedOn == null ? context.today() : recordedOn)
                .readOptions(csvDialect.readOptions(m));
        if (organizationsFile != null) {
            tree = RegistryLoader.streamTree(organizationsFile, inputLimits.limits(m), m);
            builder.organizations(tree).schedule(SizeTiers.seedClause43());
        }
        RegistryImport registryImport = builder.build();
        ImportReport report = progress.importFile(context, file, registryImport);
        boolean empty = report.read() == 0;
        if (empty) {
            // a zero-byte file, blank lines only or a CSV header only: nothing was checked, which is
            // not a pass (an export that silently produced nothing must not look like a clean registry)
            context.err().println(m.get("registry.empty", file));
            context.err().flush();
        }
        if (format == OutputFormat.JSON) {
            printJson(report, date);
        } else {
            printText(report, date, asOf == null);
        }
        return report.rejected() == 0 && !report.stoppedEarly() && !empty ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    private void printText(ImportReport report, LocalDate date, boolean today) {
        Messages m = context.messages();
        Formats f = new Formats(m);
        PrintWriter out = context.out();
        out.println(m.get("registry.title", file));
        TextTable summary = TextTable.withHeader()
                .row(m.get("registry.asOf"), f.date(date) + (today ? " " + m.get("today") : ""))
                .row(m.get("registry.read"), f.count(report.read()))
                .row(m.get("registry.accepted"), f.count(report.accepted()))
                .row(m.get("registry.rejected"), f.count(report.rejected()))
                .row(m.get("registry.counted"), f.count(report.counted()))
                .row(m.get("registry.warnings"), f.count(report.warnings()));
        if (report.stoppedEarly()) {
            summary.row("", m.get("registry.stoppedEarly"));
        }
        summary.print(out, "  ");

        if (report.rejected() > 0) {
            out.println();
            out.println(m.get("registry.rejectedByReason"));
            TextTable reasons = TextTable.withHeader();
            report.rejectedByReason().forEach((reason, n) -> reasons.row(reason.description(m.locale()), f.count(n)));
            reasons.print(out, "  ");
            out.println();
            List<Rejection> shown = report.rejections().subList(0, Math.min(SHOWN_REJECTIONS, report.rejections().size()));
            out.println(m.get("registry.firstRejections", shown.size()));
            for (Rejection rejection : shown) {
                out.println("  " + rejection.message(m.locale()));
            }
        }

        out.println();
        out.println(m.get("registry.byLevel"));
        TextTable levels = TextTable.withHeader(m.get("registry.level"), m.get("category.EMPLOYEE"),
                m.get("category.NON_WORKING_PENSIONER"), m.get("category.STUDENT"), m.get("registry.total"));
        Map<OrganizationLevel, MembershipCount> byLevel = report.countsByLevel();
        if (byLevel.isEmpty()) {
            levels.row(counts(m.get("registry.allMembers"), report.total(), f));
        }
        byLevel.forEach((level, count) -> levels.row(counts(m.get("level." + level.name()), count, f)));
        levels.print(out, "  ");

        if (!report.routing().isEmpty()) {
            out.println();
            out.println(m.get("registry.routing"));
            TextTable routing = TextTable.withHeader(m.get("routing.band"), m.get("routing.deadline"),
                    m.get("registry.organizations"), m.get("registry.examples"));
            for (Map.Entry<SizeTier, List<OrganizationId>> tier : report.routing().entrySet()) {
                List<OrganizationId> ids = tier.getValue();
                String examples = String.join(", ", ids.subList(0, Math.min(3, ids.size())).stream()
                        .map(id -> nameOf(id, date)).toList()) + (ids.size() > 3 ? ", …" : "");
                routing.row(tier.getKey().range().displayName(m.locale()), tier.getKey().deadline().phrase().orElse(""),
                        f.count(ids.size()), examples);
            }
            routing.print(out, "  ");
        } else if (organizationsFile == null) {
            out.println();
            out.println(m.get("registry.noTree"));
        }
        out.println();
        out.println(report.read() == 0 ? m.get("registry.verdict.empty")
                : report.rejected() == 0 && !report.stoppedEarly() ? m.get("registry.verdict.ok")
                : m.get("registry.verdict.rejected", f.count(report.rejected())));
        out.flush();
    }

    private static Object[] counts(String label, MembershipCount count, Formats f) {
        return new Object[] {label, f.count(count.count(MemberCategory.EMPLOYEE)),
            f.count(count.count(MemberCategory.NON_WORKING_PENSIONER)), f.count(count.count(MemberCategory.STUDENT)),
            f.count(count.total())};
    }

    /** An organization as people name it: its short name as of the date, else its full name. */
    private String nameOf(OrganizationId id, LocalDate date) {
        return tree.find(id).map(o -> {
            var name = o.nameAsOf(date).orElse(o.currentName());
            return name.shortName().orElse(name.fullName());
        }).orElse(id.toString());
    }

    private void printJson(ImportReport report, LocalDate date) {
        JsonMapper mapper = UnionJson.prettyMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        root.put("asOf", date.toString());
        root.put("read", report.read());
        root.put("accepted", report.accepted());
        root.put("rejected", report.rejected());
        root.put("counted", report.counted());
        root.put("warnings", report.warnings());
        root.put("stoppedEarly", report.stoppedEarly());
        root.put("empty", report.read() == 0);
        ObjectNode reasons = root.putObject("rejectedByReason");
        report.rejectedByReason().forEach((reason, n) -> reasons.put(reason.name(), n));
        ArrayNode rejections = root.putArray("rejections");
        for (Rejection rejection : report.rejections()) {
            ObjectNode node = rejections.addObject();
            node.put("line", rejection.line());
            node.put("reason", rejection.reason().name());
            node.put("field", rejection.field());
            node.put("detail", rejection.detail());
            node.put("message", rejection.message(context.messages().locale()));
            rejection.memberId().ifPresent(id -> node.put("memberId", id.toString()));
            rejection.earlierLine().ifPresent(line -> node.put("earlierLine", line));
            rejection.column().ifPresent(column -> node.put("column", column));
        }
        root.set("total", mapper.valueToTree(report.total()));
        ObjectNode levels = root.putObject("countsByLevel");
        report.countsByLevel().forEach((level, count) -> levels.set(level.name(), mapper.valueToTree(count)));
        ArrayNode routing = root.putArray("routing");
        report.routing().forEach((tier, ids) -> {
            ObjectNode node = routing.addObject();
            node.set("range", mapper.valueToTree(tier.range()));
            node.set("deadline", mapper.valueToTree(tier.deadline()));
            ArrayNode organizations = node.putArray("organizations");
            ids.forEach(id -> organizations.add(id.toString()));
        });
        context.out().println(mapper.writeValueAsString(root));
        context.out().flush();
    }
}
