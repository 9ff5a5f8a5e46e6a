package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.error.Detail;
import static io.github.unionkit.model.path.ModelProperty.ADOPTED;
import static io.github.unionkit.model.path.ModelProperty.ATTACHMENTS;
import static io.github.unionkit.model.path.ModelProperty.CONTROL_CLAUSE;
import static io.github.unionkit.model.path.ModelProperty.HEADER_LINES;
import static io.github.unionkit.model.path.ModelProperty.NUMBER;
import static io.github.unionkit.model.path.ModelProperty.OPERATIVE_FORMULA;
import static io.github.unionkit.model.path.ModelProperty.SIGNATORY;
import static io.github.unionkit.model.path.ModelProperty.TITLE;

import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.internal.Chars;
import io.github.unionkit.model.path.ModelProperty;
import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a decree's lines out into a {@link DecreeDraft}: header lines, requisites, title, preamble,
 * operative formula, the clause tree, the signatory block and the attachments. A few linear passes over
 * the lines; the clause tree is built with an explicit stack no deeper than {@link ClauseNumber#MAX_DEPTH}.
 *
 * <p>The layout rules:
 * <ul>
 *   <li>Page furniture (publication stamps, breadcrumbs, page numbers) is skipped with a warning
 *       wherever it stands; the draft mark «ПРОЕКТ» is noted and skipped.</li>
 *   <li>The operative formula is the first line before the first numbered clause that ends with
 *       "постановляет:" (or a variant). When a preamble sentence precedes the deciding body on that
 *       line, the sentence is a preamble paragraph and the formula starts at the body.</li>
 *   <li>Above it: the header lines run to the first requisites line (date, number, place; words before
 *       them on the line, such as "ПОСТАНОВЛЕНИЕ № 1/7", stay a header line); the title is the next
 *       lines up to a blank line or a line that opens a preamble; the rest are preamble paragraphs.</li>
 *   <li>Below it: numbered lines open clauses under the clause written as their parent, numbers kept as
 *       written (a gap or repeat is a warning, never a renumbering); "1)" lines inside a numbered clause
 *       and bullet lines are items of the latest clause; other lines continue the latest item or text.
 *       Without any numbered line, the operative text is read as clauses 1, 2, … with a warning, bullets
 *       as items of the paragraph they follow.</li>
 *   <li>After the clauses: the signature (a nominative position, up to the line with the name), the
 *       attachments («Приложение: …», «Приложения: 1. … 2. …»), and anything else is text after the
 *       signature, reported line by line.</li>
 * </ul>
 */
public final class DecreeDraftReader {

    private static final PropertyPath ROOT = PropertyPath.root();
    private static final PropertyPath CLAUSES_PATH = PropertyPath.of(ModelProperty.CLAUSES);
    private static final int MAX_TITLE = 600;
    private static final int MAX_SIGNATURE_LINES = 4;

    private final DecreeDraft draft;
    private final DecreeLineScanner lines;
    private final String text;
    private final DecreeWarnings warnings;
    private final boolean[] skipped;

    private DecreeDraftReader(DecreeDraft draft, DecreeWarnings warnings) {
        this.draft = draft;
        this.lines = draft.lines;
        this.text = draft.text;
        this.warnings = warnings;
        this.skipped = new boolean[lines.count()];
    }

    /**
     * Reads the layout of a decree.
     *
     * @param text the decree, already checked to be non-blank and within the cap
     * @param lines its lines
     * @param warnings where to report
     * @return the draft
     * @throws DecreeParseException with {@code NO_OPERATIVE_PART} if there is neither an operative
     *     formula nor a numbered clause
     */
    public static DecreeDraft read(String text, DecreeLineScanner lines, DecreeWarnings warnings) {
        DecreeDraft draft = new DecreeDraft(text, lines);
        new DecreeDraftReader(draft, warnings).run();
        return draft;
    }

    private void run() {
        int n = lines.count();
        int firstClause = -1;
        int formula = -1;
        for (int i = 0; i < n; i++) {
            if (lines.kind(i) == DecreeLineScanner.BLANK) {
                continue;
            }
            int cs = lines.contentStart(i);
            int ce = lines.contentEnd(i);
            if (lines.kind(i) != DecreeLineScanner.CLAUSE && DecreeLineWords.isFurniture(text, cs, ce)) {
                skipped[i] = true;
                warnings.add(Code.PAGE_FURNITURE, ROOT, cs, ce, Detail.none());
                continue;
            }
            if (firstClause < 0 && formula < 0 && DecreeLineWords.isDraftMark(text, cs, ce)) {
                skipped[i] = true;
                draft.draftMark = true;
                continue;
            }
            if (lines.kind(i) == DecreeLineScanner.CLAUSE && firstClause < 0 && !lines.isParen(i)) {
                firstClause = i;
            }
            if (firstClause < 0 && formula < 0 && DecreeWords.isFormula(text, cs, ce)) {
                formula = i;
            }
        }
        if (firstClause < 0) {
            // "1)" numbering at the top level: the first such line opens the clauses.
            for (int i = formula + 1; i < n && firstClause < 0; i++) {
                if (lines.kind(i) == DecreeLineScanner.CLAUSE && !skipped[i]) {
                    firstClause = i;
                }
            }
        }
        if (formula < 0 && firstClause > 0) {
            // "Президиум … постановил" without the colon: the line right before the first clause.
            int last = firstClause - 1;
            while (last >= 0 && !isContent(last)) {
                last--;
            }
            if (last >= 0 && lines.kind(last) == DecreeLineScanner.TEXT
                    && DecreeWords.formulaWordStart(piece(last).tokens(text)) >= 0) {
                formula = last;
            }
        }
        if (formula < 0 && firstClause < 0) {
            throw new DecreeParseException(DecreeParseException.ErrorType.NO_OPERATIVE_PART, text, text.length());
        }
        int headerEnd = formula >= 0 ? formula : firstClause;
        readHeader(headerEnd);
        if (formula >= 0) {
            readFormula(formula);
        } else {
            int at = lines.contentStart(firstClause);
            warnings.add(Code.MISSING_OPERATIVE_FORMULA, PropertyPath.of(OPERATIVE_FORMULA), at, at,
                    WarningDetails.fixed(WarningDetails.Fixed.NO_OPERATIVE_FORMULA));
        }
        readOperativePart(formula >= 0 ? formula + 1 : firstClause, n);
    }

    private DecreeDraft.Piece piece(int line) {
        return new DecreeDraft.Piece(line, lines.contentStart(line), lines.contentEnd(line));
    }

    private boolean isContent(int i) {
        return lines.kind(i) != DecreeLineScanner.BLANK && !skipped[i];
    }

    // ---------------------------------------------------------------- formula

    /** Splits a formula line that ends a preamble sentence; finds the subject of a bare formula. */
    private void readFormula(int line) {
        DecreeDraft.Piece whole = piece(line);
        Tokens t = whole.tokens(text);
        int word = DecreeWords.formulaWordStart(t);
        int subject = word < 0 ? -1 : subjectStart(t, word);
        if (subject > 0 && startsSentence(t, subject)) {
            int preambleEnd = t.end(subject - 1);
            int cut = preambleEnd;
            while (cut > whole.start && (text.charAt(cut - 1) == ',' || Chars.isSpace(text.charAt(cut - 1)))) {
                cut--;
            }
            if (cut > whole.start) {
                draft.preamble.add(new DecreeDraft.Piece(line, whole.start, cut));
            }
            draft.formula = new DecreeDraft.Piece(line, t.start(subject), whole.end);
            return;
        }
        draft.formula = whole;
        if (word == 0 && !draft.preamble.isEmpty()) {
            // "ПОСТАНОВЛЯЕТ:" alone: the deciding body ends the paragraph before it.
            DecreeDraft.Piece last = draft.preamble.get(draft.preamble.size() - 1);
            Tokens p = last.tokens(text);
            int s = subjectStart(p, p.size());
            if (s >= 0) {
                draft.formulaSubject = new DecreeDraft.Piece(last.line, p.start(s), last.end);
            }
        }
    }

    private static final String[] SUBJECT_NOUNS = {
        "президиум", "комитет", "пленум", "конференция", "собрание", "съезд", "совет", "профком", "исполком",
        "президиумы", "комитеты", "советы",
        "комиссия", "профбюро", "бюро", "правление", "крк"};

    private static final String[] SUBJECT_ADJECTIVES = {
        "профсоюзный", "общее", "профсоюзное", "исполнительный", "центральный", "ревизионная", "пленарное"};

    /**
     * The first token of the deciding body right before token {@code end}: the last body noun in the
     * nominative ("президиум", "комитет", not the genitive "комитета" of another body named in the
     * preamble), with the adjective before it ("профсоюзный комитет"), and nothing but attributes (no
     * comma) between it and {@code end}. -1 if none within 16 tokens.
     */
    static int subjectStart(Tokens t, int end) {
        for (int k = end - 1; k >= 0 && k >= end - 16; k--) {
            if (t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';') || t.isPunct(k, ':')) {
                return -1;
            }
            if (isOneOf(t, k, SUBJECT_NOUNS)) {
                int start = k;
                if (start > 0 && isOneOf(t, start - 1, SUBJECT_ADJECTIVES)) {
                    start--;
                }
                if (start > 1 && t.isDash(start - 1) && t.is(start - 2, "контрольно")) {
                    start -= 2;
                }
                return start;
            }
        }
        return -1;
    }

    private static boolean isOneOf(Tokens t, int k, String[] words) {
        for (String w : words) {
            if (t.is(k, w)) {
                return true;
            }
        }
        return false;
    }

    /** A body at {@code subject} after a preamble sentence: a comma or several words before it. */
    private static boolean startsSentence(Tokens t, int subject) {
        return subject >= 3 || subject >= 1 && t.isPunct(subject - 1, ',');
    }

    // ---------------------------------------------------------------- header

    private void readHeader(int end) {
        int firstRequisite = -1;
        DecreeRequisites requisites = null;
        for (int i = 0; i < end && firstRequisite < 0; i++) {
            if (isContent(i)) {
                requisites = DecreeRequisites.read(text, lines.contentStart(i), lines.contentEnd(i));
                if (requisites == null && !DecreeLineWords.opensPreambleSentence(text, lines.contentStart(i),
                        lines.contentEnd(i))) {
                    requisites = DecreeRequisites.readAfterWords(text, lines.contentStart(i), lines.contentEnd(i));
                }
                if (requisites == null && isBlankForm(lines.contentStart(i), lines.contentEnd(i))) {
                    // A draft's blank requisites ("от «___» ______ 2024 г. № ____"): nothing to read.
                    skipped[i] = true;
                }
                if (requisites != null) {
                    firstRequisite = i;
                }
            }
        }
        int next;
        if (firstRequisite >= 0) {
            addHeaderLines(0, firstRequisite);
            if (requisites.prefixEnd >= 0) {
                addHeaderLine(new DecreeDraft.Piece(firstRequisite, lines.contentStart(firstRequisite),
                        requisites.prefixEnd));
            }
            take(requisites, firstRequisite);
            int i = firstRequisite + 1;
            while (i < end) {
                if (isContent(i)) {
                    int cs = lines.contentStart(i);
                    int ce = lines.contentEnd(i);
                    DecreeRequisites more = DecreeRequisites.read(text, cs, ce);
                    if (more == null && !DecreeLineWords.opensPreambleSentence(text, cs, ce)) {
                        more = DecreeRequisites.readAfterWords(text, cs, ce);
                    }
                    if (more == null && isBlankForm(cs, ce)) {
                        i++;
                        continue;
                    }
                    if (more == null && continuesHeading(i)) {
                        // "ВЫПИСКА ИЗ ПРОТОКОЛА № 7 / заседания профсоюзного комитета … / от 14.04.2022".
                        addHeaderLine(piece(i));
                        i++;
                        continue;
                    }
                    if (more == null) {
                        break;
                    }
                    if (more.prefixEnd >= 0) {
                        addHeaderLine(new DecreeDraft.Piece(i, cs, more.prefixEnd));
                    }
                    take(more, i);
                }
                i++;
            }
            next = i;
        } else {
            int typeLine = -1;
            for (int i = 0; i < end && typeLine < 0; i++) {
                if (isContent(i) && lines.contentEnd(i) - lines.contentStart(i) <= DecreeRequisites.MAX_LINE
                        && DecreeWords.documentTypeStart(Tokens.of(text, lines.contentStart(i), lines.contentEnd(i))) >= 0) {
                    typeLine = i;
                }
            }
            addHeaderLines(0, typeLine + 1);
            next = typeLine + 1;
        }
        readTitleAndPreamble(next, end);
        if (draft.title == null) {
            titleAboveRequisites();
        }
        int at = end < lines.count() ? lines.contentStart(end) : text.length();
        if (draft.dateLine == null) {
            warnings.add(Code.MISSING_DATE, PropertyPath.of(ADOPTED), at, at, Detail.none());
        }
        if (draft.numberPiece == null) {
            warnings.add(Code.MISSING_NUMBER, PropertyPath.of(NUMBER), at, at, Detail.none());
        }
        if (draft.title == null) {
            warnings.add(Code.MISSING_TITLE, PropertyPath.of(TITLE), at, at, Detail.none());
        }
    }

    /**
     * «ПОСТАНОВЛЕНИЕ / О плане работы / 12.03.2021 № 5»: a title written above the requisites was
     * taken for a header line; when nothing after the requisites is a title, it is the title.
     */
    private void titleAboveRequisites() {
        for (int k = draft.headerLines.size() - 1; k >= 0; k--) {
            DecreeDraft.Piece line = draft.headerLines.get(k);
            String head = DecreeLineWords.prefix(text, line.start, line.end);
            if ((head.startsWith("о ") || head.startsWith("об ") || head.startsWith("обо ")) && !isKnownHeaderLine(line)) {
                draft.headerLines.remove(k);
                warnings.remove(Code.UNKNOWN_HEADER_LINE, line.start);
                draft.title = line;
                return;
            }
        }
    }

    /**
     * A line right after a requisites line that still belongs to the heading: it starts in lower case
     * ("заседания профсоюзного комитета …") or names an organization or body, and is neither a title
     * («О …»), a preamble opener nor the formula.
     */
    private boolean continuesHeading(int i) {
        int cs = lines.contentStart(i);
        int ce = lines.contentEnd(i);
        if (i == 0 || lines.kind(i - 1) == DecreeLineScanner.BLANK || DecreeWords.isFormula(text, cs, ce)
                || DecreeLineWords.opensPreamble(text, cs, ce)) {
            return false;
        }
        String head = DecreeLineWords.prefix(text, cs, ce);
        if (head.startsWith("о ") || head.startsWith("об ") || head.startsWith("обо ")) {
            return false;
        }
        char first = text.charAt(cs);
        return Character.isLowerCase(first) || isKnownHeaderLine(piece(i)) && ce - cs <= DecreeRequisites.MAX_LINE;
    }

    /** A requisites line of a blank form: "от «___» ____ 2024 г.", "№ _____". */
    private boolean isBlankForm(int cs, int ce) {
        if (ce - cs > DecreeRequisites.MAX_LINE) {
            return false;
        }
        String head = DecreeLineWords.prefix(text, cs, ce);
        boolean underscores = false;
        for (int i = cs + 2; i < ce && !underscores; i++) {
            underscores = text.charAt(i) == '_' && text.charAt(i - 1) == '_' && text.charAt(i - 2) == '_';
        }
        return underscores && (head.startsWith("от ") || head.startsWith("№") || head.startsWith("«"));
    }

    private void readTitleAndPreamble(int from, int end) {
        int titleStart = -1;
        int titleEnd = -1;
        int titleLine = -1;
        boolean titleOpen = true;
        for (int i = from; i < end; i++) {
            if (lines.kind(i) == DecreeLineScanner.BLANK) {
                if (titleStart >= 0) {
                    titleOpen = false;
                }
                continue;
            }
            if (skipped[i]) {
                continue;
            }
            int cs = lines.contentStart(i);
            int ce = lines.contentEnd(i);
            if (titleStart < 0 && !DecreeLineWords.opensPreamble(text, cs, ce)) {
                titleStart = cs;
                titleEnd = ce;
                titleLine = i;
                continue;
            }
            if (titleStart >= 0 && titleOpen && draft.preamble.isEmpty() && continuesTitle(titleEnd, cs, ce)
                    && ce - titleStart <= MAX_TITLE) {
                titleEnd = ce;
                continue;
            }
            titleOpen = false;
            draft.preamble.add(piece(i));
        }
        if (titleStart >= 0) {
            draft.title = new DecreeDraft.Piece(titleLine, titleStart, titleEnd);
        }
    }

    /** A title's next line: the title so far ends without sentence punctuation, the line opens nothing. */
    private boolean continuesTitle(int titleEnd, int cs, int ce) {
        char last = text.charAt(titleEnd - 1);
        if (last == '.' || last == ':' || last == ';' || last == '!') {
            return false;
        }
        return !DecreeLineWords.opensPreamble(text, cs, ce) && !DecreeWords.isFormula(text, cs, ce);
    }

    private void addHeaderLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isContent(i)) {
                addHeaderLine(piece(i));
            }
        }
    }

    private void addHeaderLine(DecreeDraft.Piece line) {
        draft.headerLines.add(line);
        if (!isKnownHeaderLine(line)) {
            warnings.add(Code.UNKNOWN_HEADER_LINE, PropertyPath.of(HEADER_LINES).index(draft.headerLines.size() - 1),
                    line, Detail.none());
        }
    }

    private boolean isKnownHeaderLine(DecreeDraft.Piece line) {
        Tokens t = Tokens.of(DecreeText.despaced(line.normalized(text)));
        if (DecreeWords.documentTypeStart(t) >= 0) {
            return true;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.startsWith(i, "профсоюз") || t.startsWith(i, "союз") || t.startsWith(i, "организаци")
                    || t.startsWith(i, "федераци") || t.startsWith(i, "общероссийск") || t.startsWith(i, "республик")
                    || t.startsWith(i, "работник") || t.startsWith(i, "профком") || t.startsWith(i, "совет")
                    || t.startsWith(i, "выписк") || t.startsWith(i, "протокол") || t.startsWith(i, "заседани")
                    || t.isQuote(i) || isInstitutionWord(t, i) || RussianBodies.read(t, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String[] INSTITUTIONS = {
        "колледж", "школ", "университет", "институт", "гимнази", "лице", "учреждени", "техникум", "академи",
        "училищ", "детск", "больниц", "поликлиник", "театр", "музе", "библиотек", "завод", "комбинат", "мбоу",
        "мбдоу", "мадоу", "гбоу", "гбпоу", "гапоу", "фгбоу", "гбуз", "гуз", "мбу", "мау", "ао", "оао", "пао", "ооо"};

    /** The name of an employer a primary organization is named after ("МБОУ «СОШ № 14»", "колледж"). */
    private static boolean isInstitutionWord(Tokens t, int i) {
        for (String w : INSTITUTIONS) {
            if (w.length() <= 4 ? t.is(i, w) : t.startsWith(i, w)) {
                return true;
            }
        }
        return false;
    }

    private void take(DecreeRequisites found, int line) {
        if (found.dateStart >= 0 && draft.dateLine == null) {
            draft.dateLine = new DecreeDraft.Piece(line, found.dateStart, found.dateEnd);
            draft.adopted = found.dates;
            if (found.dates == null) {
                warnings.add(Code.INVALID_DATE, PropertyPath.of(ADOPTED), draft.dateLine, WarningDetails.fixed(WarningDetails.Fixed.NO_YEAR_OR_DAY));
            }
        }
        if (found.numberStart >= 0) {
            if (draft.numberPiece == null) {
                draft.numberPiece = new DecreeDraft.Piece(line, found.numberStart, found.numberEnd);
                try {
                    draft.number = DecreeNumber.parse(text.subSequence(found.numberStart, found.numberEnd));
                } catch (DecreeNumberParseException e) {
                    warnings.add(Code.INVALID_NUMBER, PropertyPath.of(NUMBER), draft.numberPiece,
                            WarningDetails.numberRefused(e.errorType()));
                }
            } else {
                warnings.add(Code.SECOND_NUMBER, PropertyPath.of(NUMBER), found.numberStart, found.numberEnd, Detail.none());
            }
        }
        if (found.secondNumberStart >= 0) {
            warnings.add(Code.SECOND_NUMBER, PropertyPath.of(NUMBER), found.secondNumberStart,
                    found.secondNumberEnd, Detail.none());
        }
        if (found.placeStart >= 0 && draft.place == null) {
            draft.place = new DecreeDraft.Piece(line, found.placeStart, found.placeEnd);
        }
    }

    // ---------------------------------------------------------------- operative part

    private void readOperativePart(int from, int to) {
        int attachmentsAt = -1;
        boolean sawClause = false;
        for (int i = from; i < to && attachmentsAt < 0; i++) {
            if (!isContent(i)) {
                continue;
            }
            if (lines.kind(i) == DecreeLineScanner.CLAUSE) {
                sawClause = true;
            } else if (lines.kind(i) == DecreeLineScanner.TEXT
                    && DecreeLineWords.attachmentsHeading(text, lines.contentStart(i), lines.contentEnd(i)) >= 0
                    && (sawClause || i > from)) {
                attachmentsAt = i;
            }
        }
        int bodyEnd = attachmentsAt >= 0 ? attachmentsAt : to;
        int lastItem = -1;
        for (int i = bodyEnd - 1; i >= from && lastItem < 0; i--) {
            byte kind = lines.kind(i);
            if (!skipped[i] && (kind == DecreeLineScanner.CLAUSE || kind == DecreeLineScanner.BULLET)) {
                lastItem = i;
            }
        }
        int signature = -1;
        for (int i = Math.max(from, lastItem + 1); i < to && signature < 0; i++) {
            if (isContent(i) && lines.kind(i) == DecreeLineScanner.TEXT && opensSignature(i)) {
                signature = i;
            }
        }
        int partEnd = signature >= 0 ? Math.min(signature, bodyEnd) : bodyEnd;
        boolean numbered = false;
        for (int i = from; i < partEnd && !numbered; i++) {
            numbered = isContent(i) && lines.kind(i) == DecreeLineScanner.CLAUSE;
        }
        if (numbered) {
            readClauses(from, partEnd);
        } else {
            readUnnumbered(from, partEnd);
        }
        readAfterClauses(partEnd, to, signature, attachmentsAt);
    }

    private boolean opensSignature(int i) {
        int cs = lines.contentStart(i);
        int ce = lines.contentEnd(i);
        return DecreeLineWords.opensSignature(text, cs, ce);
    }

    /** The signature block, the attachments, and anything else after the clauses. */
    private void readAfterClauses(int from, int to, int signature, int attachmentsAt) {
        boolean signed = false;
        boolean inAttachments = false;
        int signatureLines = 0;
        for (int i = from; i < to; i++) {
            if (!isContent(i)) {
                continue;
            }
            int cs = lines.contentStart(i);
            int ce = lines.contentEnd(i);
            int heading = lines.kind(i) == DecreeLineScanner.TEXT ? DecreeLineWords.attachmentsHeading(text, cs, ce) : -1;
            if (heading >= 0 && isAnnexStart(i, heading)) {
                // «Приложение 1 к постановлению …»: the annex itself begins; it is not the decree.
                warnings.add(Code.TEXT_AFTER_SIGNATURE, PropertyPath.of(ATTACHMENTS), cs, lines.contentEnd(to - 1),
                        WarningDetails.fixed(WarningDetails.Fixed.ANNEX_NOT_READ));
                return;
            }
            if (heading >= 0 && (i == attachmentsAt || signed || signature < 0 || i > signature)) {
                inAttachments = true;
                if (heading < ce) {
                    draft.attachments.add(new DecreeDraft.Piece(i, heading, ce));
                }
                continue;
            }
            boolean opens = lines.kind(i) == DecreeLineScanner.TEXT && opensSignature(i);
            if (!signed && draft.signatory.isEmpty() && (i == signature || opens && i >= signature)) {
                draft.signatory.add(piece(i));
                signatureLines = 1;
                signed = hasName(i);
                inAttachments = false;
                continue;
            }
            if (!signed && !draft.signatory.isEmpty() && signatureLines < MAX_SIGNATURE_LINES && !inAttachments) {
                draft.signatory.add(piece(i));
                signatureLines++;
                signed = hasName(i);
                continue;
            }
            if (inAttachments && (lines.kind(i) == DecreeLineScanner.CLAUSE || lines.kind(i) == DecreeLineScanner.BULLET)) {
                draft.attachments.add(new DecreeDraft.Piece(i, lines.bodyStart(i), ce));
                continue;
            }
            if (inAttachments && !draft.attachments.isEmpty() && !opens && lines.kind(i - 1) != DecreeLineScanner.BLANK) {
                DecreeDraft.Piece last = draft.attachments.get(draft.attachments.size() - 1);
                last.end = ce;
                continue;
            }
            signed = signed || !draft.signatory.isEmpty();
            inAttachments = false;
            warnings.add(Code.TEXT_AFTER_SIGNATURE, draft.signatory.isEmpty() ? CLAUSES_PATH : PropertyPath.of(SIGNATORY),
                    cs, ce, opens ? WarningDetails.fixed(WarningDetails.Fixed.SECOND_SIGNATURE) : Detail.none());
        }
    }

    /** «Приложение 1» / «Приложение № 2» with «к постановлению» on the line or the next one. */
    private boolean isAnnexStart(int i, int heading) {
        int ce = lines.contentEnd(i);
        if (heading >= ce || !(Chars.isDigit(text.charAt(heading)) || text.charAt(heading) == '№')) {
            return false;
        }
        String rest = DecreeLineWords.prefix(text, heading, ce);
        if (rest.contains("к постановлени") || rest.contains("к решени")) {
            return true;
        }
        int next = i + 1;
        while (next < lines.count() && !isContent(next)) {
            next++;
        }
        return next < lines.count() && DecreeLineWords.prefix(text, lines.contentStart(next), lines.contentEnd(next))
                .startsWith("к ");
    }

    private boolean hasName(int i) {
        Tokens t = piece(i).tokens(text);
        return t.size() > 1 && DecreeWords.nameStart(t, 1, t.size()) >= 0;
    }

    /**
     * An operative part without numbers: each paragraph becomes a clause 1, 2, …; bullet lines are
     * items of the paragraph before them; a paragraph's continuation lines (no blank line between, the
     * previous line not ending a sentence) join it.
     */
    private void readUnnumbered(int from, int to) {
        int number = 0;
        DecreeDraft.Clause current = null;
        boolean continuable = false;
        for (int i = from; i < to; i++) {
            if (lines.kind(i) == DecreeLineScanner.BLANK) {
                continuable = false;
                continue;
            }
            if (skipped[i]) {
                continue;
            }
            byte kind = lines.kind(i);
            if (kind == DecreeLineScanner.BAD_CLAUSE) {
                warnBadClause(i);
            }
            if (kind == DecreeLineScanner.BULLET && current != null) {
                current.items.add(new DecreeDraft.Piece(i, lines.bodyStart(i), lines.contentEnd(i)));
                continuable = false;
                continue;
            }
            if (current != null && continuable && current.items.isEmpty() && !endsSentence(current.text.end)) {
                current.text.end = lines.contentEnd(i);
                continue;
            }
            if (number == ClauseNumber.MAX_PART) {
                current.text.end = lines.contentEnd(i);
                continue;
            }
            number++;
            if (number == 1) {
                warnings.add(Code.UNNUMBERED_CLAUSES, CLAUSES_PATH, lines.contentStart(i), lines.contentEnd(i), Detail.none());
            }
            int bodyStart = kind == DecreeLineScanner.BULLET ? lines.bodyStart(i) : lines.contentStart(i);
            current = new DecreeDraft.Clause(ClauseNumber.of(number), null, lines.contentStart(i), i,
                    new DecreeDraft.Piece(i, bodyStart, lines.contentEnd(i)));
            draft.clauses.add(current);
            continuable = true;
        }
    }

    private boolean endsSentence(int end) {
        char c = text.charAt(end - 1);
        return c == '.' || c == ';' || c == '!';
    }

    private void readClauses(int from, int to) {
        // The open clauses from the top level down; index = depth - 1.
        DecreeDraft.Clause[] open = new DecreeDraft.Clause[ClauseNumber.MAX_DEPTH];
        int depth = 0;
        boolean dotted = false;
        boolean continuable = false;
        for (int i = from; i < to; i++) {
            byte kind = lines.kind(i);
            if (kind == DecreeLineScanner.BLANK || skipped[i]) {
                continue;
            }
            DecreeDraft.Clause current = depth == 0 ? null : open[depth - 1];
            if (kind == DecreeLineScanner.CLAUSE && lines.isParen(i) && dotted && current != null) {
                // "1)", "2)" inside a clause numbered "2." are its items.
                current.items.add(new DecreeDraft.Piece(i, lines.bodyStart(i), lines.contentEnd(i)));
                continuable = true;
                continue;
            }
            if (kind == DecreeLineScanner.CLAUSE) {
                ClauseNumber number = lines.clauseNumber(i);
                int parentDepth = parentDepth(open, depth, number);
                if (parentDepth < 0) {
                    warnings.add(Code.CLAUSE_WITHOUT_PARENT, CLAUSES_PATH.key(number), lines.contentStart(i),
                            lines.bodyStart(i), number.parent().map(WarningDetails::missingParent).orElse(Detail.none()));
                    continuable = continueWith(current, continuable, i);
                    continue;
                }
                DecreeDraft.Clause parent = parentDepth == 0 ? null : open[parentDepth - 1];
                List<DecreeDraft.Clause> siblings = parent == null ? draft.clauses : parent.children;
                int expected = siblings.isEmpty() ? 1 : siblings.get(siblings.size() - 1).number.last() + 1;
                if (number.last() != expected) {
                    ClauseNumber wanted = parent == null ? ClauseNumber.of(Math.min(expected, ClauseNumber.MAX_PART))
                            : parent.number.child(Math.min(expected, ClauseNumber.MAX_PART));
                    warnings.add(Code.CLAUSE_NUMBERING_GAP, CLAUSES_PATH.key(number), lines.contentStart(i),
                            lines.bodyStart(i), WarningDetails.numberingGap(number, wanted));
                }
                DecreeDraft.Clause clause = new DecreeDraft.Clause(number, parent, lines.contentStart(i), i,
                        new DecreeDraft.Piece(i, lines.bodyStart(i), lines.contentEnd(i)));
                siblings.add(clause);
                depth = parentDepth + 1;
                open[depth - 1] = clause;
                dotted |= !lines.isParen(i);
                continuable = true;
            } else if (kind == DecreeLineScanner.BULLET) {
                if (current == null) {
                    warnings.add(Code.ORPHAN_TEXT, CLAUSES_PATH, lines.contentStart(i), lines.contentEnd(i),
                            WarningDetails.fixed(WarningDetails.Fixed.BULLET_BEFORE_FIRST_CLAUSE));
                    continuable = false;
                    continue;
                }
                current.items.add(new DecreeDraft.Piece(i, lines.bodyStart(i), lines.contentEnd(i)));
                continuable = true;
            } else {
                if (kind == DecreeLineScanner.BAD_CLAUSE) {
                    warnBadClause(i);
                }
                if (current != null && kind == DecreeLineScanner.TEXT && isUnnumberedControl(current, i)) {
                    // "Контроль за …" as a paragraph of its own after numbered clauses: not the last
                    // clause's text, and not a clause the document numbered; said, not guessed.
                    warnings.add(Code.ORPHAN_TEXT, PropertyPath.of(CONTROL_CLAUSE), lines.contentStart(i),
                            lines.contentEnd(i), WarningDetails.fixed(WarningDetails.Fixed.UNNUMBERED_CONTROL));
                    continuable = false;
                    continue;
                }
                continuable = continueWith(current, continuable, i);
            }
        }
    }

    private boolean isUnnumberedControl(DecreeDraft.Clause current, int i) {
        DecreeDraft.Piece last = current.items.isEmpty() ? current.text : current.items.get(current.items.size() - 1);
        String head = DecreeLineWords.prefix(text, lines.contentStart(i), lines.contentEnd(i));
        return endsSentence(last.end) && (head.startsWith("контроль за") || head.startsWith("контроль исполнения")
                || head.startsWith("контроль выполнения") || head.startsWith("контроль над"));
    }

    private void warnBadClause(int i) {
        boolean deep = lines.badReason(i) == DecreeLineScanner.TOO_DEEP;
        warnings.add(deep ? Code.CLAUSE_TOO_DEEP : Code.CLAUSE_NUMBER_OUT_OF_RANGE, CLAUSES_PATH, lines.contentStart(i),
                lines.bodyStart(i), deep ? WarningDetails.tooDeep() : WarningDetails.partOutOfRange());
    }

    /**
     * The depth of the clause a new number goes under: 0 for a top-level number, the depth of the open
     * clause written as its parent, or -1 when its parent is not open (the document skipped it).
     */
    private static int parentDepth(DecreeDraft.Clause[] open, int depth, ClauseNumber number) {
        if (number.depth() == 1) {
            return 0;
        }
        ClauseNumber parent = number.parent().orElseThrow();
        for (int d = depth; d >= 1; d--) {
            if (open[d - 1].number.equals(parent)) {
                return d;
            }
        }
        return -1;
    }

    /** Appends line {@code i} to the latest item or clause text; returns whether later lines may too. */
    private boolean continueWith(DecreeDraft.Clause current, boolean continuable, int i) {
        if (current == null || !continuable) {
            warnings.add(Code.ORPHAN_TEXT, CLAUSES_PATH, lines.contentStart(i), lines.contentEnd(i),
                    WarningDetails.fixed(WarningDetails.Fixed.TEXT_BEFORE_FIRST_CLAUSE));
            return continuable;
        }
        DecreeDraft.Piece target = current.items.isEmpty() ? current.text
                : current.items.get(current.items.size() - 1);
        target.end = lines.contentEnd(i);
        return true;
    }

    /**
     * Returns the clauses in document order (depth-first).
     *
     * @param draft the draft
     * @return every clause
     */
    public static List<DecreeDraft.Clause> allClauses(DecreeDraft draft) {
        List<DecreeDraft.Clause> out = new ArrayList<>();
        ArrayDeque<DecreeDraft.Clause> pending = new ArrayDeque<>();
        for (int i = draft.clauses.size() - 1; i >= 0; i--) {
            pending.push(draft.clauses.get(i));
        }
        while (!pending.isEmpty()) {
            DecreeDraft.Clause clause = pending.pop();
            out.add(clause);
            for (int i = clause.children.size() - 1; i >= 0; i--) {
                pending.push(clause.children.get(i));
            }
        }
        return out;
    }
}
