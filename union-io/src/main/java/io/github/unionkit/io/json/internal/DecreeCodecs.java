package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.AssigneeKind;
import io.github.unionkit.model.decree.AssigneeVisitor;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ControlClause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of the parts of a resolution: numbers, organization references, assignees,
 * assignments, size bands, references, control clause, signatory and attachments.
 */
final class DecreeCodecs {

    /** Decoder of a decree number in its canonical display form, e.g. {@code "3-1"}. */
    public static final Decoder<DecreeNumber> DECREE_NUMBER =
            Scalars.parsed(DecreeNumber.MAX_LENGTH, DecreeNumber::parse, "a decree number like 3-1");
    /** Decoder of a clause number, e.g. {@code "3.1.1"}. */
    public static final Decoder<ClauseNumber> CLAUSE_NUMBER =
            Scalars.parsed(ClauseNumber.MAX_LENGTH, ClauseNumber::parse, "a clause number like 3.1.1");

    private DecreeCodecs() {
    }

    /**
     * Writes a decree number as its canonical display form.
     *
     * @param number the number
     * @param g the generator
     */
    public static void writeDecreeNumber(DecreeNumber number, JsonGenerator g) {
        g.writeString(number.toString());
    }

    /**
     * Writes a clause number as {@code "3.1.1"}.
     *
     * @param number the number
     * @param g the generator
     */
    public static void writeClauseNumber(ClauseNumber number, JsonGenerator g) {
        g.writeString(number.toString());
    }

    /**
     * Writes an organization reference as {@code {"asWritten": ..., "id": ...}}.
     *
     * @param ref the reference
     * @param g the generator
     */
    public static void writeRef(OrganizationRef ref, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("asWritten", ref.asWritten());
        Writes.optional(g, "id", ref.id(), OrgCodecs::writeId);
        g.writeEndObject();
    }

    /**
     * Reads an organization reference.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the reference
     */
    public static OrganizationRef readRef(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        String asWritten = f.requiredString("asWritten");
        Optional<OrganizationId> id = f.optional("id", OrgCodecs.ORGANIZATION_ID);
        f.finish();
        return f.build(() -> new OrganizationRef(asWritten, id));
    }

    /**
     * Writes an assignee with its {@code kind} discriminator.
     *
     * @param assignee the assignee
     * @param g the generator
     */
    public static void writeAssignee(Assignee assignee, JsonGenerator g) {
        g.writeStartObject();
        Writes.enumValue(g, "kind", assignee.kind());
        assignee.accept(new AssigneeVisitor<Void>() {
            @Override
            public Void visitBody(Assignee.BodyOf body) {
                Writes.enumValue(g, "body", body.bodyKind());
                Writes.property(g, "organization", body.organization(), DecreeCodecs::writeRef);
                return null;
            }

            @Override
            public Void visitOrganization(Assignee.OneOrganization one) {
                Writes.property(g, "organization", one.organization(), DecreeCodecs::writeRef);
                return null;
            }

            @Override
            public Void visitOrganizations(Assignee.Organizations listed) {
                Writes.requiredList(g, "organizations", listed.organizations(), DecreeCodecs::writeRef);
                return null;
            }

            @Override
            public Void visitAllOf(Assignee.AllOf all) {
                Writes.enumValue(g, "level", all.level());
                return null;
            }

            @Override
            public Void visitOfficer(Assignee.Officer officer) {
                Writes.enumValue(g, "role", officer.role());
                Writes.property(g, "organization", officer.organization(), DecreeCodecs::writeRef);
                g.writeStringProperty("asWritten", officer.asWritten());
                if (officer.holder().isPresent()) {
                    g.writeStringProperty("holder", officer.holder().get().asWritten());
                }
                return null;
            }

            @Override
            public Void visitPerson(Assignee.Person person) {
                g.writeStringProperty("asWritten", person.asWritten());
                return null;
            }
        });
        g.writeEndObject();
    }

    /**
     * Reads an assignee.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the assignee
     */
    public static Assignee readAssignee(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        AssigneeKind kind = f.required("kind", Scalars.enumOf(AssigneeKind.class));
        Assignee assignee;
        switch (kind) {
            case BODY: {
                BodyKind body = f.required("body", Scalars.enumOf(BodyKind.class));
                OrganizationRef organization = f.required("organization", DecreeCodecs::readRef);
                assignee = f.build(() -> Assignee.bodyOf(body, organization));
                break;
            }
            case ORGANIZATION: {
                OrganizationRef organization = f.required("organization", DecreeCodecs::readRef);
                assignee = f.build(() -> Assignee.organization(organization));
                break;
            }
            case ORGANIZATIONS: {
                List<OrganizationRef> organizations = f.list("organizations", DecreeCodecs::readRef);
                assignee = f.build(() -> Assignee.organizations(organizations));
                break;
            }
            case ALL_OF_LEVEL: {
                OrganizationLevel level = f.required("level", Scalars.enumOf(OrganizationLevel.class));
                assignee = f.build(() -> Assignee.allOf(level));
                break;
            }
            case OFFICER: {
                OfficerRole role = f.required("role", Scalars.enumOf(OfficerRole.class));
                OrganizationRef organization = f.required("organization", DecreeCodecs::readRef);
                String asWritten = f.requiredString("asWritten");
                Optional<String> holder = f.optionalString("holder");
                assignee = f.build(() -> holder.isPresent()
                        ? Assignee.officer(role, organization, asWritten, Assignee.person(holder.get()))
                        : Assignee.officer(role, organization, asWritten));
                break;
            }
            default: {
                String asWritten = f.requiredString("asWritten");
                assignee = f.build(() -> Assignee.person(asWritten));
            }
        }
        f.finish();
        return assignee;
    }

    /**
     * Writes an assignment.
     *
     * @param assignment the assignment
     * @param g the generator
     */
    public static void writeAssignment(Assignment assignment, JsonGenerator g) {
        g.writeStartObject();
        Writes.requiredList(g, "assignees", assignment.assignees(), DecreeCodecs::writeAssignee);
        g.writeStringProperty("action", assignment.action());
        g.writeStringProperty("subject", assignment.subject());
        Writes.property(g, "deadline", assignment.deadline(), DeadlineCodecs::write);
        g.writeEndObject();
    }

    /**
     * Reads an assignment.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the assignment
     */
    public static Assignment readAssignment(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        List<Assignee> assignees = f.list("assignees", DecreeCodecs::readAssignee);
        String action = f.requiredString("action");
        String subject = f.requiredString("subject");
        Deadline deadline = f.required("deadline", DeadlineCodecs::read);
        f.finish();
        return f.build(() -> Assignment.of(assignees, action, subject, deadline));
    }

    /**
     * Writes a size band.
     *
     * @param band the band
     * @param g the generator
     */
    public static void writeSizeBand(SizeBand band, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "range", band.range(), OrgCodecs::writeRange);
        Writes.property(g, "deadline", band.deadline(), DeadlineCodecs::write);
        Writes.list(g, "organizations", band.organizations(), DecreeCodecs::writeRef);
        g.writeStringProperty("subjectAsWritten", band.subjectAsWritten());
        g.writeEndObject();
    }

    /**
     * Reads a size band.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the band
     */
    public static SizeBand readSizeBand(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        MembershipRange range = f.required("range", OrgCodecs::readRange);
        Deadline deadline = f.required("deadline", DeadlineCodecs::read);
        List<OrganizationRef> organizations = f.list("organizations", DecreeCodecs::readRef);
        String subject = f.requiredString("subjectAsWritten");
        f.finish();
        return f.build(() -> new SizeBand(range, deadline, organizations, subject));
    }

    /**
     * Writes a reference to another decree.
     *
     * @param reference the reference
     * @param g the generator
     */
    public static void writeReference(DecreeReference reference, JsonGenerator g) {
        g.writeStartObject();
        Writes.optionalString(g, "issuerAsWritten", reference.issuerAsWritten());
        Writes.optional(g, "issuerKind", reference.issuerKind(), (kind, gen) -> gen.writeString(kind.name()));
        Writes.property(g, "number", reference.number(), DecreeCodecs::writeDecreeNumber);
        Writes.property(g, "dates", reference.dates(), TimeCodecs::writeRange);
        g.writeStringProperty("asWritten", reference.asWritten());
        g.writeEndObject();
    }

    /**
     * Reads a reference to another decree.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the reference
     */
    public static DecreeReference readReference(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        Optional<String> issuerAsWritten = f.optionalString("issuerAsWritten");
        Optional<BodyKind> issuerKind = f.optional("issuerKind", Scalars.enumOf(BodyKind.class));
        DecreeNumber number = f.required("number", DECREE_NUMBER);
        LocalDateRange dates = f.required("dates", TimeCodecs::range);
        String asWritten = f.requiredString("asWritten");
        f.finish();
        return f.build(() -> new DecreeReference(issuerAsWritten, issuerKind, number, dates, asWritten));
    }

    /**
     * Writes a control clause.
     *
     * @param control the control clause
     * @param g the generator
     */
    public static void writeControl(ControlClause control, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "number", control.number(), DecreeCodecs::writeClauseNumber);
        Writes.requiredList(g, "controllers", control.controllers(), DecreeCodecs::writeAssignee);
        g.writeStringProperty("asWritten", control.asWritten());
        g.writeEndObject();
    }

    /**
     * Reads a control clause.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the control clause
     */
    public static ControlClause readControl(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        ClauseNumber number = f.required("number", CLAUSE_NUMBER);
        // "controller" is the single-controller form of files written before "controllers".
        Optional<Assignee> controller = f.optional("controller", DecreeCodecs::readAssignee);
        List<Assignee> controllers = f.list("controllers", DecreeCodecs::readAssignee);
        String asWritten = f.requiredString("asWritten");
        f.finish();
        if (controller.isPresent() == !controllers.isEmpty()) {
            throw f.invalid("controllers", "give the controllers, or one controller in the older form");
        }
        return f.build(() -> controller.isPresent() ? ControlClause.of(number, controller.get(), asWritten)
                : ControlClause.of(number, controllers, asWritten));
    }

    /**
     * Writes a signatory.
     *
     * @param signatory the signatory
     * @param g the generator
     */
    public static void writeSignatory(Signatory signatory, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("position", signatory.position());
        Writes.optionalString(g, "name", signatory.name());
        g.writeEndObject();
    }

    /**
     * Reads a signatory.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the signatory
     */
    public static Signatory readSignatory(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        String position = f.requiredString("position");
        Optional<String> name = f.optionalString("name");
        f.finish();
        return f.build(() -> new Signatory(position, name));
    }

    /**
     * Writes an attachment.
     *
     * @param attachment the attachment
     * @param g the generator
     */
    public static void writeAttachment(Attachment attachment, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("title", attachment.title());
        Writes.optionalString(g, "reference", attachment.reference());
        g.writeEndObject();
    }

    /**
     * Reads an attachment.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the attachment
     */
    public static Attachment readAttachment(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        String title = f.requiredString("title");
        Optional<String> reference = f.optionalString("reference");
        f.finish();
        return f.build(() -> new Attachment(title, reference));
    }
}
