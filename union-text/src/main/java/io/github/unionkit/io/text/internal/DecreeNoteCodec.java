package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DeadlineParseOptions;
import io.github.unionkit.io.text.RussianDeadlineRenderer;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ControlClause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.meeting.AgendaItem;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.MeetingKind;
import io.github.unionkit.model.meeting.RomanNumeral;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.threeten.extra.LocalDateRange;

/**
 * The fields of structured notes ({@link DecreeNotes}): how each part of a resolution that the
 * conventional text cannot carry is written as fields, and read back. Enumerations are written by
 * constant name, dates in ISO form, absent values as empty fields, deadlines as Russian phrases.
 *
 * <p>Every {@code read…} method throws {@link IllegalArgumentException} (a model exception or a
 * malformed field) when the fields do not make a valid value; the parser then ignores the note with a
 * warning.
 */
public final class DecreeNoteCodec {

    private static final String BODY = "орган";
    private static final String ORGANIZATION = "организация";
    private static final String ORGANIZATIONS = "организации";
    private static final String ALL = "все";
    private static final String OFFICER = "должностное лицо";
    private static final String PERSON = "лицо";

    private DecreeNoteCodec() {
    }

    // ---------------------------------------------------------------- deadlines

    /**
     * Returns the phrase a note writes for a deadline, chosen so that the parser reads the same
     * deadline back wherever it can: the deadline's own phrase if it reads back as the very same
     * deadline in this document; the own phrase of an unspecified deadline if it is not readable at all
     * (the parser keeps an unreadable phrase as an unspecified deadline); nothing for an unspecified
     * deadline without a phrase; else the phrase {@link RussianDeadlineRenderer} writes.
     *
     * @param deadline the deadline
     * @param documentDate the document's date
     * @param policy how the parser reads "до X"
     * @return the phrase, possibly empty
     */
    public static String phrase(Deadline deadline, LocalDate documentDate, UntilPolicy policy) {
        if (deadline.phrase().isPresent()) {
            String own = deadline.phrase().get();
            try {
                if (readDeadline(own, documentDate, policy).equals(deadline)) {
                    return own;
                }
            } catch (DeadlineParseException e) {
                if (deadline.kind() == DeadlineKind.UNSPECIFIED && TextNormalizer.isNormalized(own) && !own.isEmpty()) {
                    return own;
                }
            }
        } else if (deadline.kind() == DeadlineKind.UNSPECIFIED) {
            return "";
        }
        return RussianDeadlineRenderer.render(deadline);
    }

    /**
     * Reads a deadline phrase from a note.
     *
     * @param phrase the phrase, not empty
     * @param documentDate the document's date
     * @param policy how "до X" treats X
     * @return the deadline
     * @throws DeadlineParseException if the phrase cannot be read
     */
    public static Deadline readDeadline(String phrase, LocalDate documentDate, UntilPolicy policy) {
        return RussianDeadlines.parse(phrase, documentDate, DeadlineParseOptions.defaults().withUntilPolicy(policy));
    }

    // ---------------------------------------------------------------- organizations and assignees

    private static void ref(List<String> out, OrganizationRef ref) {
        out.add(ref.asWritten());
        out.add(ref.id().map(OrganizationId::toString).orElse(""));
    }

    private static OrganizationRef ref(List<String> fields, int i) {
        String name = required(fields, i);
        String id = field(fields, i + 1);
        return id.isEmpty() ? OrganizationRef.of(name) : OrganizationRef.of(name, OrganizationId.parse(id));
    }

    /**
     * Writes an assignee.
     *
     * @param assignee the assignee
     * @return its fields
     */
    public static List<String> assignee(Assignee assignee) {
        List<String> out = new ArrayList<>();
        switch (assignee.assigneeKind()) {
            case BODY: {
                Assignee.BodyOf body = (Assignee.BodyOf) assignee;
                out.add(BODY);
                out.add(body.kind().name());
                ref(out, body.organization());
                break;
            }
            case ORGANIZATION:
                out.add(ORGANIZATION);
                ref(out, ((Assignee.Organization) assignee).organization());
                break;
            case ORGANIZATIONS:
                out.add(ORGANIZATIONS);
                for (OrganizationRef ref : ((Assignee.Organizations) assignee).organizations()) {
                    ref(out, ref);
                }
                break;
            case ALL_OF_LEVEL:
                out.add(ALL);
                out.add(((Assignee.AllOf) assignee).level().name());
                break;
            case OFFICER: {
                Assignee.Officer officer = (Assignee.Officer) assignee;
                out.add(OFFICER);
                out.add(officer.role().name());
                ref(out, officer.organization());
                out.add(officer.asWritten());
                out.add(officer.holder().map(Assignee.Person::asWritten).orElse(""));
                break;
            }
            default:
                out.add(PERSON);
                out.add(((Assignee.Person) assignee).asWritten());
                break;
        }
        return out;
    }

    /**
     * Reads an assignee.
     *
     * @param fields the fields
     * @param from the index of the kind field
     * @return the assignee
     * @throws IllegalArgumentException if the fields are not an assignee
     */
    public static Assignee readAssignee(List<String> fields, int from) {
        String kind = required(fields, from);
        switch (kind) {
            case BODY:
                return Assignee.bodyOf(BodyKind.valueOf(required(fields, from + 1)), ref(fields, from + 2));
            case ORGANIZATION:
                return Assignee.organization(ref(fields, from + 1));
            case ORGANIZATIONS: {
                List<OrganizationRef> refs = new ArrayList<>();
                for (int i = from + 1; i < fields.size(); i += 2) {
                    refs.add(ref(fields, i));
                }
                return Assignee.organizations(refs);
            }
            case ALL:
                return Assignee.allOf(OrganizationLevel.valueOf(required(fields, from + 1)));
            case OFFICER: {
                OfficerRole role = OfficerRole.valueOf(required(fields, from + 1));
                OrganizationRef ref = ref(fields, from + 2);
                String office = required(fields, from + 4);
                String holder = field(fields, from + 5);
                return holder.isEmpty() ? Assignee.officer(role, ref, office)
                        : Assignee.officer(role, ref, office, Assignee.person(holder));
            }
            case PERSON:
                return Assignee.person(required(fields, from + 1));
            default:
                throw new IllegalArgumentException("unknown assignee kind");
        }
    }

    // ---------------------------------------------------------------- resolution parts

    /**
     * Writes a size band.
     *
     * @param band the band
     * @param documentDate the document's date
     * @param policy how the parser reads "до X"
     * @return its fields
     */
    public static List<String> band(SizeBand band, LocalDate documentDate, UntilPolicy policy) {
        List<String> out = new ArrayList<>();
        out.add(band.range().toString());
        out.add(phrase(band.deadline(), documentDate, policy));
        out.add(band.subjectAsWritten());
        for (OrganizationRef ref : band.organizations()) {
            ref(out, ref);
        }
        return out;
    }

    /**
     * Reads a size band.
     *
     * @param fields the fields
     * @param deadline the band's deadline, already read from field 1
     * @return the band
     * @throws IllegalArgumentException if the fields are not a band
     */
    public static SizeBand readBand(List<String> fields, Deadline deadline) {
        MembershipRange range = MembershipRange.parse(required(fields, 0));
        String subject = required(fields, 2);
        List<OrganizationRef> refs = new ArrayList<>();
        for (int i = 3; i < fields.size(); i += 2) {
            refs.add(ref(fields, i));
        }
        return SizeBand.of(range, deadline, refs, subject);
    }

    /**
     * Writes a decree reference.
     *
     * @param reference the reference
     * @return its fields
     */
    public static List<String> reference(DecreeReference reference) {
        List<String> out = new ArrayList<>();
        out.add(reference.number().toString());
        out.add(reference.dates().getStart().toString());
        out.add(reference.dates().getEndInclusive().toString());
        out.add(reference.issuerKind().map(BodyKind::name).orElse(""));
        out.add(reference.issuerAsWritten().orElse(""));
        out.add(reference.asWritten());
        return out;
    }

    /**
     * Reads a decree reference.
     *
     * @param fields the fields
     * @return the reference
     * @throws IllegalArgumentException if the fields are not a reference
     */
    public static DecreeReference readReference(List<String> fields) {
        DecreeNumber number = DecreeNumber.parse(required(fields, 0));
        LocalDateRange dates = LocalDateRange.ofClosed(date(required(fields, 1)), date(required(fields, 2)));
        String kind = field(fields, 3);
        String issuer = field(fields, 4);
        return new DecreeReference(issuer.isEmpty() ? Optional.empty() : Optional.of(issuer),
                kind.isEmpty() ? Optional.empty() : Optional.of(BodyKind.valueOf(kind)), number, dates,
                required(fields, 5));
    }

    /**
     * Writes a meeting.
     *
     * @param meeting the meeting
     * @return its fields
     */
    public static List<String> meeting(Meeting meeting) {
        List<String> out = new ArrayList<>();
        out.add(meeting.body().kind().name());
        out.add(meeting.body().organization().toString());
        out.add(meeting.kind().name());
        out.add(meeting.number().isPresent() ? Integer.toString(meeting.number().getAsInt()) : "");
        out.add(meeting.ordinal().map(RomanNumeral::toString).orElse(""));
        out.add(meeting.stage().isPresent() ? Integer.toString(meeting.stage().getAsInt()) : "");
        out.add(meeting.firstDay().toString());
        out.add(meeting.lastDay().toString());
        out.add(meeting.place().orElse(""));
        for (AgendaItem item : meeting.agenda()) {
            out.add(item.title());
        }
        return out;
    }

    /**
     * Reads a meeting.
     *
     * @param fields the fields
     * @return the meeting
     * @throws IllegalArgumentException if the fields are not a meeting
     */
    public static Meeting readMeeting(List<String> fields) {
        Meeting.Builder builder = Meeting.builder()
                .body(Body.of(BodyKind.valueOf(required(fields, 0)), OrganizationId.parse(required(fields, 1))))
                .kind(MeetingKind.valueOf(required(fields, 2)))
                .number(optionalInt(field(fields, 3)))
                .stage(optionalInt(field(fields, 5)))
                .dates(LocalDateRange.ofClosed(date(required(fields, 6)), date(required(fields, 7))));
        String ordinal = field(fields, 4);
        if (!ordinal.isEmpty()) {
            builder.ordinal(RomanNumeral.parse(ordinal));
        }
        String place = field(fields, 8);
        if (!place.isEmpty()) {
            builder.place(place);
        }
        for (int i = 9; i < fields.size(); i++) {
            builder.addAgenda(AgendaItem.of(i - 8, required(fields, i)));
        }
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("incomplete meeting", e);
        }
    }

    /**
     * Writes a control clause.
     *
     * @param control the control clause
     * @return its fields
     */
    public static List<String> control(ControlClause control) {
        List<String> out = new ArrayList<>();
        out.add(control.number().toString());
        out.add(control.asWritten());
        out.addAll(assignee(control.controller()));
        return out;
    }

    /**
     * Reads a control clause.
     *
     * @param fields the fields
     * @return the control clause
     * @throws IllegalArgumentException if the fields are not a control clause
     */
    public static ControlClause readControl(List<String> fields) {
        return ControlClause.of(ClauseNumber.parse(required(fields, 0)), readAssignee(fields, 2), required(fields, 1));
    }

    /**
     * Writes a signatory.
     *
     * @param signatory the signatory
     * @return its fields
     */
    public static List<String> signatory(Signatory signatory) {
        List<String> out = new ArrayList<>();
        out.add(signatory.position());
        out.add(signatory.name().orElse(""));
        return out;
    }

    /**
     * Reads a signatory.
     *
     * @param fields the fields
     * @return the signatory
     * @throws IllegalArgumentException if the fields are not a signatory
     */
    public static Signatory readSignatory(List<String> fields) {
        String name = field(fields, 1);
        return name.isEmpty() ? Signatory.of(required(fields, 0)) : Signatory.of(required(fields, 0), name);
    }

    /**
     * Writes an attachment.
     *
     * @param attachment the attachment
     * @return its fields
     */
    public static List<String> attachment(Attachment attachment) {
        List<String> out = new ArrayList<>();
        out.add(attachment.title());
        out.add(attachment.reference().orElse(""));
        return out;
    }

    /**
     * Reads an attachment.
     *
     * @param fields the fields
     * @return the attachment
     * @throws IllegalArgumentException if the fields are not an attachment
     */
    public static Attachment readAttachment(List<String> fields) {
        String reference = field(fields, 1);
        return reference.isEmpty() ? Attachment.of(required(fields, 0)) : Attachment.of(required(fields, 0), reference);
    }

    /**
     * Writes the issuer.
     *
     * @param issuer the issuing body
     * @param issuerName the issuer's name as in the header
     * @return the fields
     */
    public static List<String> issuer(Body issuer, String issuerName) {
        List<String> out = new ArrayList<>();
        out.add(issuer.kind().name());
        out.add(issuer.organization().toString());
        out.add(issuerName);
        return out;
    }

    // ---------------------------------------------------------------- fields

    /**
     * Returns field {@code i}, or empty if there are fewer fields.
     *
     * @param fields the fields
     * @param i the index
     * @return the field, possibly empty
     */
    public static String field(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i) : "";
    }

    /**
     * Returns field {@code i}, which must be present and not empty.
     *
     * @param fields the fields
     * @param i the index
     * @return the field
     * @throws IllegalArgumentException if it is missing or empty
     */
    public static String required(List<String> fields, int i) {
        String value = field(fields, i);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("field " + i + " is missing");
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an ISO date", e);
        }
    }

    private static OptionalInt optionalInt(String text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }
}
