package io.github.unionkit.examples.cli;

import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Prints a {@link CheckResult} for people: header, clause tree, routing table, violations, verdict. */
final class CheckTextReport {
    private final Messages m;
    private final Formats formats;

    CheckTextReport(Messages messages) {
        this.m = Objects.requireNonNull(messages, "messages");
        this.formats = new Formats(messages);
    }

    void print(CheckResult result, boolean asOfToday, PrintWriter out) {
        Resolution resolution = result.decree.resolution;
        String unknown = m.get("check.unknown");
        out.println(m.get("check.title", resolution.number().map(Object::toString).orElse(unknown),
                resolution.documentDate().map(formats::date).orElse(unknown))
                + (resolution.draft() ? " " + m.get("check.draft") : ""));
        TextTable header = TextTable.withHeader()
                .row(m.get("check.issuer"), resolution.issuerName().orElse(unknown) + " ("
                        + resolution.issuerKind().map(k -> m.get("body." + k.name())).orElse(unknown) + ", "
                        + resolution.issuerOrganization().map(Object::toString).orElse(unknown) + ")")
                .row(m.get("check.titleLabel"), resolution.title().orElse(unknown));
        resolution.place().ifPresent(place -> header.row(m.get("check.place"), place));
        header.row(m.get("check.decree"), result.decree.source);
        header.row(m.get("check.registry"), result.registry.map(r -> r.source).orElse(m.get("check.registry.none")));
        result.registry.flatMap(r -> r.importReport).ifPresent(r -> header.row("", m.get("check.registry.import",
                formats.count(r.read()), formats.count(r.accepted()), formats.count(r.rejected()), formats.count(r.counted()))));
        result.registry.filter(r -> r.illustrative)
                .ifPresent(r -> header.row("", m.get("check.registry.illustrative")));
        header.row(m.get("check.asOf"), formats.date(result.asOf) + (asOfToday ? " " + m.get("today") : ""));
        header.print(out, "  ");
        for (DocumentWarning warning : result.decree.documentWarnings) {
            out.println("  ! " + warning.message(m.locale()));
        }
        for (DecreeParseWarning warning : result.decree.warnings) {
            out.println("  ! " + warning.message(m.locale()));
        }
        if (!result.nameMatches.isEmpty()) {
            out.println();
            out.println(m.get("check.nameMatches"));
            for (SizeBandNames.Match match : result.nameMatches) {
                out.println("    «" + match.asWritten + "» → " + match.organization.currentName().shortName()
                        .orElse(match.organization.currentName().fullName()) + " (" + match.organization.id() + ")");
            }
        }

        out.println();
        out.println(m.get("check.clauses", formats.date(result.asOf)));
        for (CheckResult.ClauseRow row : result.clauses) {
            printClause(out, row);
        }

        if (!result.routing.isEmpty()) {
            out.println();
            printRouting(out, result);
        }

        out.println();
        printViolations(out, result);
        out.println();
        Map<Severity, Integer> counts = result.report.countBySeverity();
        int infos = counts.getOrDefault(Severity.INFO, 0);
        switch (result.verdict()) {
            case VALID:
                out.println(m.get("check.verdict.valid", result.warnings(), infos));
                break;
            case VALID_WITH_WARNINGS:
                out.println(m.get("check.verdict.validWithWarnings", result.warnings(), infos));
                break;
            default:
                out.println(m.get("check.verdict.invalid", result.errors(), result.warnings(), infos));
                break;
        }
        out.flush();
    }

    private void printClause(PrintWriter out, CheckResult.ClauseRow row) {
        Clause clause = row.clause;
        String indent = "  " + "  ".repeat(row.depth);
        String number = clause.number() + ". ";
        out.println(indent + number + Formats.shorten(clause.text(), indent.length() + number.length()));
        if (clause.assignment().isPresent()) {
            Deadline deadline = clause.assignment().get().deadline();
            String pad = indent + " ".repeat(number.length());
            if (deadline.kind() == DeadlineKind.UNSPECIFIED && !clause.sizeBands().isEmpty()) {
                out.println(pad + "→ " + m.get("check.deadlinesPerBand"));
            } else if (deadline.kind() == DeadlineKind.UNSPECIFIED) {
                out.println(pad + "→ " + m.get("deadline.unspecified"));
            } else {
                out.println(pad + "→ " + formats.deadline(deadline) + " — "
                        + row.status.map(formats::status).orElse("").toUpperCase(m.locale()));
            }
        }
    }

    private void printRouting(PrintWriter out, CheckResult result) {
        Clause current = null;
        TextTable table = null;
        for (CheckResult.RoutingRow row : result.routing) {
            if (row.clause != current) {
                if (table != null) {
                    table.print(out, "  ");
                    out.println();
                }
                current = row.clause;
                out.println(result.registry.isPresent()
                        ? m.get("check.routing", current.number(), formats.date(result.registry.get().countsAsOf))
                        : m.get("check.routing.noRegistry", current.number()));
                table = TextTable.withHeader(m.get("routing.band"), m.get("routing.deadline"), m.get("routing.organization"),
                        m.get("routing.members"), m.get("routing.listed"), m.get("routing.check"));
            }
            List<SizeBand> bands = row.clause.sizeBands();
            int bandIndex = row.expectedBand.orElse(row.listedBand.orElse(-1));
            String band = bandIndex < 0 ? "—" : bandLabel(bands.get(bandIndex));
            String deadline = bandIndex < 0 ? "—" : bands.get(bandIndex).deadline().phrase()
                    .orElse(formats.window(bands.get(bandIndex).deadline().window()));
            String members = row.members.isPresent() ? formats.count(row.members.getAsInt()) : "—";
            String listed = row.listedBand.isPresent()
                    ? m.get("routing.listedIn", bandLabel(bands.get(row.listedBand.getAsInt()))) : m.get("routing.notListed");
            String check;
            if (result.registry.isEmpty() || row.organization.isPresent() && row.members.isEmpty()) {
                check = "";
            } else if (row.organization.isEmpty()) {
                check = m.get("routing.unknown");
            } else if (row.listedBand.isEmpty()) {
                // not in any band of the decree: say that, not "wrong band"
                check = "✗ " + m.get("routing.notListedCheck");
            } else {
                check = row.agrees() ? "✓ " + m.get("routing.ok") : "✗ " + m.get("routing.mismatch");
            }
            table.row(band, deadline, row.nameAsWritten, members, listed, check);
        }
        if (table != null) {
            table.print(out, "  ");
        }
    }

    private String bandLabel(SizeBand band) {
        return band.range().displayName(m.locale());
    }

    private void printViolations(PrintWriter out, CheckResult result) {
        List<Violation> violations = result.report.violations();
        if (violations.isEmpty()) {
            out.println(m.get("check.noViolations"));
            return;
        }
        out.println(m.get("check.violations", violations.size()));
        TextTable table = TextTable.withHeader();
        for (Severity severity : Severity.values()) {
            for (Violation violation : violations) {
                if (violation.severity() == severity) {
                    String where = violation.path().isRoot() ? ""
                            : "  [" + violation.path().displayName(m.locale()) + "]";
                    table.row(m.get("severity." + severity.name()), violation.code().value(),
                            violation.message(m.locale()) + where);
                }
            }
        }
        table.print(out, "  ");
    }
}
