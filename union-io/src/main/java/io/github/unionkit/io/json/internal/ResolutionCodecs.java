package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ControlClause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.meeting.Meeting;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of a resolution and its clause tree.
 */
final class ResolutionCodecs {

    private ResolutionCodecs() {
    }

    /**
     * Writes a clause and, recursively, its children.
     *
     * @param clause the clause
     * @param g the generator
     */
    public static void writeClause(Clause clause, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "number", clause.number(), DecreeCodecs::writeClauseNumber);
        g.writeStringProperty("text", clause.text());
        Writes.strings(g, "items", clause.items());
        Writes.optional(g, "assignment", clause.assignment(), DecreeCodecs::writeAssignment);
        Writes.list(g, "sizeBands", clause.sizeBands(), DecreeCodecs::writeSizeBand);
        Writes.list(g, "children", clause.children(), ResolutionCodecs::writeClause);
        g.writeEndObject();
    }

    /**
     * Reads a clause and its children; the nesting depth is bounded by the parser's limits.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the clause
     */
    public static Clause readClause(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        ClauseNumber number = f.required("number", DecreeCodecs.CLAUSE_NUMBER);
        String text = f.requiredString("text");
        List<String> items = f.list("items", Scalars::string);
        Optional<Assignment> assignment = f.optional("assignment", DecreeCodecs::readAssignment);
        List<SizeBand> sizeBands = f.list("sizeBands", DecreeCodecs::readSizeBand);
        List<Clause> children = f.list("children", ResolutionCodecs::readClause);
        f.finish();
        return f.build(() -> Clause.builder()
                .number(number)
                .text(text)
                .items(items)
                .assignment(assignment)
                .sizeBands(sizeBands)
                .children(children)
                .build());
    }

    /**
     * Writes a resolution.
     *
     * @param resolution the resolution
     * @param g the generator
     */
    public static void writeResolution(Resolution resolution, JsonGenerator g) {
        g.writeStartObject();
        if (resolution.draft()) {
            g.writeBooleanProperty("draft", true);
        }
        // The whole issuer as one object when it is known; otherwise whichever part is.
        if (resolution.issuer().isPresent()) {
            Writes.property(g, "issuer", resolution.issuer().get(), MeetingCodecs::writeBody);
        } else {
            resolution.issuerKind().ifPresent(kind -> Writes.enumValue(g, "issuerKind", kind));
            resolution.issuerOrganization().ifPresent(id -> g.writeStringProperty("issuerOrganization", id.toString()));
        }
        Writes.optionalString(g, "issuerName", resolution.issuerName());
        Writes.strings(g, "headerLines", resolution.headerLines());
        Writes.optional(g, "meeting", resolution.meeting(), MeetingCodecs::writeMeeting);
        Writes.optional(g, "number", resolution.number(), DecreeCodecs::writeDecreeNumber);
        Writes.optional(g, "adopted", resolution.adopted(), TimeCodecs::writeRange);
        Writes.optionalString(g, "place", resolution.place());
        Writes.optionalString(g, "title", resolution.title());
        Writes.strings(g, "preamble", resolution.preamble());
        Writes.optionalString(g, "operativeFormula", resolution.operativeFormula());
        Writes.list(g, "clauses", resolution.clauses(), ResolutionCodecs::writeClause);
        Writes.list(g, "references", resolution.references(), DecreeCodecs::writeReference);
        Writes.optional(g, "controlClause", resolution.controlClause(), DecreeCodecs::writeControl);
        Writes.optional(g, "signatory", resolution.signatory(), DecreeCodecs::writeSignatory);
        Writes.list(g, "attachments", resolution.attachments(), DecreeCodecs::writeAttachment);
        g.writeEndObject();
    }

    /**
     * Reads a resolution.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the resolution
     */
    public static Resolution readResolution(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        boolean draft = f.bool("draft", false);
        Optional<Body> issuer = f.optional("issuer", MeetingCodecs::readBody);
        Optional<BodyKind> issuerKind = f.optional("issuerKind", Scalars.enumOf(BodyKind.class));
        Optional<OrganizationId> issuerOrganization = f.optional("issuerOrganization", OrgCodecs.ORGANIZATION_ID);
        if (issuer.isPresent() && (issuerKind.isPresent() || issuerOrganization.isPresent())) {
            throw f.invalid("issuer", "give the issuer either whole or in parts, not both");
        }
        Optional<String> issuerName = f.optionalString("issuerName");
        List<String> headerLines = f.list("headerLines", Scalars::string);
        Optional<Meeting> meeting = f.optional("meeting", MeetingCodecs::readMeeting);
        Optional<DecreeNumber> number = f.optional("number", DecreeCodecs.DECREE_NUMBER);
        Optional<LocalDateRange> adopted = f.optional("adopted", TimeCodecs::range);
        Optional<String> place = f.optionalString("place");
        Optional<String> title = f.optionalString("title");
        List<String> preamble = f.list("preamble", Scalars::string);
        Optional<String> operativeFormula = f.optionalString("operativeFormula");
        List<Clause> clauses = f.list("clauses", ResolutionCodecs::readClause);
        List<DecreeReference> references = f.list("references", DecreeCodecs::readReference);
        Optional<ControlClause> control = f.optional("controlClause", DecreeCodecs::readControl);
        Optional<Signatory> signatory = f.optional("signatory", DecreeCodecs::readSignatory);
        List<Attachment> attachments = f.list("attachments", DecreeCodecs::readAttachment);
        f.finish();
        return f.build(() -> Resolution.builder()
                .draft(draft)
                .issuerKind(issuer.map(Body::kind).or(() -> issuerKind))
                .issuerOrganization(issuer.map(Body::organization).or(() -> issuerOrganization))
                .issuerName(issuerName)
                .headerLines(headerLines)
                .meeting(meeting)
                .number(number)
                .adopted(adopted)
                .place(place)
                .title(title)
                .preamble(preamble)
                .operativeFormula(operativeFormula)
                .clauses(clauses)
                .references(references)
                .controlClause(control)
                .signatory(signatory)
                .attachments(attachments)
                .build());
    }
}
