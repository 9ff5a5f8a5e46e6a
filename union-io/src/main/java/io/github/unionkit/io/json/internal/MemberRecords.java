package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.CategoryChange;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipInterruption;
import io.github.unionkit.model.member.Transfer;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON form of a registry record (one {@link Member}), read and written in streaming mode: this
 * is the hot path of registry imports, so it works on tokens, not trees.
 *
 * <pre>{@code
 * {"id": "30-000123", "category": "EMPLOYEE", "primaryOrganization": "30.ahtuba.school-1",
 *  "admissionDate": "2015-09-01", "exit": {"date": "2021-06-30", "reason": "VOLUNTARY"},
 *  "card": "7712345678", "name": {"family": "...", "given": "...", "patronymic": "..."},
 *  "birthDate": "1980-04-12"}
 * }</pre>
 * A record with a history carries {@code "formatVersion": 2} and any of
 * {@code "interruptions": [{"exit": {...}, "readmissionDate": "..."}]},
 * {@code "categoryChanges": [{"date": "...", "category": "..."}]} and
 * {@code "transfers": [{"date": "...", "to": "..."}]} (decision 0030); a record without one is written
 * as in format 1, which still reads. Absent optional values are omitted. Errors carry the parser location and the JSON Pointer of the
 * value, never the value.
 */
public final class MemberRecords {

    /** The format version of records with a history; records without one are also version 1. */
    public static final int HISTORY_VERSION = 2;

    private MemberRecords() {
    }

    /**
     * Writes a member as one JSON object.
     *
     * @param member the member
     * @param g the generator
     */
    public static void write(Member member, JsonGenerator g) {
        g.writeStartObject();
        if (member.hasHistory()) {
            g.writeNumberProperty("formatVersion", HISTORY_VERSION);
        }
        g.writeStringProperty("id", member.id().value());
        g.writeStringProperty("category", member.category().name());
        g.writeStringProperty("primaryOrganization", member.primaryOrganization().value());
        g.writeStringProperty("admissionDate", IsoDates.format(member.admissionDate()));
        if (member.exit().isPresent()) {
            g.writeName("exit");
            MemberCodecs.writeExit(member.exit().get(), g);
        }
        if (!member.interruptions().isEmpty()) {
            g.writeArrayPropertyStart("interruptions");
            for (MembershipInterruption interruption : member.interruptions()) {
                g.writeStartObject();
                g.writeName("exit");
                MemberCodecs.writeExit(interruption.exit(), g);
                g.writeStringProperty("readmissionDate", IsoDates.format(interruption.readmission()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!member.categoryChanges().isEmpty()) {
            g.writeArrayPropertyStart("categoryChanges");
            for (CategoryChange change : member.categoryChanges()) {
                g.writeStartObject();
                g.writeStringProperty("date", IsoDates.format(change.date()));
                g.writeStringProperty("category", change.category().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!member.transfers().isEmpty()) {
            g.writeArrayPropertyStart("transfers");
            for (Transfer transfer : member.transfers()) {
                g.writeStartObject();
                g.writeStringProperty("date", IsoDates.format(transfer.date()));
                g.writeStringProperty("to", transfer.to().value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (member.card().isPresent()) {
            g.writeStringProperty("card", member.card().get().value());
        }
        if (!member.formerCards().isEmpty()) {
            g.writeArrayPropertyStart("formerCards");
            for (CardNumber card : member.formerCards()) {
                g.writeString(card.value());
            }
            g.writeEndArray();
        }
        if (member.name().isPresent()) {
            g.writeName("name");
            MemberCodecs.writeName(member.name().get(), g);
        }
        if (member.birthDate().isPresent()) {
            g.writeStringProperty("birthDate", IsoDates.format(member.birthDate().get()));
        }
        g.writeEndObject();
    }

    /**
     * Reads a member; the parser must stand on the object's {@code START_OBJECT} and is left on its
     * {@code END_OBJECT}.
     *
     * @param p the parser
     * @param failOnUnknown whether unknown properties fail the read
     * @return the member
     * @throws JsonInputException if the record is not a valid member
     */
    public static Member read(JsonParser p, boolean failOnUnknown) {
        return read(p, failOnUnknown, KnownOrganizations.NONE);
    }

    /**
     * Reads a member, taking organization ids from {@code known} when they are there (the same ids,
     * validated once, instead of a new one per record).
     *
     * @param p the parser, on the object's {@code START_OBJECT}
     * @param failOnUnknown whether unknown properties fail the read
     * @param known the organization ids known in advance
     * @return the member
     * @throws JsonInputException if the record is not a valid member
     */
    public static Member read(JsonParser p, boolean failOnUnknown, KnownOrganizations known) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonErrors.at(p, ErrorType.WRONG_TYPE, "", "expected a registry record object");
        }
        int depth = p.streamReadContext().getNestingDepth();
        Member.Builder builder = Member.builder();
        MemberId id = null;
        boolean category = false;
        boolean organization = false;
        boolean admission = false;
        int seen = 0;
        int version = 1;
        boolean history = false;
        java.util.Set<String> others = null;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            switch (name) {
                case "id":
                    seen = known(p, seen, 0, "", name);
                    id = memberId(p);
                    builder.id(id);
                    break;
                case "category":
                    seen = known(p, seen, 1, "", name);
                    builder.category(category(p, "/category"));
                    category = true;
                    break;
                case "primaryOrganization":
                    seen = known(p, seen, 2, "", name);
                    builder.primaryOrganization(organizationId(p, "/primaryOrganization", known));
                    organization = true;
                    break;
                case "admissionDate":
                    seen = known(p, seen, 3, "", name);
                    builder.admissionDate(date(p, "/admissionDate"));
                    admission = true;
                    break;
                case "exit":
                    seen = known(p, seen, 4, "", name);
                    builder.exit(exit(p, failOnUnknown, "/exit"));
                    break;
                case "card":
                    seen = known(p, seen, 5, "", name);
                    builder.card(card(p, "/card"));
                    break;
                case "name":
                    seen = known(p, seen, 6, "", name);
                    builder.name(personName(p, failOnUnknown));
                    break;
                case "birthDate":
                    seen = known(p, seen, 7, "", name);
                    builder.birthDate(date(p, "/birthDate"));
                    break;
                case "formatVersion":
                    seen = known(p, seen, 8, "", name);
                    version = formatVersion(p);
                    break;
                case "interruptions":
                    seen = known(p, seen, 9, "", name);
                    history = true;
                    readArray(p, "/interruptions", at -> builder.addInterruptions(interruption(p, failOnUnknown, at)));
                    break;
                case "categoryChanges":
                    seen = known(p, seen, 10, "", name);
                    history = true;
                    readArray(p, "/categoryChanges", at -> builder.addCategoryChanges(categoryChange(p, failOnUnknown, at)));
                    break;
                case "formerCards":
                    seen = known(p, seen, 12, "", name);
                    history = true;
                    readArray(p, "/formerCards", at -> builder.addFormerCards(card(p, at)));
                    break;
                case "transfers":
                    seen = known(p, seen, 11, "", name);
                    history = true;
                    readArray(p, "/transfers", at -> builder.addTransfers(transfer(p, failOnUnknown, at, known)));
                    break;
                default:
                    others = unknown(p, failOnUnknown, others, "", name);
            }
        }
        ended(p, "", depth);
        String missing = id == null ? "id" : !category ? "category" : !organization ? "primaryOrganization"
                : !admission ? "admissionDate" : null;
        if (missing != null) {
            throw missingProperty(p, "/" + missing);
        }
        if (history && version < HISTORY_VERSION) {
            throw (seen & (1 << 8)) == 0 ? missingProperty(p, "/formatVersion")
                    : JsonErrors.at(p, ErrorType.INVALID_VALUE, "/formatVersion",
                            "interruptions, categoryChanges, transfers and formerCards need formatVersion 2");
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            // The model's messages never contain personal data.
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, "", "invalid member: " + JsonErrors.kindOf(e));
        }
    }

    /**
     * Fails on, or skips, an unknown property whose value the parser stands on; a second occurrence of
     * the same unknown name is a duplicate either way.
     *
     * @param p the parser
     * @param failOnUnknown the policy
     * @param others the unknown names seen so far in this object, or null before the first
     * @param pointer the object's pointer
     * @param name the property's name
     * @return the unknown names seen so far, including {@code name}
     */
    private static java.util.Set<String> unknown(JsonParser p, boolean failOnUnknown,
            java.util.Set<String> others, String pointer, String name) {
        java.util.Set<String> seen = other(p, others, pointer, name);
        if (failOnUnknown) {
            // the name is input: the pointer names the object, the location the property
            throw JsonErrors.at(p, ErrorType.UNKNOWN_PROPERTY, pointer, "unknown property");
        }
        p.skipChildren();
        return seen;
    }

    private static MemberId memberId(JsonParser p) {
        String text = string(p, "/id");
        try {
            return MemberId.parse(text);
        } catch (IllegalArgumentException e) {
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, "/id",
                    "expected a member id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
    }

    private static OrganizationId organizationId(JsonParser p, String pointer, KnownOrganizations known) {
        expectString(p, pointer);
        OrganizationId found = known.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (found != null) {
            return found;
        }
        String text = p.getString();
        try {
            return OrganizationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, pointer,
                    "expected an organization id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
    }

    private static MemberCategory category(JsonParser p, String pointer) {
        expectString(p, pointer);
        // compared in place: no string is created for the most repeated value of the registry
        if (textEquals(p, "EMPLOYEE")) {
            return MemberCategory.EMPLOYEE;
        }
        if (textEquals(p, "NON_WORKING_PENSIONER")) {
            return MemberCategory.NON_WORKING_PENSIONER;
        }
        if (textEquals(p, "STUDENT")) {
            return MemberCategory.STUDENT;
        }
        throw JsonErrors.at(p, ErrorType.INVALID_VALUE, pointer,
                "expected EMPLOYEE, NON_WORKING_PENSIONER or STUDENT");
    }

    private static boolean textEquals(JsonParser p, String expected) {
        int length = p.getStringLength();
        if (length != expected.length()) {
            return false;
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static CardNumber card(JsonParser p, String pointer) {
        String text = string(p, pointer);
        try {
            return CardNumber.of(text);
        } catch (IllegalArgumentException e) {
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, pointer, "expected a card number of 6 to 20 digits");
        }
    }

    /** Receives the elements of an array one by one, the parser on each element's first token. */
    @FunctionalInterface
    private interface Element {
        void read(String pointer);
    }

    /** Reads an array; the parser stands on its start and ends on its end. */
    private static void readArray(JsonParser p, String pointer, Element element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(p, pointer, "expected an array");
        }
        int index = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null || token == JsonToken.NOT_AVAILABLE) {
                throw JsonErrors.at(p, ErrorType.TRUNCATED, pointer, "the record ends inside an array");
            }
            element.read(pointer + "/" + index);
            index++;
        }
    }

    private static int formatVersion(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, "/formatVersion", "expected the number 1 or 2");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 1 || p.getIntValue() > HISTORY_VERSION) {
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, "/formatVersion", "expected the format version 1 or 2");
        }
        return p.getIntValue();
    }

    /** Reads the value of one property, the parser on the value's first token. */
    @FunctionalInterface
    private interface Property<T> {
        T read(String pointer);
    }

    /** The two values of a two-property object. */
    private record Pair<A, B>(A first, B second) {
    }

    /**
     * Reads an object of exactly two required properties (others follow the unknown-property policy).
     */
    private static <A, B> Pair<A, B> pair(JsonParser p, boolean failOnUnknown, String pointer, String firstName,
            Property<A> firstValue, String secondName, Property<B> secondValue) {
        object(p, pointer);
        int depth = p.streamReadContext().getNestingDepth();
        A first = null;
        B second = null;
        int seen = 0;
        java.util.Set<String> others = null;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            if (name.equals(firstName)) {
                seen = known(p, seen, 0, pointer, name);
                first = firstValue.read(pointer + "/" + firstName);
            } else if (name.equals(secondName)) {
                seen = known(p, seen, 1, pointer, name);
                second = secondValue.read(pointer + "/" + secondName);
            } else {
                others = unknown(p, failOnUnknown, others, pointer, name);
            }
        }
        ended(p, pointer, depth);
        if (first == null || second == null) {
            throw missingProperty(p, pointer + "/" + (first == null ? firstName : secondName));
        }
        return new Pair<>(first, second);
    }

    private static MembershipInterruption interruption(JsonParser p, boolean failOnUnknown, String pointer) {
        Pair<MembershipExit, LocalDate> read = pair(p, failOnUnknown, pointer, "exit",
                at -> exit(p, failOnUnknown, at), "readmissionDate", at -> date(p, at));
        if (!read.second().isAfter(read.first().date())) {
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, pointer + "/readmissionDate",
                    "the re-admission date must be after the exit date");
        }
        return MembershipInterruption.of(read.first(), read.second());
    }

    private static CategoryChange categoryChange(JsonParser p, boolean failOnUnknown, String pointer) {
        Pair<LocalDate, MemberCategory> read = pair(p, failOnUnknown, pointer, "date", at -> date(p, at),
                "category", at -> category(p, at));
        return CategoryChange.of(read.first(), read.second());
    }

    private static Transfer transfer(JsonParser p, boolean failOnUnknown, String pointer, KnownOrganizations known) {
        Pair<LocalDate, OrganizationId> read = pair(p, failOnUnknown, pointer, "date", at -> date(p, at),
                "to", at -> organizationId(p, at, known));
        return Transfer.of(read.first(), read.second());
    }

    private static MembershipExit exit(JsonParser p, boolean failOnUnknown, String pointer) {
        Pair<LocalDate, ExitReason> read = pair(p, failOnUnknown, pointer, "date", at -> date(p, at),
                "reason", at -> exitReason(p, at));
        return MembershipExit.of(read.first(), read.second());
    }

    private static ExitReason exitReason(JsonParser p, String pointer) {
        String text = string(p, pointer);
        if (text.length() <= 32) {
            for (ExitReason reason : ExitReason.values()) {
                if (reason.name().equals(text)) {
                    return reason;
                }
            }
        }
        throw JsonErrors.at(p, ErrorType.INVALID_VALUE, pointer,
                "expected one of " + java.util.Arrays.toString(ExitReason.values()));
    }

    private static PersonName personName(JsonParser p, boolean failOnUnknown) {
        object(p, "/name");
        int depth = p.streamReadContext().getNestingDepth();
        String family = null;
        String given = null;
        String patronymic = null;
        int seen = 0;
        java.util.Set<String> others = null;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            switch (name) {
                case "family":
                    seen = known(p, seen, 0, "/name", name);
                    family = string(p, "/name/family");
                    break;
                case "given":
                    seen = known(p, seen, 1, "/name", name);
                    given = string(p, "/name/given");
                    break;
                case "patronymic":
                    seen = known(p, seen, 2, "/name", name);
                    patronymic = string(p, "/name/patronymic");
                    break;
                default:
                    others = unknown(p, failOnUnknown, others, "/name", name);
            }
        }
        ended(p, "/name", depth);
        if (family == null || given == null) {
            throw missingProperty(p, family == null ? "/name/family" : "/name/given");
        }
        try {
            return new PersonName(family, given, Optional.ofNullable(patronymic));
        } catch (IllegalArgumentException e) {
            // PersonName's messages name the part, never its value.
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, "/name", "invalid name: " + e.getMessage());
        }
    }

    private static LocalDate date(JsonParser p, String pointer) {
        expectString(p, pointer);
        LocalDate date = p.getStringLength() == 10
                ? IsoDates.parseOrNull(p.getStringCharacters(), p.getStringOffset(), 10) : null;
        if (date == null) {
            throw JsonErrors.at(p, ErrorType.INVALID_VALUE, pointer, "expected an ISO date like 2021-03-31");
        }
        return date;
    }

    private static JsonInputException missingProperty(JsonParser p, String pointer) {
        return JsonErrors.at(p, ErrorType.MISSING_PROPERTY, pointer, "required property is missing");
    }

    /** Checks that an object's property loop stopped at its end, not at the end of the input. */
    private static void ended(JsonParser p, String pointer, int depth) {
        // A blocking parser only stops the loop at END_OBJECT; a non-blocking one fed one line also
        // stops when the line runs out, leaving the previous token current - which may be the
        // END_OBJECT of a nested object. The depth tells them apart: the object at `pointer` is
        // closed only when the context is back at the object's parent, one above `depth`, the
        // object's own nesting depth.
        if (p.currentToken() != JsonToken.END_OBJECT || p.streamReadContext().getNestingDepth() != depth - 1) {
            throw JsonErrors.at(p, ErrorType.TRUNCATED, pointer, "the record ends inside an object");
        }
    }

    private static void object(JsonParser p, String pointer) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(p, pointer, "expected an object");
        }
    }

    private static String string(JsonParser p, String pointer) {
        expectString(p, pointer);
        return p.getString();
    }

    private static void expectString(JsonParser p, String pointer) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, pointer, "expected a string");
        }
    }

    private static JsonInputException wrongType(JsonParser p, String pointer, String expected) {
        if (p.currentToken() == JsonToken.NOT_AVAILABLE || p.currentToken() == null) {
            // a non-blocking parser fed one line: the line ended inside the record
            return JsonErrors.at(p, ErrorType.TRUNCATED, pointer, "the record ends inside a value");
        }
        String message = p.currentToken() == JsonToken.VALUE_NULL
                ? "null is not allowed; omit the property instead" : expected;
        return JsonErrors.at(p, ErrorType.WRONG_TYPE, pointer, message);
    }

    /**
     * Marks a known property as seen; a second occurrence is a duplicate. A bit per known property is
     * cheaper than the parser's general duplicate detection on the registry's hot path, and as strict.
     */
    private static int known(JsonParser p, int seen, int bit, String pointer, String name) {
        int mask = 1 << bit;
        if ((seen & mask) != 0) {
            throw duplicate(p, pointer, name);
        }
        return seen | mask;
    }

    /** Marks an unknown property as seen, creating the set on first use. */
    private static java.util.Set<String> other(JsonParser p, java.util.Set<String> seen, String pointer, String name) {
        java.util.Set<String> names = seen == null ? new java.util.HashSet<>() : seen;
        if (!names.add(name)) {
            // an unknown name is input: the pointer names the object
            throw JsonErrors.at(p, ErrorType.DUPLICATE_PROPERTY, pointer, "an object has the same property twice");
        }
        return names;
    }

    private static JsonInputException duplicate(JsonParser p, String pointer, String name) {
        return JsonErrors.at(p, ErrorType.DUPLICATE_PROPERTY, Pointers.child(pointer, name),
                "an object has the same property twice");
    }
}
