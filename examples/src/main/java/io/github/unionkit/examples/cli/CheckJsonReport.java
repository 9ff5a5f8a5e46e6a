package io.github.unionkit.examples.cli;

import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints a {@link CheckResult} as one JSON document for programs. Model values (deadlines, the decree
 * number, organization ids) use UnionKit's JSON format (docs/json.md); violation messages are in the
 * chosen language.
 */
final class CheckJsonReport {
    private final Messages m;
    private final JsonMapper mapper = UnionJson.prettyMapper();

    CheckJsonReport(Messages messages) {
        this.m = Objects.requireNonNull(messages, "messages");
    }

    void print(CheckResult result, PrintWriter out) {
        out.println(mapper.writeValueAsString(toJson(result)));
        out.flush();
    }

    ObjectNode toJson(CheckResult result) {
        Resolution resolution = result.decree.resolution;
        ObjectNode root = mapper.createObjectNode();
        root.put("valid", result.isValid());
        root.put("verdict", result.verdict().name());
        root.put("asOf", result.asOf.toString());

        ObjectNode decree = root.putObject("decree");
        decree.put("draft", resolution.draft());
        resolution.number().ifPresent(n -> decree.put("number", n.toString()));
        resolution.documentDate().ifPresent(d -> decree.put("adopted", d.toString()));
        resolution.issuerKind().ifPresent(k -> decree.put("issuerKind", k.name()));
        resolution.issuerOrganization().ifPresent(o -> decree.put("issuerOrganization", o.toString()));
        resolution.issuerName().ifPresent(n -> decree.put("issuerName", n));
        resolution.title().ifPresent(t -> decree.put("title", t));
        decree.put("source", result.decree.source);
        decree.put("sample", result.decree.sample);

        if (result.registry.isPresent()) {
            RegistryLoader.Loaded registry = result.registry.get();
            ObjectNode node = root.putObject("registry");
            node.put("source", registry.source);
            node.put("illustrative", registry.illustrative);
            node.put("organizations", registry.tree.size());
            node.put("countsAsOf", registry.countsAsOf.toString());
        }

        ArrayNode parserWarnings = root.putArray("parserWarnings");
        for (DecreeParseWarning warning : result.decree.warnings) {
            ObjectNode node = parserWarnings.addObject();
            node.put("code", warning.code().name());
            node.put("element", warning.element().toString());
            node.put("line", warning.line());
            node.put("start", warning.span().start());
            node.put("end", warning.span().end());
            node.put("detail", warning.detail().toString());
            node.put("message", warning.message(m.locale()));
        }

        ArrayNode documentWarnings = root.putArray("documentWarnings");
        for (DocumentWarning warning : result.decree.documentWarnings) {
            ObjectNode node = documentWarnings.addObject();
            node.put("code", warning.code().name());
            node.put("source", warning.source());
            warning.line().ifPresent(line -> node.put("line", line));
            node.put("detail", warning.detail().toString());
            node.put("message", warning.message(m.locale()));
        }

        ArrayNode nameMatches = root.putArray("nameMatches");
        for (SizeBandNames.Match match : result.nameMatches) {
            ObjectNode node = nameMatches.addObject();
            node.put("asWritten", match.asWritten);
            node.put("organization", match.organization.id().toString());
        }

        ArrayNode clauses = root.putArray("clauses");
        for (CheckResult.ClauseRow row : result.clauses) {
            ObjectNode clause = clauses.addObject();
            clause.put("number", row.clause.number().toString());
            clause.put("depth", row.depth);
            clause.put("text", row.clause.text());
            row.clause.assignment().ifPresent(assignment -> {
                clause.set("deadline", mapper.valueToTree(assignment.deadline()));
                assignment.deadline().lastDay().ifPresent(day -> clause.put("lastDay", day.toString()));
                row.status.ifPresent(status -> clause.put("status", status.name()));
            });
        }

        ArrayNode routing = root.putArray("routing");
        for (CheckResult.RoutingRow row : result.routing) {
            ObjectNode node = routing.addObject();
            node.put("clause", row.clause.number().toString());
            node.put("name", row.nameAsWritten);
            row.organization.ifPresent(o -> node.put("organization", o.id().toString()));
            row.members.ifPresent(n -> node.put("members", n));
            row.expectedBand.ifPresent(b -> putBand(node, "band", row.clause.sizeBands().get(b)));
            row.listedBand.ifPresent(b -> putBand(node, "listedIn", row.clause.sizeBands().get(b)));
            if (result.registry.isPresent() && row.members.isPresent()) {
                node.put("agrees", row.agrees());
            }
        }

        ArrayNode violations = root.putArray("violations");
        for (Violation violation : result.report.violations()) {
            ObjectNode node = violations.addObject();
            node.put("code", violation.code().value());
            node.put("severity", violation.severity().name());
            node.put("path", violation.path().toString());
            node.put("message", violation.message(m.locale()));
        }
        Map<Severity, Integer> counts = result.report.countBySeverity();
        ObjectNode summary = root.putObject("summary");
        for (Severity severity : Severity.values()) {
            summary.put(severity.name().toLowerCase(java.util.Locale.ROOT) + "s", counts.getOrDefault(severity, 0));
        }
        summary.put("parserWarnings", result.decree.warnings.size());
        summary.put("documentWarnings", result.decree.documentWarnings.size());
        summary.put("disagreeingRoutingRows", result.disagreeingRows());
        return root;
    }

    private void putBand(ObjectNode node, String name, SizeBand band) {
        ObjectNode value = node.putObject(name);
        value.set("range", mapper.valueToTree(band.range()));
        value.set("deadline", mapper.valueToTree(band.deadline()));
    }
}
