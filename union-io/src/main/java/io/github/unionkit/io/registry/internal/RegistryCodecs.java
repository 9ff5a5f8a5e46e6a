package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.internal.CodecContributor;
import io.github.unionkit.io.json.internal.DeadlineCodecs;
import io.github.unionkit.io.json.internal.DecodeContext;
import io.github.unionkit.io.json.internal.EncoderSerializer;
import io.github.unionkit.io.json.internal.Fields;
import io.github.unionkit.io.json.internal.MemberCodecs;
import io.github.unionkit.io.json.internal.OrgCodecs;
import io.github.unionkit.io.json.internal.Registrations;
import io.github.unionkit.io.json.internal.Scalars;
import io.github.unionkit.io.json.internal.TimeCodecs;
import io.github.unionkit.io.json.internal.Writes;
import io.github.unionkit.io.registry.ExportReport;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of the registry's reports (schema {@code registry-report.schema.json}):
 * {@link Rejection} and {@link ExportReport} both ways, {@link ImportReport} written only (it is the
 * result of an import, built by {@code RegistryImport}; there is nothing to read it back into).
 * Rejections carry no input values (decision 0013), so neither do the reports.
 */
public final class RegistryCodecs implements CodecContributor {

    /** Created by {@link java.util.ServiceLoader}. */
    public RegistryCodecs() {
        // Stateless.
    }

    @Override
    public void contribute(SimpleModule module) {
        Registrations.register(module, Rejection.class, RegistryCodecs::writeRejection, RegistryCodecs::readRejection);
        Registrations.register(module, ExportReport.class, RegistryCodecs::writeExport, RegistryCodecs::readExport);
        module.addSerializer(ImportReport.class, new EncoderSerializer<>(ImportReport.class, RegistryCodecs::writeImport));
    }

    /**
     * Writes a rejection.
     *
     * @param rejection the rejection
     * @param g the generator
     */
    static void writeRejection(Rejection rejection, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("line", rejection.line());
        Writes.enumValue(g, "reason", rejection.reason());
        g.writeStringProperty("field", rejection.field());
        g.writeStringProperty("detail", rejection.detail());
        Writes.optional(g, "memberId", rejection.memberId(), MemberCodecs::writeId);
        if (rejection.earlierLine().isPresent()) {
            g.writeNumberProperty("earlierLine", rejection.earlierLine().getAsLong());
        }
        if (rejection.column().isPresent()) {
            g.writeNumberProperty("column", rejection.column().getAsInt());
        }
        g.writeEndObject();
    }

    /**
     * Reads a rejection.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the rejection
     */
    static Rejection readRejection(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        long line = f.required("line", RegistryCodecs::count);
        Rejection.Reason reason = f.required("reason", Scalars.enumOf(Rejection.Reason.class));
        String field = f.requiredString("field");
        String detail = f.requiredString("detail");
        Optional<MemberId> memberId = f.optional("memberId", MemberCodecs.MEMBER_ID);
        Optional<Long> earlier = f.optional("earlierLine", RegistryCodecs::count);
        Optional<Long> column = f.optional("column", RegistryCodecs::count);
        f.finish();
        return f.build(() -> new Rejection(line, reason, field, detail, memberId,
                earlier.map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty()),
                column.map(c -> java.util.OptionalInt.of(Math.toIntExact(c))).orElse(java.util.OptionalInt.empty())));
    }

    /**
     * Writes an export report.
     *
     * @param report the report
     * @param g the generator
     */
    static void writeExport(ExportReport report, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("read", report.read());
        g.writeNumberProperty("written", report.written());
        g.writeNumberProperty("rejected", report.rejected());
        Writes.requiredList(g, "rejections", report.rejections(), RegistryCodecs::writeRejection);
        g.writeBooleanProperty("stoppedEarly", report.stoppedEarly());
        g.writeEndObject();
    }

    /**
     * Reads an export report; its counts must agree ({@code read = written + rejected}).
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the report
     */
    static ExportReport readExport(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        long read = f.required("read", RegistryCodecs::count);
        long written = f.required("written", RegistryCodecs::count);
        long rejected = f.required("rejected", RegistryCodecs::count);
        List<Rejection> rejections = f.list("rejections", RegistryCodecs::readRejection);
        boolean stoppedEarly = f.bool("stoppedEarly", false);
        f.finish();
        return f.build(() -> new ExportReport(read, written, rejected, rejections, stoppedEarly));
    }

    /**
     * Writes an import report: the counts, the rejections, the counts by reason, organization, subtree
     * and level, the routing by size tier and the total.
     *
     * @param report the report
     * @param g the generator
     */
    static void writeImport(ImportReport report, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("asOf");
        TimeCodecs.writeDate(report.asOf(), g);
        g.writeNumberProperty("read", report.read());
        g.writeNumberProperty("accepted", report.accepted());
        g.writeNumberProperty("rejected", report.rejected());
        g.writeNumberProperty("counted", report.counted());
        g.writeNumberProperty("warnings", report.warnings());
        g.writeBooleanProperty("stoppedEarly", report.stoppedEarly());
        Writes.requiredList(g, "rejections", report.rejections(), RegistryCodecs::writeRejection);
        g.writeObjectPropertyStart("rejectedByReason");
        report.rejectedByReason().forEach((reason, n) -> g.writeNumberProperty(reason.name(), n));
        g.writeEndObject();
        counts(g, "countsByOrganization", report.countsByOrganization());
        counts(g, "subtreeCounts", report.subtreeCounts());
        g.writeObjectPropertyStart("countsByLevel");
        report.countsByLevel().forEach((level, count) -> Writes.property(g, level.name(), count, OrgCodecs::writeCount));
        g.writeEndObject();
        g.writeArrayPropertyStart("routing");
        report.routing().forEach((tier, organizations) -> {
            g.writeStartObject();
            Writes.property(g, "range", tier.range(), OrgCodecs::writeRange);
            Writes.property(g, "deadline", tier.deadline(), DeadlineCodecs::write);
            Writes.requiredList(g, "organizations", organizations, OrgCodecs::writeId);
            g.writeEndObject();
        });
        g.writeEndArray();
        Writes.property(g, "total", report.total(), OrgCodecs::writeCount);
        g.writeEndObject();
    }

    /** Writes a map of organization to count as an object keyed by id, in id order. */
    private static void counts(JsonGenerator g, String name, Map<OrganizationId, MembershipCount> counts) {
        g.writeObjectPropertyStart(name);
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(OrganizationId::value)))
                .forEach(e -> Writes.property(g, e.getKey().value(), e.getValue(), OrgCodecs::writeCount));
        g.writeEndObject();
    }

    /** Decodes a non-negative integer count (or line number) that fits a {@code long}. */
    private static long count(JsonNode node, String pointer, DecodeContext context) {
        if (!node.isIntegralNumber()) {
            throw context.error(JsonInputException.ErrorType.WRONG_TYPE, pointer, "expected an integer");
        }
        if (!node.canConvertToLong() || node.longValue() < 0) {
            throw context.error(JsonInputException.ErrorType.INVALID_VALUE, pointer,
                    "expected a non-negative integer");
        }
        return node.longValue();
    }
}
