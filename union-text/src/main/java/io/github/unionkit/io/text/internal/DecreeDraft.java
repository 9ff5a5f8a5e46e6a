package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * A decree as laid out on the page, before interpretation: the header lines, the requisites (date,
 * number, place), the title, the preamble, the operative formula, the clause tree with items, the
 * signatory lines and the attachments, each with its place in the text. {@link DecreeDraftReader}
 * fills it from the lines; {@code DecreeInterpreter} turns it into a resolution.
 *
 * <p>Mutable and confined to one parse.
 */
public final class DecreeDraft {

    /** A region of the text that makes one element: a line, or a clause text continued over lines. */
    public static final class Piece {
        /** The 0-based line the piece starts on. */
        public final int line;
        /** The offset of the first character. */
        public final int start;
        /** The offset after the last character; grows when a following line continues the piece. */
        public int end;
        private Tokens tokens;
        private int tokensEnd = -1;

        /**
         * Creates a piece.
         *
         * @param line the 0-based line it starts on
         * @param start the first offset
         * @param end the end offset
         */
        public Piece(int line, int start, int end) {
            this.line = line;
            this.start = start;
            this.end = end;
        }

        /**
         * Returns the piece's text, whitespace-normalised.
         *
         * @param text the decree
         * @return the normalised text, possibly empty
         */
        public String normalized(String text) {
            return TextNormalizer.normalize(text.subSequence(start, end));
        }

        /**
         * Returns the piece's tokens, tokenized once (again only if the piece grew since).
         *
         * @param text the decree
         * @return the tokens, with offsets into the whole text
         */
        public Tokens tokens(String text) {
            if (tokens == null || tokensEnd != end) {
                tokens = Tokens.of(text, start, end);
                tokensEnd = end;
            }
            return tokens;
        }

        /**
         * Returns the piece's extent.
         *
         * @return the span
         */
        public TextSpan span() {
            return TextSpan.of(start, end);
        }
    }

    /** A numbered clause as laid out: its number (renumbered if the text's numbering had gaps). */
    public static final class Clause {
        /** The number the clause gets in the resolution. */
        public final ClauseNumber number;
        /** The parent clause, or null at the top level. */
        public final Clause parent;
        /** The offset where the clause's line content starts (at its number). */
        public final int start;
        /** The 0-based line of the number. */
        public final int line;
        /** The clause's text after its number, with continuation lines. */
        public final Piece text;
        /** The bullet items, each with its continuation lines. */
        public final List<Piece> items = new ArrayList<>();
        /** The sub-clauses, in order. */
        public final List<Clause> children = new ArrayList<>();

        /**
         * Creates a clause.
         *
         * @param number the number in the resolution
         * @param parent the parent, or null
         * @param start the offset of the number
         * @param line the 0-based line
         * @param text the text piece
         */
        public Clause(ClauseNumber number, Clause parent, int start, int line, Piece text) {
            this.number = number;
            this.parent = parent;
            this.start = start;
            this.line = line;
            this.text = text;
        }

        /**
         * Returns the offset after the clause's own text and items (not its children).
         *
         * @return the end offset
         */
        public int ownEnd() {
            return items.isEmpty() ? text.end : items.get(items.size() - 1).end;
        }
    }

    /** The decree's text. */
    public final String text;
    /** Its lines. */
    public final DecreeLineScanner lines;
    /** The non-blank lines above the requisites. */
    public final List<Piece> headerLines = new ArrayList<>();
    /** The requisite line with the date, or null. */
    public Piece dateLine;
    /** The adoption dates, or null if missing or unreadable. */
    public LocalDateRange adopted;
    /** Where the number was written (after "№"), or null. */
    public Piece numberPiece;
    /** The number, or null if missing or unreadable. */
    public DecreeNumber number;
    /** The place ("г. Астрахань"), or null. */
    public Piece place;
    /** The title, all its lines (one piece from the first line's start to the last line's end), or null. */
    public Piece title;
    /** The preamble paragraphs. */
    public final List<Piece> preamble = new ArrayList<>();
    /** The operative formula line, or null. */
    public Piece formula;
    /**
     * The deciding body at the end of the preamble when the formula line gives none ("… профсоюзный
     * комитет" / "ПОСТАНОВЛЯЕТ:"); else null.
     */
    public Piece formulaSubject;
    /** The draft mark «ПРОЕКТ» was on the page. */
    public boolean draftMark;
    /** The attachment titles, one piece each. */
    public final List<Piece> attachments = new ArrayList<>();
    /** The top-level clauses. */
    public final List<Clause> clauses = new ArrayList<>();
    /** The signatory's lines. */
    public final List<Piece> signatory = new ArrayList<>();

    /**
     * Creates an empty draft.
     *
     * @param text the decree
     * @param lines its lines
     */
    public DecreeDraft(String text, DecreeLineScanner lines) {
        this.text = text;
        this.lines = lines;
    }
}
