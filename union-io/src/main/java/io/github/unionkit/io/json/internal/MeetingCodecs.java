package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.meeting.AgendaItem;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.MeetingKind;
import io.github.unionkit.model.meeting.RomanNumeral;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.model.org.OrganizationId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of bodies, terms, meetings and votes.
 */
final class MeetingCodecs {

    /** Decoder of a Roman numeral string such as {@code "VIII"}. */
    public static final Decoder<RomanNumeral> ROMAN =
            Scalars.parsed(RomanNumeral.MAX_LENGTH, RomanNumeral::parse, "a Roman numeral like VIII");

    private MeetingCodecs() {
    }

    /**
     * Writes a body as {@code {"kind": ..., "organization": ...}}.
     *
     * @param body the body
     * @param g the generator
     */
    public static void writeBody(Body body, JsonGenerator g) {
        g.writeStartObject();
        Writes.enumValue(g, "kind", body.kind());
        g.writeStringProperty("organization", body.organization().value());
        g.writeEndObject();
    }

    /**
     * Reads a body.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the body
     */
    public static Body readBody(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        BodyKind kind = f.required("kind", Scalars.enumOf(BodyKind.class));
        OrganizationId organization = f.required("organization", OrgCodecs.ORGANIZATION_ID);
        f.finish();
        return f.build(() -> Body.of(kind, organization));
    }

    /**
     * Writes a term as {@code {"number": n, "period": range}}.
     *
     * @param term the term
     * @param g the generator
     */
    public static void writeTerm(Term term, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("number", term.number());
        Writes.property(g, "period", term.period(), TimeCodecs::writeRange);
        g.writeEndObject();
    }

    /**
     * Reads a term.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the term
     */
    public static Term readTerm(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int number = f.requiredInt("number");
        LocalDateRange period = f.required("period", TimeCodecs::range);
        f.finish();
        return f.build(() -> new Term(number, period));
    }

    /**
     * Writes a Roman numeral as its text.
     *
     * @param numeral the numeral
     * @param g the generator
     */
    public static void writeRoman(RomanNumeral numeral, JsonGenerator g) {
        g.writeString(numeral.toString());
    }

    /**
     * Writes an agenda item.
     *
     * @param item the item
     * @param g the generator
     */
    public static void writeAgendaItem(AgendaItem item, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("number", item.number());
        g.writeStringProperty("title", item.title());
        g.writeEndObject();
    }

    /**
     * Reads an agenda item.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the item
     */
    public static AgendaItem readAgendaItem(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int number = f.requiredInt("number");
        String title = f.requiredString("title");
        f.finish();
        return f.build(() -> AgendaItem.of(number, title));
    }

    /**
     * Writes a meeting.
     *
     * @param meeting the meeting
     * @param g the generator
     */
    public static void writeMeeting(Meeting meeting, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "body", meeting.body(), MeetingCodecs::writeBody);
        Writes.enumValue(g, "kind", meeting.kind());
        Writes.optionalInt(g, "number", meeting.number());
        Writes.optional(g, "ordinal", meeting.ordinal(), MeetingCodecs::writeRoman);
        Writes.optionalInt(g, "stage", meeting.stage());
        Writes.property(g, "dates", meeting.dates(), TimeCodecs::writeRange);
        Writes.optionalString(g, "place", meeting.place());
        Writes.list(g, "agenda", meeting.agenda(), MeetingCodecs::writeAgendaItem);
        g.writeEndObject();
    }

    /**
     * Reads a meeting.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the meeting
     */
    public static Meeting readMeeting(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        Body body = f.required("body", MeetingCodecs::readBody);
        MeetingKind kind = f.required("kind", Scalars.enumOf(MeetingKind.class));
        OptionalInt number = f.optionalInt("number");
        Optional<RomanNumeral> ordinal = f.optional("ordinal", ROMAN);
        OptionalInt stage = f.optionalInt("stage");
        LocalDateRange dates = f.required("dates", TimeCodecs::range);
        Optional<String> place = f.optionalString("place");
        List<AgendaItem> agenda = f.list("agenda", MeetingCodecs::readAgendaItem);
        f.finish();
        return f.build(() -> Meeting.builder()
                .body(body)
                .kind(kind)
                .number(number)
                .ordinal(ordinal)
                .stage(stage)
                .dates(dates)
                .place(place)
                .agenda(agenda)
                .build());
    }

    /**
     * Writes a vote tally.
     *
     * @param tally the tally
     * @param g the generator
     */
    public static void writeTally(VoteTally tally, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("votesFor", tally.votesFor());
        g.writeNumberProperty("votesAgainst", tally.votesAgainst());
        g.writeNumberProperty("abstained", tally.abstained());
        g.writeEndObject();
    }

    /**
     * Reads a vote tally.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the tally
     */
    public static VoteTally readTally(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int votesFor = f.requiredInt("votesFor");
        int votesAgainst = f.requiredInt("votesAgainst");
        int abstained = f.requiredInt("abstained");
        f.finish();
        return f.build(() -> VoteTally.of(votesFor, votesAgainst, abstained));
    }
}
