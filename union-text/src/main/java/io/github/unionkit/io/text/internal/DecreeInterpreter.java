package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DecreeElementSpan;
import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.io.text.DecreeReferenceMatch;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.Assignee;
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
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.InvalidDeadlineException;
import io.github.unionkit.model.path.PropertyPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * Turns a {@link DecreeDraft} into a {@link Resolution}: reads the issuer, the assignments, size
 * bands, references, control clause and signatory from the laid-out text, lets structured notes
 * override what the words cannot say, records where each element was read, and fills what is missing
 * with the documented placeholders (each announced by a warning).
 */
public final class DecreeInterpreter {

    /** The title used when the decree has none. */
    public static final String PLACEHOLDER_TITLE = "Без названия";
    /** The operative formula used when the decree has none. */
    public static final String PLACEHOLDER_FORMULA = "постановляет:";
    /** The issuer name used when neither the header nor the formula names one. */
    public static final String PLACEHOLDER_ISSUER = "Не указан";
    /** The text of a clause written without any. */
    public static final String PLACEHOLDER_CLAUSE = "(без текста)";

    private static final PropertyPath CLAUSES = PropertyPath.of("clauses");
    private static final int MAX_OWN_NAME = 300;
    private static final int MAX_OWN_WORDS = 40;
    private static final String PLACEHOLDER_OWN = "организация";

    private final DecreeDraft draft;
    private final String text;
    private final DecreeParseOptions options;
    private final DecreeWarnings warnings;
    private final List<DecreeElementSpan> spans = new ArrayList<>();
    private final Map<DecreeNotes.Key, List<DecreeNotes.Note>> notes = new EnumMap<>(DecreeNotes.Key.class);
    private final Map<String, Map<DecreeNotes.Key, List<DecreeNotes.Note>>> clauseNotes = new HashMap<>();
    private final Set<DecreeNotes.Note> usedNotes = Collections.newSetFromMap(new IdentityHashMap<>());

    private LocalDate date;
    private String issuerName;
    private DecreeOrganizations organizations;
    // The end of the subtree built last; clause() recursion is depth-capped, so one field suffices.
    private int lastEnd;
    private Map<DecreeDraft.Clause, DecreeAssignmentReader.Found> assignments;
    private DecreeSizeBands bandReader;

    private DecreeInterpreter(DecreeDraft draft, DecreeParseOptions options, DecreeWarnings warnings) {
        this.draft = draft;
        this.text = draft.text;
        this.options = options;
        this.warnings = warnings;
    }

    /**
     * Interprets a draft.
     *
     * @param draft the laid-out decree
     * @param options the parser's options
     * @param warnings where to report
     * @return the result
     * @throws DecreeParseException with {@code INVALID_RESOLUTION} if the model rejects what was read
     */
    public static DecreeParseResult interpret(DecreeDraft draft, DecreeParseOptions options, DecreeWarnings warnings) {
        return new DecreeInterpreter(draft, options, warnings).run();
    }

    private DecreeParseResult run() {
        indexNotes();
        LocalDateRange adopted;
        if (draft.adopted != null) {
            adopted = draft.adopted;
            span(PropertyPath.of("adopted"), draft.dateLine);
        } else {
            adopted = LocalDateRange.ofClosed(options.fallbackDate(), options.fallbackDate());
        }
        date = adopted.getStart();
        DecreeNumber number = draft.number != null ? draft.number : options.fallbackNumber();
        if (draft.number != null) {
            span(PropertyPath.of("number"), draft.numberPiece);
        }
        List<String> headerLines = new ArrayList<>();
        for (DecreeDraft.Piece line : draft.headerLines) {
            span(PropertyPath.of("headerLines").index(headerLines.size()), line);
            headerLines.add(line.normalized(text));
        }
        Optional<String> formulaLine = draft.formula == null ? Optional.empty()
                : Optional.of(draft.formula.normalized(text));
        Body issuer = issuer(formulaLine);
        String issuerName = this.issuerName;
        Optional<String> place = Optional.ofNullable(draft.place).map(p -> p.normalized(text));
        if (draft.place != null) {
            span(PropertyPath.of("place"), draft.place);
        }
        DecreeNotes.Note placeNote = lastNote(DecreeNotes.Key.PLACE);
        if (placeNote != null && !DecreeNoteCodec.field(placeNote.fields(), 0).isEmpty()) {
            place = Optional.of(placeNote.fields().get(0));
            noteSpan(PropertyPath.of("place"), placeNote);
        }
        String title = PLACEHOLDER_TITLE;
        if (draft.title != null) {
            title = draft.title.normalized(text);
            span(PropertyPath.of("title"), draft.title);
        }
        List<String> preamble = new ArrayList<>();
        for (DecreeDraft.Piece paragraph : draft.preamble) {
            span(PropertyPath.of("preamble").index(preamble.size()), paragraph);
            preamble.add(paragraph.normalized(text));
        }
        String formula = formulaLine.orElse(PLACEHOLDER_FORMULA);
        if (draft.formula != null) {
            span(PropertyPath.of("operativeFormula"), draft.formula);
        }
        DecreeNotes.Note formulaNote = lastNote(DecreeNotes.Key.FORMULA);
        if (formulaNote != null && !DecreeNoteCodec.field(formulaNote.fields(), 0).isEmpty()) {
            formula = formulaNote.fields().get(0);
            noteSpan(PropertyPath.of("operativeFormula"), formulaNote);
        }
        Optional<Meeting> meeting = meeting();
        assignments = new DecreeAssignmentReader(text, date, options.untilPolicy(), new DecreeAssignees(organizations),
                warnings).read(draft.clauses);
        bandReader = new DecreeSizeBands(text, date, options.untilPolicy(), organizations, warnings);
        List<Clause> clauses = new ArrayList<>();
        for (DecreeDraft.Clause clause : draft.clauses) {
            clauses.add(clause(clause));
        }
        List<DecreeReference> references = references();
        Optional<ControlClause> control = control(clauses);
        Optional<Signatory> signatory = signatory();
        List<Attachment> attachments = attachments();
        reportUnusedNotes();
        Resolution resolution;
        try {
            resolution = Resolution.builder()
                    .issuer(issuer)
                    .issuerName(issuerName)
                    .headerLines(headerLines)
                    .meeting(meeting)
                    .number(number)
                    .adopted(adopted)
                    .place(place)
                    .title(title)
                    .preamble(preamble)
                    .operativeFormula(formula)
                    .clauses(clauses)
                    .references(references)
                    .controlClause(control)
                    .signatory(signatory)
                    .attachments(attachments)
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DecreeParseException(DecreeParseException.ErrorType.INVALID_RESOLUTION, 0, 1, e);
        }
        List<DecreeElementSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(s -> s.span().start()));
        return DecreeParseResult.of(resolution, warnings.list(), ordered);
    }

    // ---------------------------------------------------------------- notes

    private void indexNotes() {
        for (DecreeNotes.Note note : draft.notes) {
            if (note.target().isPresent()) {
                String target;
                try {
                    target = ClauseNumber.parse(note.target().get()).toString();
                } catch (IllegalArgumentException e) {
                    warnings.add(Code.INVALID_NOTE, note.start(), note.end(), "not a clause number");
                    usedNotes.add(note);
                    continue;
                }
                clauseNotes.computeIfAbsent(target, k -> new EnumMap<>(DecreeNotes.Key.class))
                        .computeIfAbsent(note.key(), k -> new ArrayList<>()).add(note);
            } else {
                notes.computeIfAbsent(note.key(), k -> new ArrayList<>()).add(note);
            }
        }
    }

    private List<DecreeNotes.Note> notes(DecreeNotes.Key key) {
        List<DecreeNotes.Note> found = notes.getOrDefault(key, List.of());
        usedNotes.addAll(found);
        return found;
    }

    private DecreeNotes.Note lastNote(DecreeNotes.Key key) {
        List<DecreeNotes.Note> found = notes(key);
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    private List<DecreeNotes.Note> clauseNotes(ClauseNumber number, DecreeNotes.Key key) {
        Map<DecreeNotes.Key, List<DecreeNotes.Note>> byKey = clauseNotes.get(number.toString());
        List<DecreeNotes.Note> found = byKey == null ? List.of() : byKey.getOrDefault(key, List.of());
        usedNotes.addAll(found);
        return found;
    }

    private void invalid(DecreeNotes.Note note, String why) {
        warnings.add(Code.INVALID_NOTE, note.start(), note.end(), "[" + note.key().word() + "]: " + why);
    }

    private void reportUnusedNotes() {
        for (DecreeNotes.Note note : draft.notes) {
            if (!usedNotes.contains(note)) {
                invalid(note, "no clause " + note.target().orElse("?"));
            }
        }
    }

    private Deadline noteDeadline(DecreeNotes.Note note, String phrase) {
        if (phrase.isEmpty()) {
            return Deadline.unspecified();
        }
        try {
            return DecreeNoteCodec.readDeadline(phrase, date, options.untilPolicy());
        } catch (DeadlineParseException e) {
            warnings.add(Code.UNPARSEABLE_DEADLINE, note.start(), note.end(), "in a note: " + e.errorType());
            try {
                return Deadline.unspecified().withPhrase(phrase);
            } catch (InvalidDeadlineException tooLong) {
                return Deadline.unspecified();
            }
        }
    }

    // ---------------------------------------------------------------- issuer

    private Body issuer(Optional<String> formulaLine) {
        issuerName = inferredIssuerName(formulaLine);
        BodyKind kind = bodyIn(issuerName);
        if (kind == null && formulaLine.isPresent()) {
            kind = bodyIn(formulaLine.get());
        }
        String ownName = ownName();
        if (ownName.length() > MAX_OWN_NAME) {
            // A name this long is not one; keeping it would copy it into every reference to it.
            ownName = PLACEHOLDER_OWN;
        }
        Tokens ownTokens = Tokens.of(ownName);
        List<String> ownWords = new ArrayList<>(DecreeOrganizations.words(ownTokens, 0, ownTokens.size()));
        Tokens issuerTokens = Tokens.of(issuerName);
        long body = RussianBodies.read(issuerTokens, 0);
        ownWords.addAll(DecreeOrganizations.words(issuerTokens, body >= 0 ? Packed.end(body) : 0,
                Math.min(issuerTokens.size(), MAX_OWN_WORDS)));
        organizations = new DecreeOrganizations(ownName, ownWords, Optional.empty(), options.organizations());
        Optional<OrganizationId> id = options.issuer().isPresent() ? options.issuer() : organizations.lookUp(ownName);
        DecreeNotes.Note note = lastNote(DecreeNotes.Key.ISSUER);
        boolean noted = false;
        if (note != null) {
            try {
                List<String> f = note.fields();
                BodyKind notedKind = BodyKind.valueOf(DecreeNoteCodec.required(f, 0));
                String notedId = DecreeNoteCodec.field(f, 1);
                Optional<OrganizationId> parsedId = notedId.isEmpty() ? Optional.empty()
                        : Optional.of(OrganizationId.parse(notedId));
                String notedName = DecreeNoteCodec.required(f, 2);
                kind = notedKind;
                id = parsedId;
                issuerName = notedName;
                noted = true;
                noteSpan(PropertyPath.of("issuer"), note);
            } catch (IllegalArgumentException e) {
                invalid(note, "not an issuer");
            }
        }
        if (kind == null) {
            kind = BodyKind.COMMITTEE;
            int at = draft.headerLines.isEmpty() ? 0 : draft.headerLines.get(draft.headerLines.size() - 1).start;
            warnings.add(Code.UNKNOWN_ISSUER_BODY, at, at, "no body named in the header or the formula");
        }
        if (id.isEmpty() && !noted) {
            warnings.add(Code.UNRESOLVED_ISSUER, 0, 0,
                    "give the issuer's id in the options, or an organization tree that names it");
        }
        organizations = organizations.withOwnId(id);
        return Body.of(kind, id.orElse(DecreeTextParser.UNRESOLVED_ISSUER));
    }

    /** The last header line without the document type word; else the formula without "постановляет:". */
    private String inferredIssuerName(Optional<String> formulaLine) {
        for (int i = draft.headerLines.size() - 1; i >= 0; i--) {
            DecreeDraft.Piece line = draft.headerLines.get(i);
            Tokens t = line.tokens(text);
            int type = DecreeWords.documentTypeStart(t);
            String rest = type < 0 ? line.normalized(text)
                    : type == 0 ? "" : TextNormalizer.normalize(text.subSequence(line.start, t.end(type - 1)));
            if (!rest.isEmpty()) {
                return rest;
            }
        }
        if (formulaLine.isPresent()) {
            Tokens t = Tokens.of(formulaLine.get());
            int word = DecreeWords.formulaWordStart(t);
            if (word > 0) {
                return TextNormalizer.normalize(formulaLine.get().subSequence(0, t.end(word - 1)));
            }
        }
        return PLACEHOLDER_ISSUER;
    }

    private static BodyKind bodyIn(String name) {
        Tokens t = Tokens.of(name);
        for (int i = 0; i < t.size(); i++) {
            long body = RussianBodies.read(t, i);
            if (body >= 0) {
                return BodyKind.values()[Packed.value(body)];
            }
        }
        return null;
    }

    /** The header line naming the issuer's own organization, else the issuer name without the body. */
    private String ownName() {
        for (int i = draft.headerLines.size() - 1; i >= 0; i--) {
            DecreeDraft.Piece line = draft.headerLines.get(i);
            Tokens t = line.tokens(text);
            if (RussianBodies.read(t, 0) >= 0) {
                continue;
            }
            for (int k = 0; k < t.size(); k++) {
                if (t.startsWith(k, "организаци")) {
                    int type = DecreeWords.documentTypeStart(t);
                    String name = type <= 0 ? line.normalized(text)
                            : TextNormalizer.normalize(text.subSequence(line.start, t.end(type - 1)));
                    if (!name.isEmpty()) {
                        return name;
                    }
                }
            }
        }
        Tokens t = Tokens.of(issuerName);
        long body = RussianBodies.read(t, 0);
        if (body >= 0 && Packed.end(body) < t.size()) {
            return TextNormalizer.normalize(issuerName.substring(t.start(Packed.end(body))));
        }
        return issuerName;
    }

    private Optional<Meeting> meeting() {
        DecreeNotes.Note note = lastNote(DecreeNotes.Key.MEETING);
        if (note == null) {
            return Optional.empty();
        }
        try {
            Meeting meeting = DecreeNoteCodec.readMeeting(note.fields());
            noteSpan(PropertyPath.of("meeting"), note);
            return Optional.of(meeting);
        } catch (IllegalArgumentException e) {
            invalid(note, "not a meeting");
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- clauses

    private Clause clause(DecreeDraft.Clause draftClause) {
        ClauseNumber number = draftClause.number;
        PropertyPath path = CLAUSES.key(number);
        String clauseText = draftClause.text.normalized(text);
        if (clauseText.isEmpty()) {
            warnings.add(Code.EMPTY_CLAUSE, draftClause.start, draftClause.text.end, "clause " + number);
            clauseText = PLACEHOLDER_CLAUSE;
        }
        Clause.Builder builder = Clause.builder().number(number).text(clauseText);
        for (int i = 0; i < draftClause.items.size(); i++) {
            DecreeDraft.Piece item = draftClause.items.get(i);
            builder.addItems(item.normalized(text));
            span(path.property("items").index(i), item);
        }
        assignment(draftClause, path).ifPresent(builder::assignment);
        builder.sizeBands(bands(draftClause, path));
        int end = draftClause.ownEnd();
        for (DecreeDraft.Clause child : draftClause.children) {
            builder.addChildren(clause(child));
            end = Math.max(end, lastEnd);
        }
        lastEnd = end;
        span(path, draftClause.start, end);
        return builder.build();
    }

    private Optional<Assignment> assignment(DecreeDraft.Clause draftClause, PropertyPath path) {
        List<DecreeNotes.Note> assignmentNotes = clauseNotes(draftClause.number, DecreeNotes.Key.ASSIGNMENT);
        List<DecreeNotes.Note> assigneeNotes = clauseNotes(draftClause.number, DecreeNotes.Key.ASSIGNEE);
        if (!assignmentNotes.isEmpty()) {
            DecreeNotes.Note note = assignmentNotes.get(assignmentNotes.size() - 1);
            if (note.isNone()) {
                return Optional.empty();
            }
            try {
                List<Assignee> who = new ArrayList<>();
                for (DecreeNotes.Note assignee : assigneeNotes) {
                    who.add(DecreeNoteCodec.readAssignee(assignee.fields(), 0));
                }
                List<String> f = note.fields();
                Assignment assignment = Assignment.of(who, DecreeNoteCodec.required(f, 0),
                        DecreeNoteCodec.required(f, 1), noteDeadline(note, DecreeNoteCodec.field(f, 2)));
                noteSpan(path.property("assignment"), note);
                return Optional.of(assignment);
            } catch (IllegalArgumentException e) {
                invalid(note, "not an assignment of clause " + draftClause.number);
            }
        } else if (!assigneeNotes.isEmpty()) {
            invalid(assigneeNotes.get(0), "an assignee without an assignment");
        }
        DecreeAssignmentReader.Found found = assignments.get(draftClause);
        if (found == null) {
            return Optional.empty();
        }
        span(path.property("assignment"), draftClause.start, draftClause.ownEnd());
        if (found.deadlineSpan != null) {
            span(path.property("assignment").property("deadline"), found.deadlineSpan.start(),
                    found.deadlineSpan.end());
        }
        return Optional.of(found.assignment);
    }

    private List<SizeBand> bands(DecreeDraft.Clause draftClause, PropertyPath path) {
        List<DecreeNotes.Note> none = clauseNotes(draftClause.number, DecreeNotes.Key.BANDS);
        List<DecreeNotes.Note> noted = clauseNotes(draftClause.number, DecreeNotes.Key.BAND);
        if (!none.isEmpty() || !noted.isEmpty()) {
            List<SizeBand> out = new ArrayList<>();
            try {
                for (DecreeNotes.Note note : noted) {
                    List<String> f = note.fields();
                    out.add(DecreeNoteCodec.readBand(f, noteDeadline(note, DecreeNoteCodec.field(f, 1))));
                    noteSpan(path.property("sizeBands").index(out.size() - 1), note);
                }
                return out;
            } catch (IllegalArgumentException e) {
                invalid(noted.get(out.size()), "not a size band of clause " + draftClause.number);
            }
        }
        List<SizeBand> out = new ArrayList<>();
        for (DecreeSizeBands.Found found : bandReader.read(draftClause)) {
            PropertyPath band = path.property("sizeBands").index(out.size());
            span(band, found.span.start(), found.span.end());
            span(band.property("deadline"), found.deadlineSpan.start(), found.deadlineSpan.end());
            out.add(found.band);
        }
        return out;
    }

    // ---------------------------------------------------------------- references, control, signatory

    private List<DecreeReference> references() {
        List<DecreeNotes.Note> none = notes(DecreeNotes.Key.REFERENCES);
        List<DecreeNotes.Note> noted = notes(DecreeNotes.Key.REFERENCE);
        if (!none.isEmpty() || !noted.isEmpty()) {
            List<DecreeReference> out = new ArrayList<>();
            for (DecreeNotes.Note note : noted) {
                try {
                    out.add(DecreeNoteCodec.readReference(note.fields()));
                    noteSpan(PropertyPath.of("references").index(out.size() - 1), note);
                } catch (IllegalArgumentException e) {
                    invalid(note, "not a reference");
                }
            }
            return out;
        }
        List<DecreeDraft.Piece> pieces = new ArrayList<>();
        if (draft.title != null) {
            pieces.add(draft.title);
        }
        pieces.addAll(draft.preamble);
        for (DecreeDraft.Clause clause : DecreeDraftReader.allClauses(draft)) {
            pieces.add(clause.text);
            pieces.addAll(clause.items);
        }
        List<DecreeReference> out = new ArrayList<>();
        for (DecreeDraft.Piece piece : pieces) {
            Tokens t = piece.tokens(text);
            for (DecreeReferenceMatch match : ReferenceFinder.find(t, 0, t.size(), date,
                    (span, reason) -> warnings.add(Code.INVALID_REFERENCE, span.start(), span.end(), reason.toString()))) {
                span(PropertyPath.of("references").index(out.size()), match.span().start(), match.span().end());
                out.add(match.reference());
            }
        }
        return out;
    }

    private Optional<ControlClause> control(List<Clause> clauses) {
        DecreeNotes.Note note = lastNote(DecreeNotes.Key.CONTROL);
        if (note != null) {
            if (note.isNone()) {
                return Optional.empty();
            }
            try {
                ControlClause control = DecreeNoteCodec.readControl(note.fields());
                if (find(clauses, control.number())) {
                    noteSpan(PropertyPath.of("controlClause"), note);
                    return Optional.of(control);
                }
                invalid(note, "no clause " + control.number());
            } catch (IllegalArgumentException e) {
                invalid(note, "not a control clause");
            }
        }
        DecreeDraft.Clause found = null;
        for (DecreeDraft.Clause clause : DecreeDraftReader.allClauses(draft)) {
            if (clause.text.tokens(text).is(0, "контроль")) {
                found = clause;
            }
        }
        if (found == null) {
            warnings.add(Code.MISSING_CONTROL_CLAUSE, text.length(), text.length(), "no clause starts with \"Контроль\"");
            return Optional.empty();
        }
        Tokens t = found.text.tokens(text);
        Assignee controller = null;
        for (int i = 1; i < t.size() && controller == null; i++) {
            if (t.startsWith(i, "возлож") || t.startsWith(i, "возлаг")) {
                for (int k = i + 1; k <= i + 3 && k < t.size(); k++) {
                    if (t.is(k, "на")) {
                        controller = new DecreeAssignees(organizations).readOne(t, k + 1, t.size());
                        break;
                    }
                }
            }
        }
        if (controller == null) {
            warnings.add(Code.UNREADABLE_CONTROL_CLAUSE, found.start, found.text.end, "clause " + found.number);
            return Optional.empty();
        }
        span(PropertyPath.of("controlClause"), found.start, found.text.end);
        return Optional.of(ControlClause.of(found.number, controller, found.text.normalized(text)));
    }

    private static boolean find(List<Clause> clauses, ClauseNumber number) {
        for (Clause clause : clauses) {
            for (Clause c : clause.depthFirst()) {
                if (c.number().equals(number)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Signatory> signatory() {
        DecreeNotes.Note note = lastNote(DecreeNotes.Key.SIGNATORY);
        if (note != null) {
            if (note.isNone()) {
                return Optional.empty();
            }
            try {
                Signatory signatory = DecreeNoteCodec.readSignatory(note.fields());
                noteSpan(PropertyPath.of("signatory"), note);
                return Optional.of(signatory);
            } catch (IllegalArgumentException e) {
                invalid(note, "not a signatory");
            }
        }
        if (draft.signatory.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (DecreeDraft.Piece line : draft.signatory) {
            joined.append(text, line.start, line.end).append(' ');
        }
        DecreeDraft.Piece first = draft.signatory.get(0);
        span(PropertyPath.of("signatory"), first.start, draft.signatory.get(draft.signatory.size() - 1).end);
        return Optional.of(signatoryOf(TextNormalizer.normalize(joined)));
    }

    /**
     * Reads a signatory block: the position, and the name if the block ends with one ("… Т.М.
     * Бугреева", "… Бугреева Т.М.").
     *
     * @param block the block's lines joined and whitespace-normalised, not blank
     * @return the signatory
     */
    public static Signatory signatoryOf(String block) {
        Tokens t = Tokens.of(block);
        int name = t.size() > 1 ? DecreeWords.nameStart(t, 1, t.size()) : -1;
        if (name < 0) {
            return Signatory.of(block);
        }
        return Signatory.of(TextNormalizer.normalize(block.substring(0, t.start(name))),
                block.substring(t.start(name)));
    }

    private List<Attachment> attachments() {
        List<Attachment> out = new ArrayList<>();
        for (DecreeNotes.Note note : notes(DecreeNotes.Key.ATTACHMENT)) {
            try {
                out.add(DecreeNoteCodec.readAttachment(note.fields()));
                noteSpan(PropertyPath.of("attachments").index(out.size() - 1), note);
            } catch (IllegalArgumentException e) {
                invalid(note, "not an attachment");
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- spans

    private void span(PropertyPath path, DecreeDraft.Piece piece) {
        spans.add(new DecreeElementSpan(path, piece.span(), piece.line + 1));
    }

    private void span(PropertyPath path, int start, int end) {
        spans.add(new DecreeElementSpan(path, TextSpan.of(start, end), draft.lines.lineOf(start)));
    }

    private void noteSpan(PropertyPath path, DecreeNotes.Note note) {
        span(path, note.start(), note.end());
    }
}
