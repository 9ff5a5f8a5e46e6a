package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.member.Coverage;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of organizations, their tree and membership figures.
 */
public final class OrgCodecs {

    /** Decoder of an organization id string. */
    public static final Decoder<OrganizationId> ORGANIZATION_ID = Scalars.parsed(64, OrganizationId::parse,
            "an organization id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");

    private OrgCodecs() {
    }

    /**
     * Writes an organization id.
     *
     * @param id the id
     * @param g the generator
     */
    public static void writeId(OrganizationId id, JsonGenerator g) {
        g.writeString(id.value());
    }

    /**
     * Writes a name with its validity start.
     *
     * @param name the name
     * @param g the generator
     */
    public static void writeName(OrganizationName name, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("fullName", name.fullName());
        Writes.optionalString(g, "shortName", name.shortName());
        Writes.property(g, "validFrom", name.validFrom(), TimeCodecs::writeDate);
        g.writeEndObject();
    }

    /**
     * Reads a name.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the name
     */
    public static OrganizationName readName(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        String fullName = f.requiredString("fullName");
        Optional<String> shortName = f.optionalString("shortName");
        LocalDate validFrom = f.required("validFrom", Scalars::date);
        f.finish();
        return f.build(() -> new OrganizationName(fullName, shortName, validFrom));
    }

    /**
     * Writes an organization.
     *
     * @param organization the organization
     * @param g the generator
     */
    public static void writeOrganization(Organization organization, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("id", organization.id().value());
        Writes.enumValue(g, "level", organization.level());
        Writes.enumValue(g, "kind", organization.kind());
        Writes.requiredList(g, "names", organization.names(), OrgCodecs::writeName);
        Writes.optional(g, "parent", organization.parent(), OrgCodecs::writeId);
        Writes.optionalString(g, "region", organization.region());
        g.writeBooleanProperty("territorialRights", organization.territorialRights());
        g.writeEndObject();
    }

    /**
     * Reads an organization.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the organization
     */
    public static Organization readOrganization(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        OrganizationId id = f.required("id", ORGANIZATION_ID);
        OrganizationLevel level = f.required("level", Scalars.enumOf(OrganizationLevel.class));
        OrganizationKind kind = f.required("kind", Scalars.enumOf(OrganizationKind.class));
        List<OrganizationName> names = f.list("names", OrgCodecs::readName);
        Optional<OrganizationId> parent = f.optional("parent", ORGANIZATION_ID);
        Optional<String> region = f.optionalString("region");
        boolean territorialRights = f.bool("territorialRights", false);
        f.finish();
        return f.build(() -> Organization.builder()
                .id(id)
                .level(level)
                .kind(kind)
                .names(names)
                .parent(parent)
                .region(region)
                .territorialRights(territorialRights)
                .build());
    }

    /**
     * Writes a tree as {@code {"organizations": [...]}} in depth-first order.
     *
     * @param tree the tree
     * @param g the generator
     */
    public static void writeTree(OrganizationTree tree, JsonGenerator g) {
        g.writeStartObject();
        Writes.requiredList(g, "organizations", tree.depthFirst(), OrgCodecs::writeOrganization);
        g.writeEndObject();
    }

    /**
     * Writes a membership count with its derived total.
     *
     * @param count the count
     * @param g the generator
     */
    public static void writeCount(MembershipCount count, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "asOf", count.asOf(), TimeCodecs::writeDate);
        g.writeNumberProperty("employees", count.employees());
        g.writeNumberProperty("pensioners", count.pensioners());
        g.writeNumberProperty("students", count.students());
        g.writeNumberProperty("total", count.total());
        g.writeEndObject();
    }

    /**
     * Reads a membership count; a {@code total}, if given, must be the sum.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the count
     */
    public static MembershipCount readCount(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        LocalDate asOf = f.required("asOf", Scalars::date);
        int employees = f.requiredInt("employees");
        int pensioners = f.requiredInt("pensioners");
        int students = f.requiredInt("students");
        OptionalInt total = f.optionalInt("total");
        f.finish();
        MembershipCount count = f.build(() -> MembershipCount.of(asOf, employees, pensioners, students));
        if (total.isPresent() && total.getAsInt() != count.total()) {
            throw f.invalid("total", "total is not employees + pensioners + students");
        }
        return count;
    }

    /**
     * Writes a membership range as {@code {"minInclusive": n, "maxInclusive": m}}.
     *
     * @param range the range
     * @param g the generator
     */
    public static void writeRange(MembershipRange range, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("minInclusive", range.minInclusive());
        Writes.optionalInt(g, "maxInclusive", range.maxInclusive());
        g.writeEndObject();
    }

    /**
     * Reads a membership range.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the range
     */
    public static MembershipRange readRange(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int min = f.requiredInt("minInclusive");
        OptionalInt max = f.optionalInt("maxInclusive");
        f.finish();
        return f.build(() -> new MembershipRange(min, max));
    }

    /**
     * Writes a coverage as {@code {"members": n, "employees": m}}.
     *
     * @param coverage the coverage
     * @param g the generator
     */
    public static void writeCoverage(Coverage coverage, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("members", coverage.members());
        g.writeNumberProperty("employees", coverage.employees());
        g.writeEndObject();
    }

    /**
     * Reads a coverage.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the coverage
     */
    public static Coverage readCoverage(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int members = f.requiredInt("members");
        int employees = f.requiredInt("employees");
        f.finish();
        return f.build(() -> Coverage.of(members, employees));
    }
}
