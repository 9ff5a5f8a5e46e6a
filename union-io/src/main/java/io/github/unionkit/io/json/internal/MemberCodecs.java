package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.PersonName;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of the parts of a member, for use outside a registry record (the record itself is
 * {@link MemberRecords}).
 */
public final class MemberCodecs {

    /** Decoder of a member id string. */
    public static final Decoder<MemberId> MEMBER_ID = Scalars.parsed(64, MemberId::parse,
            "a member id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
    /** Decoder of a card number: 6 to 20 digits. */
    public static final Decoder<CardNumber> CARD = Scalars.parsed(20, CardNumber::of, "6 to 20 digits");

    private MemberCodecs() {
    }

    /**
     * Writes a member id.
     *
     * @param id the id
     * @param g the generator
     */
    public static void writeId(MemberId id, JsonGenerator g) {
        g.writeString(id.value());
    }

    /**
     * Writes a card number as its digits (personal data: written only where the document needs it).
     *
     * @param card the card number
     * @param g the generator
     */
    public static void writeCard(CardNumber card, JsonGenerator g) {
        g.writeString(card.value());
    }

    /**
     * Writes a person's name as {@code {"family", "given", "patronymic"}}.
     *
     * @param name the name
     * @param g the generator
     */
    public static void writeName(PersonName name, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("family", name.family());
        g.writeStringProperty("given", name.given());
        Writes.optionalString(g, "patronymic", name.patronymic());
        g.writeEndObject();
    }

    /**
     * Reads a person's name.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the name
     */
    public static PersonName readName(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        String family = f.requiredString("family");
        String given = f.requiredString("given");
        Optional<String> patronymic = f.optionalString("patronymic");
        f.finish();
        return f.build(() -> new PersonName(family, given, patronymic));
    }

    /**
     * Writes a membership exit.
     *
     * @param exit the exit
     * @param g the generator
     */
    public static void writeExit(MembershipExit exit, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "date", exit.date(), TimeCodecs::writeDate);
        Writes.enumValue(g, "reason", exit.reason());
        g.writeEndObject();
    }

    /**
     * Reads a membership exit.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the exit
     */
    public static MembershipExit readExit(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        LocalDate date = f.required("date", Scalars::date);
        ExitReason reason = f.required("reason", Scalars.enumOf(ExitReason.class));
        f.finish();
        return f.build(() -> MembershipExit.of(date, reason));
    }
}
