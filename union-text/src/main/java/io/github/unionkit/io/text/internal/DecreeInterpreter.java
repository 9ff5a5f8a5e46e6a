package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.error.Detail;
import static io.github.unionkit.model.path.ModelProperty.ADOPTED;
import static io.github.unionkit.model.path.ModelProperty.ASSIGNMENT;
import static io.github.unionkit.model.path.ModelProperty.ATTACHMENTS;
import static io.github.unionkit.model.path.ModelProperty.CONTROL_CLAUSE;
import static io.github.unionkit.model.path.ModelProperty.DEADLINE;
import static io.github.unionkit.model.path.ModelProperty.HEADER_LINES;
import static io.github.unionkit.model.path.ModelProperty.ISSUER_KIND;
import static io.github.unionkit.model.path.ModelProperty.ISSUER_ORGANIZATION;
import static io.github.unionkit.model.path.ModelProperty.ITEMS;
import static io.github.unionkit.model.path.ModelProperty.NUMBER;
import static io.github.unionkit.model.path.ModelProperty.OPERATIVE_FORMULA;
import static io.github.unionkit.model.path.ModelProperty.PLACE;
import static io.github.unionkit.model.path.ModelProperty.PREAMBLE;
import static io.github.unionkit.model.path.ModelProperty.REFERENCES;
import static io.github.unionkit.model.path.ModelProperty.SIGNATORY;
import static io.github.unionkit.model.path.ModelProperty.SIZE_BANDS;
import static io.github.unionkit.model.path.ModelProperty.TITLE;

import io.github.unionkit.io.text.DecreeElementSpan;
import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.io.text.DecreeReferenceMatch;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
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
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.path.ModelProperty;
import io.github.unionkit.model.path.PropertyPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Turns a {@link DecreeDraft} into a {@link Resolution}: reads the issuer, the assignments, size
 * bands, references, control clause, signatory and attachments from the laid-out text and records
 * where each element was read. Nothing is invented: an element the text does not give is absent, and
 * the reader that noticed says so with a warning.
 */
public final class DecreeInterpreter {

    private static final PropertyPath CLAUSES_PATH = PropertyPath.of(ModelProperty.CLAUSES);
    private static final int MAX_OWN_NAME = 300;
    private static final int MAX_OWN_WORDS = 40;

    private final DecreeDraft draft;
    private final String text;
    private final DecreeParseOptions options;
    private final DecreeWarnings warnings;
    private final List<DecreeElementSpan> spans = new ArrayList<>();

    // Null when the document's date is unknown: deadlines then stay unresolved.
    private LocalDate date;
    private String issuerName;
    private boolean headerGenitive;
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
        Optional<LocalDateRange> adopted = Optional.ofNullable(draft.adopted);
        if (draft.adopted != null) {
            span(PropertyPath.of(ADOPTED), draft.dateLine);
        }
        date = adopted.map(LocalDateRange::getStart).orElse(null);
        Optional<DecreeNumber> number = Optional.ofNullable(draft.number);
        if (draft.number != null) {
            span(PropertyPath.of(NUMBER), draft.numberPiece);
        }
        List<String> headerLines = new ArrayList<>();
        for (DecreeDraft.Piece line : draft.headerLines) {
            String normalized = line.normalized(text);
            if (!normalized.isEmpty()) {
                span(PropertyPath.of(HEADER_LINES).index(headerLines.size()), line);
                headerLines.add(normalized);
            }
        }
        Issuer issuer = issuer();
        Optional<String> place = Optional.ofNullable(draft.place).map(p -> p.normalized(text));
        if (draft.place != null) {
            span(PropertyPath.of(PLACE), draft.place);
        }
        Optional<String> title = Optional.empty();
        if (draft.title != null) {
            title = Optional.of(draft.title.normalized(text)).filter(t -> !t.isEmpty());
            span(PropertyPath.of(TITLE), draft.title);
        }
        List<String> preamble = new ArrayList<>();
        for (DecreeDraft.Piece paragraph : draft.preamble) {
            String normalized = paragraph.normalized(text);
            if (!normalized.isEmpty()) {
                span(PropertyPath.of(PREAMBLE).index(preamble.size()), paragraph);
                preamble.add(normalized);
            }
        }
        Optional<String> formula = Optional.empty();
        if (draft.formula != null) {
            formula = Optional.of(draft.formula.normalized(text));
            span(PropertyPath.of(OPERATIVE_FORMULA), draft.formula);
        }
        assignments = new DecreeAssignmentReader(text, date, options.untilPolicy(), new DecreeAssignees(organizations),
                warnings).read(draft.clauses);
        bandReader = new DecreeSizeBands(text, date, options.untilPolicy(), organizations, warnings);
        List<Clause> clauses = new ArrayList<>();
        for (DecreeDraft.Clause clause : draft.clauses) {
            Clause built = clause(clause);
            if (built != null) {
                clauses.add(built);
            }
        }
        Optional<Signatory> signatory = signatory();
        List<DecreeReference> references = references(number);
        Optional<ControlClause> control = control(clauses, signatory);
        List<Attachment> attachments = attachments();
        Resolution resolution;
        try {
            resolution = Resolution.builder()
                    .draft(draft.draftMark)
                    .issuerKind(issuer.kind)
                    .issuerOrganization(issuer.organization)
                    .issuerName(Optional.ofNullable(issuerName).filter(n -> !n.isEmpty()))
                    .headerLines(headerLines)
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
            throw new DecreeParseException(DecreeParseException.ErrorType.INVALID_RESOLUTION, "", 0, e);
        }
        List<DecreeElementSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(s -> s.span().start()));
        return DecreeParseResult.of(resolution, warnings.list(), ordered);
    }

    // ---------------------------------------------------------------- issuer

    /** The issuer as read: each part may be absent. */
    private static final class Issuer {
        Optional<BodyKind> kind = Optional.empty();
        Optional<OrganizationId> organization = Optional.empty();
    }

    /**
     * The issuing body: the subject of the formula (who decides), checked against the header. A
     * disagreement keeps the formula's body with a warning; absence of both is a warning and no kind.
     * A body named elsewhere (the preamble's "исполкома ФНПР") is never taken.
     */
    private Issuer issuer() {
        Issuer issuer = new Issuer();
        String subject = formulaSubject();
        BodyKind formulaKind = subject == null ? null : bodyIn(subject);
        int headerLine = -1;
        BodyKind headerKind = null;
        // The last header line with a body; a line that also names the organization wins.
        for (int i = draft.headerLines.size() - 1; i >= 0; i--) {
            String line = despaced(draft.headerLines.get(i));
            BodyKind kind = bodyIn(line);
            if (kind != null && (headerKind == null || namesMoreThanBodies(line)
                    && !namesMoreThanBodies(despaced(draft.headerLines.get(headerLine))))) {
                headerKind = kind;
                headerLine = i;
            }
        }
        PropertyPath kindPath = PropertyPath.of(ISSUER_KIND);
        int at = draft.formula != null ? draft.formula.start
                : draft.headerLines.isEmpty() ? 0 : draft.headerLines.get(0).start;
        if (formulaKind != null && headerKind != null && formulaKind != headerKind) {
            warnings.add(Code.ISSUER_DISAGREES, kindPath, at, at, WarningDetails.issuerDisagrees(formulaKind, headerKind));
        }
        BodyKind kind = formulaKind != null ? formulaKind : headerKind;
        if (kind == null) {
            warnings.add(Code.UNKNOWN_ISSUER_BODY, kindPath, at, at, Detail.none());
        }
        issuer.kind = Optional.ofNullable(kind);
        // The header's words when they name the organization too ("ПРЕЗИДИУМ АСТРАХАНСКОЙ ОБЛАСТНОЙ
        // ОРГАНИЗАЦИИ"); the formula's subject when the header gives the body alone ("ПЛЕНУМ КОМИТЕТА").
        String headerName = headerLine >= 0 && (formulaKind == null || formulaKind == headerKind)
                ? nameOfHeaderBody(headerLine) : null;
        if (headerName != null && namesMoreThanBodies(headerName)) {
            issuerName = headerName;
        } else if (subject != null && namesMoreThanBodies(subject)) {
            issuerName = subject;
        } else {
            // "Постановление профсоюзного комитета" names the body in the genitive: the formula's
            // nominative subject reads better when there is one.
            issuerName = headerName != null && !(headerGenitive && subject != null) ? headerName : subject;
        }
        String ownName = ownName();
        if (ownName.length() > MAX_OWN_NAME) {
            // A name this long is not one; keeping it would copy it into every reference to it.
            ownName = ownName.substring(0, MAX_OWN_NAME);
        }
        Tokens ownTokens = Tokens.of(ownName);
        List<String> ownWords = new ArrayList<>(DecreeOrganizations.words(ownTokens, 0, ownTokens.size()));
        if (issuerName != null) {
            Tokens issuerTokens = Tokens.of(issuerName);
            long body = RussianBodies.read(issuerTokens, 0);
            ownWords.addAll(DecreeOrganizations.words(issuerTokens, body >= 0 ? Packed.end(body) : 0,
                    Math.min(issuerTokens.size(), MAX_OWN_WORDS)));
        }
        organizations = new DecreeOrganizations(ownName, ownWords, Optional.empty(), options.organizations(),
                Optional.ofNullable(date));
        Optional<OrganizationId> id = options.issuer().isPresent() ? options.issuer()
                : ownName.isEmpty() ? Optional.empty() : organizations.lookUp(ownName);
        if (id.isEmpty()) {
            warnings.add(Code.UNRESOLVED_ISSUER, PropertyPath.of(ISSUER_ORGANIZATION), at, at, Detail.none());
        }
        organizations = organizations.withOwnId(id);
        issuer.organization = id;
        return issuer;
    }

    /** The formula's subject without the formula word ("Президиум районной организации Профсоюза"), or null. */
    private String formulaSubject() {
        if (draft.formula != null) {
            Tokens t = draft.formula.tokens(text);
            int word = DecreeWords.formulaWordStart(t);
            if (word > 0) {
                int start = DecreeDraftReader.subjectStart(t, word);
                if (start >= 0) {
                    return TextNormalizer.normalize(text.subSequence(t.start(start), t.end(word - 1)));
                }
            }
        }
        if (draft.formulaSubject != null) {
            return draft.formulaSubject.normalized(text);
        }
        return null;
    }

    /** Whether a name has words besides body words, ordinals and the document type. */
    private static boolean namesMoreThanBodies(String name) {
        Tokens t = Tokens.of(name);
        int i = 0;
        while (i < t.size()) {
            long body = RussianBodies.read(t, i);
            if (body >= 0) {
                i = Packed.end(body);
                continue;
            }
            if (t.isWord(i) && t.end(i) - t.start(i) > 2 && !RussianBodies.isDecisionNoun(t, i)
                    && !t.startsWith(i, "профсоюзн") && !t.startsWith(i, "заседани") && !t.startsWith(i, "расширенн")
                    && !t.startsWith(i, "пленарн") && !t.startsWith(i, "очередн") && !t.startsWith(i, "внеочередн")) {
                return true;
            }
            i++;
        }
        return false;
    }

    private String despaced(DecreeDraft.Piece line) {
        return TextNormalizer.normalize(DecreeText.despaced(text.substring(line.start, line.end)));
    }

    /** The header line naming the body, without the document type word; joined letter-spacing. */
    private String nameOfHeaderBody(int index) {
        String line = despaced(draft.headerLines.get(index));
        Tokens t = Tokens.of(line);
        int type = DecreeWords.documentTypeStart(t);
        if (type > 0) {
            return TextNormalizer.normalize(line.substring(0, t.end(type - 1)));
        }
        if (type == 0) {
            return "";
        }
        if (t.size() > 1 && RussianBodies.isDecisionNoun(t, 0)) {
            // "Постановление профсоюзного комитета": the body without the document type.
            headerGenitive = true;
            return TextNormalizer.normalize(line.substring(t.start(1)));
        }
        return line;
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
            String line = despaced(draft.headerLines.get(i));
            Tokens t = Tokens.of(line);
            if (RussianBodies.read(t, 0) >= 0) {
                continue;
            }
            for (int k = 0; k < t.size(); k++) {
                if (t.startsWith(k, "организаци")) {
                    int type = DecreeWords.documentTypeStart(t);
                    String name = type <= 0 ? line : TextNormalizer.normalize(line.substring(0, t.end(type - 1)));
                    if (!name.isEmpty()) {
                        return name;
                    }
                }
            }
        }
        if (issuerName == null) {
            return "";
        }
        Tokens t = Tokens.of(issuerName);
        long body = RussianBodies.read(t, 0);
        if (body >= 0 && Packed.end(body) < t.size()) {
            return TextNormalizer.normalize(issuerName.substring(t.start(Packed.end(body))));
        }
        return issuerName;
    }

    // ---------------------------------------------------------------- clauses

    /** Builds a clause and its subtree; null (with a warning) for a clause without text. */
    private Clause clause(DecreeDraft.Clause draftClause) {
        ClauseNumber number = draftClause.number;
        PropertyPath path = CLAUSES_PATH.key(number);
        String clauseText = draftClause.text.normalized(text);
        if (clauseText.isEmpty()) {
            warnings.add(Code.EMPTY_CLAUSE, path, draftClause.start, draftClause.text.end,
                    draftClause.children.isEmpty() ? Detail.none()
                            : WarningDetails.subClausesLeftOut(draftClause.children.size()));
            return null;
        }
        Clause.Builder builder = Clause.builder().number(number).text(clauseText);
        for (int i = 0; i < draftClause.items.size(); i++) {
            DecreeDraft.Piece item = draftClause.items.get(i);
            String normalized = item.normalized(text);
            if (!normalized.isEmpty()) {
                span(path.property(ITEMS).index(i), item);
                builder.addItems(normalized);
            }
        }
        DecreeAssignmentReader.Found found = assignments.get(draftClause);
        if (found != null) {
            span(path.property(ASSIGNMENT), draftClause.start, draftClause.ownEnd());
            if (found.deadlineSpan != null) {
                span(path.property(ASSIGNMENT).property(DEADLINE), found.deadlineSpan.start(),
                        found.deadlineSpan.end());
            }
            builder.assignment(found.assignment);
        }
        builder.sizeBands(bands(draftClause, path));
        int end = draftClause.ownEnd();
        for (DecreeDraft.Clause child : draftClause.children) {
            Clause built = clause(child);
            if (built != null) {
                builder.addChildren(built);
            }
            end = Math.max(end, lastEnd);
        }
        lastEnd = end;
        span(path, draftClause.start, end);
        return builder.build();
    }

    private List<SizeBand> bands(DecreeDraft.Clause draftClause, PropertyPath path) {
        List<SizeBand> out = new ArrayList<>();
        for (DecreeSizeBands.Found found : bandReader.read(draftClause)) {
            PropertyPath band = path.property(SIZE_BANDS).index(out.size());
            span(band, found.span.start(), found.span.end());
            span(band.property(DEADLINE), found.deadlineSpan.start(), found.deadlineSpan.end());
            out.add(found.band);
        }
        return out;
    }

    // ---------------------------------------------------------------- references, control, signatory

    /** References in the title, preamble, formula and clauses; the decree's own number is not one. */
    private List<DecreeReference> references(Optional<DecreeNumber> own) {
        List<DecreeDraft.Piece> pieces = new ArrayList<>();
        if (draft.title != null) {
            pieces.add(draft.title);
        }
        pieces.addAll(draft.preamble);
        if (draft.formula != null) {
            pieces.add(draft.formula);
        }
        for (DecreeDraft.Clause clause : DecreeDraftReader.allClauses(draft)) {
            pieces.add(clause.text);
            pieces.addAll(clause.items);
        }
        List<DecreeReference> out = new ArrayList<>();
        PropertyPath path = PropertyPath.of(REFERENCES);
        for (DecreeDraft.Piece piece : pieces) {
            Tokens t = piece.tokens(text);
            for (DecreeReferenceMatch match : ReferenceFinder.find(t, 0, t.size(), date,
                    (span, reason) -> warnings.add(Code.INVALID_REFERENCE, path, span.start(), span.end(),
                            WarningDetails.reference(reason)))) {
                DecreeReference reference = match.reference();
                boolean self = own.isPresent() && own.get().equals(reference.number()) && draft.adopted != null
                        && reference.dates().equals(draft.adopted);
                if (!self) {
                    span(path.index(out.size()), match.span().start(), match.span().end());
                    out.add(reference);
                }
            }
        }
        return out;
    }

    /**
     * The control clause: the last clause that opens with "Контроль"; its controller is the one after
     * "возложить на", the signatory for "оставляю за собой", or the one after "оставить за".
     */
    private Optional<ControlClause> control(List<Clause> clauses, Optional<Signatory> signatory) {
        DecreeDraft.Clause found = null;
        for (DecreeDraft.Clause clause : DecreeDraftReader.allClauses(draft)) {
            if (clause.text.tokens(text).is(0, "контроль") && !clause.text.normalized(text).isEmpty()) {
                found = clause;
            }
        }
        PropertyPath path = PropertyPath.of(CONTROL_CLAUSE);
        if (found == null) {
            warnings.add(Code.MISSING_CONTROL_CLAUSE, path, text.length(), text.length(), Detail.none());
            return Optional.empty();
        }
        Tokens t = found.text.tokens(text);
        List<Assignee> controllers = new ArrayList<>();
        DecreeAssignees reader = new DecreeAssignees(organizations);
        for (int i = 1; i < t.size() && controllers.isEmpty(); i++) {
            if ((t.startsWith(i, "возлож") || t.startsWith(i, "возлаг")) && i + 1 < t.size()) {
                for (int k = i + 1; k <= i + 3 && k < t.size(); k++) {
                    if (t.is(k, "на")) {
                        controllers.addAll(reader.read(t, k + 1, t.size()));
                        break;
                    }
                }
            } else if (t.startsWith(i, "оставля") || t.startsWith(i, "оставит") || t.startsWith(i, "оставл")) {
                if (t.is(i + 1, "за") && (t.is(i + 2, "собой") || t.is(i + 2, "мной"))) {
                    signatoryAsController(signatory).ifPresent(controllers::add);
                } else {
                    int za = t.is(i + 1, "за") ? i + 2 : -1;
                    if (za > 0) {
                        Assignee one = controllerAfterZa(t, za);
                        if (one != null) {
                            controllers.add(one);
                        }
                    }
                }
            }
        }
        if (controllers.isEmpty()) {
            warnings.add(Code.UNREADABLE_CONTROL_CLAUSE, path, found.start, found.text.end, WarningDetails.inClause(found.number));
            return Optional.empty();
        }
        span(path, found.start, found.text.end);
        return Optional.of(ControlClause.of(found.number, controllers, found.text.normalized(text)));
    }

    /** "оставить за президиумом" (instrumental): a body of the issuer's own organization. */
    private Assignee controllerAfterZa(Tokens t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 3); k++) {
            if (t.startsWith(k, "президиум")) {
                return Assignee.bodyOf(BodyKind.PRESIDIUM, organizations.own(t.folded(k)));
            }
            if (t.startsWith(k, "комитет") || t.startsWith(k, "профком")) {
                return Assignee.bodyOf(BodyKind.COMMITTEE, organizations.own(t.folded(k)));
            }
            if (t.startsWith(k, "председател")) {
                return Assignee.officer(OfficerRole.CHAIR, organizations.own(t.folded(k)),
                        TextNormalizer.normalize(text.subSequence(t.start(k), t.end(t.size() - 1))));
            }
        }
        return null;
    }

    /** «оставляю за собой»: the signatory controls; a chair unless the position says otherwise. */
    private Optional<Assignee> signatoryAsController(Optional<Signatory> signatory) {
        if (signatory.isEmpty()) {
            return Optional.empty();
        }
        String position = signatory.get().position();
        Tokens t = Tokens.of(position);
        long role = t.size() > 0 ? DecreeWords.role(t, 0) : -1;
        OfficerRole officer = role >= 0 ? OfficerRole.values()[Packed.value(role)] : OfficerRole.CHAIR;
        return Optional.of(Assignee.officer(officer, organizations.own(position), position));
    }

    private Optional<Signatory> signatory() {
        if (draft.signatory.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (DecreeDraft.Piece line : draft.signatory) {
            joined.append(text, line.start, line.end).append(' ');
        }
        DecreeDraft.Piece first = draft.signatory.get(0);
        span(PropertyPath.of(SIGNATORY), first.start, draft.signatory.get(draft.signatory.size() - 1).end);
        return Optional.of(signatoryOf(TextNormalizer.normalize(joined)));
    }

    /**
     * Reads a signatory block: the position, and the name if the block ends with one ("… Т.М.
     * Бугреева", "… Бугреева Т.М.").
     *
     * @param written the block's lines joined and whitespace-normalised, not blank
     * @return the signatory
     */
    public static Signatory signatoryOf(String written) {
        // The line left for the handwritten signature ("____________") is not part of the position.
        String block = TextNormalizer.normalize(written.replaceAll("_{2,}", " "));
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
        for (DecreeDraft.Piece piece : draft.attachments) {
            String title = piece.normalized(text);
            if (!title.isEmpty()) {
                span(PropertyPath.of(ATTACHMENTS).index(out.size()), piece);
                out.add(Attachment.of(title));
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
}
