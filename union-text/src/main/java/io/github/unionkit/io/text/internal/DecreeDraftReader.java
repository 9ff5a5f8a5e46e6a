package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a decree's lines out into a {@link DecreeDraft}: header lines, requisites, title, preamble,
 * operative formula, the clause tree, the signatory block and the notes. One pass over the lines (plus
 * one backwards to find where the clauses end); the clause tree is built with an explicit stack no
 * deeper than {@link ClauseNumber#MAX_DEPTH}.
 *
 * <p>The layout rules:
 * <ul>
 *   <li>The operative formula is the first line ending in "постановляет:" (or a variant) before the
 *       first numbered clause. Without one, the clauses start at the first numbered line.</li>
 *   <li>Above it: the header lines are the non-blank lines before the first requisite line (date,
 *       number, place); the requisite lines follow; the next line is the title; the remaining lines
 *       are preamble paragraphs, one per line.</li>
 *   <li>Below it: numbered lines open clauses ("3.1.1." goes under the latest "3.1"), bullet lines add
 *       items to the latest clause, other lines continue the latest item or clause text. A clause
 *       number that is not the next one expected is renumbered with a warning, so the tree is always
 *       valid. After the last clause or item, the first line that starts with a position
 *       ("Председатель …") opens the signatory block, which runs to the end.</li>
 *   <li>Structured notes are collected wherever they are and are never part of any text.</li>
 * </ul>
 */
public final class DecreeDraftReader {

    private final DecreeDraft draft;
    private final DecreeLineScanner lines;
    private final String text;
    private final DecreeWarnings warnings;

    private DecreeDraftReader(DecreeDraft draft, DecreeWarnings warnings) {
        this.draft = draft;
        this.lines = draft.lines;
        this.text = draft.text;
        this.warnings = warnings;
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
            byte kind = lines.kind(i);
            if (kind == DecreeLineScanner.NOTE) {
                DecreeNotes.Note note = DecreeNotes.read(text, lines.contentStart(i), lines.contentEnd(i));
                if (note != null) {
                    draft.notes.add(note);
                }
                continue;
            }
            if (kind == DecreeLineScanner.BLANK) {
                continue;
            }
            if (kind == DecreeLineScanner.CLAUSE && firstClause < 0) {
                firstClause = i;
            }
            if (firstClause < 0 && formula < 0 && DecreeWords.isFormula(text, lines.contentStart(i), lines.contentEnd(i))) {
                formula = i;
            }
        }
        if (formula < 0 && firstClause < 0) {
            throw new DecreeParseException(DecreeParseException.ErrorType.NO_OPERATIVE_PART, text.length(),
                    lines.lineOf(text.length()));
        }
        int headerEnd = formula >= 0 ? formula : firstClause;
        readHeader(headerEnd);
        if (formula >= 0) {
            draft.formula = piece(formula);
        } else {
            warnings.add(Code.MISSING_OPERATIVE_FORMULA, lines.contentStart(firstClause),
                    lines.contentStart(firstClause), "the clauses start without \"постановляет:\"");
        }
        readOperativePart(formula >= 0 ? formula + 1 : firstClause, n);
    }

    private DecreeDraft.Piece piece(int line) {
        return new DecreeDraft.Piece(line, lines.contentStart(line), lines.contentEnd(line));
    }

    private boolean isContent(int i) {
        byte kind = lines.kind(i);
        return kind != DecreeLineScanner.BLANK && kind != DecreeLineScanner.NOTE;
    }

    // ---------------------------------------------------------------- header

    private void readHeader(int end) {
        int firstRequisite = -1;
        DecreeRequisites requisites = null;
        for (int i = 0; i < end && firstRequisite < 0; i++) {
            if (isContent(i)) {
                requisites = DecreeRequisites.read(text, lines.contentStart(i), lines.contentEnd(i));
                if (requisites != null) {
                    firstRequisite = i;
                }
            }
        }
        int next;
        if (firstRequisite >= 0) {
            addHeaderLines(0, firstRequisite);
            int i = firstRequisite;
            while (i < end) {
                if (isContent(i)) {
                    DecreeRequisites more = i == firstRequisite ? requisites
                            : DecreeRequisites.read(text, lines.contentStart(i), lines.contentEnd(i));
                    if (more == null) {
                        break;
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
        for (int i = next; i < end; i++) {
            if (!isContent(i)) {
                continue;
            }
            if (draft.title == null) {
                draft.title = piece(i);
            } else {
                draft.preamble.add(piece(i));
            }
        }
        int at = end < lines.count() ? lines.contentStart(end) : text.length();
        if (draft.dateLine == null) {
            warnings.add(Code.MISSING_DATE, at, at, "no date line above the title");
        }
        if (draft.numberPiece == null) {
            warnings.add(Code.MISSING_NUMBER, at, at, "no \"№\" line above the title");
        }
        if (draft.title == null) {
            warnings.add(Code.MISSING_TITLE, at, at, "no line between the requisites and the operative part");
        }
    }

    private void addHeaderLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isContent(i)) {
                DecreeDraft.Piece line = piece(i);
                draft.headerLines.add(line);
                if (!isKnownHeaderLine(line)) {
                    warnings.add(Code.UNKNOWN_HEADER_LINE, line, "header line " + (draft.headerLines.size()));
                }
            }
        }
    }

    private boolean isKnownHeaderLine(DecreeDraft.Piece line) {
        Tokens t = Tokens.of(text, line.start, line.end);
        if (DecreeWords.documentTypeStart(t) >= 0) {
            return true;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.startsWith(i, "профсоюз") || t.startsWith(i, "союз") || t.startsWith(i, "организаци")
                    || t.startsWith(i, "федераци") || t.startsWith(i, "общероссийск") || t.startsWith(i, "республик")
                    || t.startsWith(i, "работник") || RussianBodies.read(t, i) >= 0) {
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
                warnings.add(Code.INVALID_DATE, draft.dateLine, "no year, or no such day");
            }
        }
        if (found.numberStart >= 0 && draft.numberPiece == null) {
            draft.numberPiece = new DecreeDraft.Piece(line, found.numberStart, found.numberEnd);
            try {
                draft.number = DecreeNumber.parse(text.subSequence(found.numberStart, found.numberEnd));
            } catch (DecreeNumberParseException e) {
                warnings.add(Code.INVALID_NUMBER, draft.numberPiece, e.errorType().toString());
            }
        }
        if (found.placeStart >= 0 && draft.place == null) {
            draft.place = new DecreeDraft.Piece(line, found.placeStart, found.placeEnd);
        }
    }

    // ---------------------------------------------------------------- operative part

    private void readOperativePart(int from, int to) {
        int lastItem = -1;
        for (int i = to - 1; i >= from && lastItem < 0; i--) {
            byte kind = lines.kind(i);
            if (kind == DecreeLineScanner.CLAUSE || kind == DecreeLineScanner.BULLET) {
                lastItem = i;
            }
        }
        int signatory = to;
        for (int i = Math.max(from, lastItem + 1); i < to; i++) {
            if (lines.kind(i) == DecreeLineScanner.TEXT
                    && DecreeWords.startsWithPosition(text, lines.contentStart(i), lines.contentEnd(i))) {
                signatory = i;
                break;
            }
        }
        if (lastItem < 0) {
            readUnnumbered(from, signatory);
        } else {
            readClauses(from, signatory);
        }
        for (int i = signatory; i < to; i++) {
            if (isContent(i)) {
                draft.signatory.add(piece(i));
            }
        }
    }

    /** An operative part without numbers: each paragraph becomes a clause 1, 2, … */
    private void readUnnumbered(int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            if (!isContent(i)) {
                continue;
            }
            if (lines.kind(i) == DecreeLineScanner.BAD_CLAUSE) {
                warnBadClause(i);
            }
            if (number == ClauseNumber.MAX_PART) {
                DecreeDraft.Clause last = draft.clauses.get(number - 1);
                last.text.end = lines.contentEnd(i);
                continue;
            }
            number++;
            if (number == 1) {
                warnings.add(Code.UNNUMBERED_CLAUSES, lines.contentStart(i), lines.contentEnd(i),
                        "paragraphs numbered 1, 2, … in order");
            }
            draft.clauses.add(new DecreeDraft.Clause(ClauseNumber.of(number), null, lines.contentStart(i), i,
                    piece(i)));
        }
    }

    private void readClauses(int from, int to) {
        // The open clauses from the top level down; index = depth - 1.
        DecreeDraft.Clause[] open = new DecreeDraft.Clause[ClauseNumber.MAX_DEPTH];
        ClauseNumber[] written = new ClauseNumber[ClauseNumber.MAX_DEPTH];
        int depth = 0;
        boolean continuable = false;
        for (int i = from; i < to; i++) {
            byte kind = lines.kind(i);
            if (kind == DecreeLineScanner.BLANK) {
                continue;
            }
            if (kind == DecreeLineScanner.NOTE) {
                continuable = false;
                continue;
            }
            DecreeDraft.Clause current = depth == 0 ? null : open[depth - 1];
            if (kind == DecreeLineScanner.CLAUSE) {
                ClauseNumber number = lines.clauseNumber(i);
                int parentDepth = parentDepth(written, depth, number);
                DecreeDraft.Clause parent = parentDepth == 0 ? null : open[parentDepth - 1];
                List<DecreeDraft.Clause> siblings = parent == null ? draft.clauses : parent.children;
                int next = siblings.size() + 1;
                if (next > ClauseNumber.MAX_PART) {
                    warnings.add(Code.CLAUSE_NUMBER_OUT_OF_RANGE, lines.contentStart(i), lines.bodyStart(i),
                            "more than " + ClauseNumber.MAX_PART + " clauses at one level; read as text");
                    continuable = continueWith(current, continuable, i);
                    continue;
                }
                ClauseNumber assigned = parent == null ? ClauseNumber.of(next) : parent.number.child(next);
                // A child renumbered only because its parent was is not a gap of its own.
                boolean placed = parentDepth == 0 ? number.depth() == 1
                        : number.parent().map(written[parentDepth - 1]::equals).orElse(false);
                if (!placed || number.last() != next) {
                    warnings.add(Code.CLAUSE_NUMBERING_GAP, lines.contentStart(i), lines.bodyStart(i),
                            "found " + number + ", expected " + assigned);
                }
                DecreeDraft.Clause clause = new DecreeDraft.Clause(assigned, parent, lines.contentStart(i), i,
                        new DecreeDraft.Piece(i, lines.bodyStart(i), lines.contentEnd(i)));
                siblings.add(clause);
                depth = parentDepth + 1;
                open[depth - 1] = clause;
                written[depth - 1] = number;
                continuable = true;
            } else if (kind == DecreeLineScanner.BULLET) {
                if (current == null) {
                    warnings.add(Code.ORPHAN_TEXT, lines.contentStart(i), lines.contentEnd(i),
                            "a bullet before the first clause");
                    continuable = false;
                    continue;
                }
                current.items.add(new DecreeDraft.Piece(i, lines.bodyStart(i), lines.contentEnd(i)));
                continuable = true;
            } else {
                if (kind == DecreeLineScanner.BAD_CLAUSE) {
                    warnBadClause(i);
                }
                continuable = continueWith(current, continuable, i);
            }
        }
    }

    private void warnBadClause(int i) {
        boolean deep = lines.badReason(i) == DecreeLineScanner.TOO_DEEP;
        warnings.add(deep ? Code.CLAUSE_TOO_DEEP : Code.CLAUSE_NUMBER_OUT_OF_RANGE, lines.contentStart(i),
                lines.bodyStart(i), deep ? "more than " + ClauseNumber.MAX_DEPTH + " levels; read as text"
                        : "a part is 0 or above " + ClauseNumber.MAX_PART + "; read as text");
    }

    /**
     * The depth of the clause a new number goes under: the open clause written as its parent, else its
     * deepest open ancestor (a level is missing), else the top level.
     */
    private static int parentDepth(ClauseNumber[] written, int depth, ClauseNumber number) {
        if (number.depth() == 1) {
            return 0;
        }
        ClauseNumber parent = number.parent().orElseThrow();
        for (int d = depth; d >= 1; d--) {
            if (written[d - 1].equals(parent)) {
                return d;
            }
        }
        for (int d = depth; d >= 1; d--) {
            if (written[d - 1].isAncestorOf(number)) {
                return d;
            }
        }
        return 0;
    }

    /** Appends line {@code i} to the latest item or clause text; returns whether later lines may too. */
    private boolean continueWith(DecreeDraft.Clause current, boolean continuable, int i) {
        if (current == null || !continuable) {
            warnings.add(Code.ORPHAN_TEXT, lines.contentStart(i), lines.contentEnd(i),
                    current == null ? "text before the first clause" : "text after a note");
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
        java.util.ArrayDeque<DecreeDraft.Clause> pending = new java.util.ArrayDeque<>();
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
