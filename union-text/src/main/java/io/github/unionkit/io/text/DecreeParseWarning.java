package io.github.unionkit.io.text;

import java.util.Objects;

/**
 * Something {@link DecreeTextParser} noticed while reading a decree that did not stop it from building
 * the resolution: a missing part, an unusual line, a gap in the clause numbering, a deadline phrase
 * that could not be resolved. Layout noise (tabs, blank lines, no-break spaces, "№ 3- 1") is normal
 * input and never a warning.
 *
 * <p>A warning has a stable {@link Code}, the {@linkplain TextSpan span} of the text it is about, the
 * 1-based line where that span starts, and a detail in English that names clause numbers and counts
 * but never quotes the document (decrees name persons).
 *
 * @param code what was noticed
 * @param span where, as offsets into the parsed text
 * @param line the 1-based line where {@code span} starts
 * @param detail a short English explanation without personal data; may be empty
 */
public record DecreeParseWarning(Code code, TextSpan span, int line, String detail) {

    /** The kinds of warning. */
    public enum Code {
        /** The header has no adoption date; {@link DecreeParseOptions#fallbackDate()} is used. */
        MISSING_DATE("no adoption date"),
        /** The adoption date is incomplete (no year) or does not exist; the fallback date is used. */
        INVALID_DATE("the adoption date cannot be read"),
        /** The header has no decree number; {@link DecreeParseOptions#fallbackNumber()} is used. */
        MISSING_NUMBER("no decree number"),
        /** The decree number cannot be read; the fallback number is used. */
        INVALID_NUMBER("the decree number cannot be read"),
        /** No title line between the header and the operative part; a placeholder title is used. */
        MISSING_TITLE("no title"),
        /** No operative formula ("постановляет:") before the clauses; a placeholder formula is used. */
        MISSING_OPERATIVE_FORMULA("no operative formula"),
        /** A header line names no organization, body or document type. */
        UNKNOWN_HEADER_LINE("a header line that names no organization, body or document type"),
        /** The header names no body the parser knows; a committee is assumed. */
        UNKNOWN_ISSUER_BODY("no known body in the issuer's name; COMMITTEE assumed"),
        /** The issuing organization has no id (none given in the options, none found in the tree). */
        UNRESOLVED_ISSUER("the issuing organization is not resolved to an id"),
        /** A clause number is not the next one expected; the clause is renumbered. */
        CLAUSE_NUMBERING_GAP("a clause number is not the next one expected"),
        /** A clause number has more levels than {@code ClauseNumber.MAX_DEPTH}; read as plain text. */
        CLAUSE_TOO_DEEP("a clause number is nested too deeply"),
        /** A clause number part is 0 or above {@code ClauseNumber.MAX_PART}; read as plain text. */
        CLAUSE_NUMBER_OUT_OF_RANGE("a clause number is out of range"),
        /** The operative part has no numbered clause; its paragraphs are numbered 1, 2, … */
        UNNUMBERED_CLAUSES("the operative part has no numbered clauses"),
        /** A clause has no text; a placeholder text is used. */
        EMPTY_CLAUSE("a clause without text"),
        /** Text between the operative formula and the first clause, not part of any clause; ignored. */
        ORPHAN_TEXT("text outside any clause"),
        /** A deadline-looking phrase that cannot be resolved (no such day, before the document date). */
        UNPARSEABLE_DEADLINE("a deadline phrase cannot be resolved"),
        /** A task clause has several deadline phrases; the first is used. */
        AMBIGUOUS_DEADLINE("several deadline phrases in one clause"),
        /** A reference-shaped text whose number or date is invalid. */
        INVALID_REFERENCE("a decree reference with an invalid number or date"),
        /** The resolution has no control clause. */
        MISSING_CONTROL_CLAUSE("no control clause"),
        /** A control clause whose controller cannot be read; it stays an ordinary clause. */
        UNREADABLE_CONTROL_CLAUSE("the control clause names no controller the parser can read"),
        /** A structured note ("[поручение 3.1: …]") that cannot be read or applied; ignored. */
        INVALID_NOTE("a structured note cannot be read"),
        /** More warnings than the parser keeps; the rest were dropped. */
        TOO_MANY_WARNINGS("too many warnings; the rest were dropped");

        private final String description;

        Code(String description) {
            this.description = description;
        }

        /**
         * Returns a short English description of the code.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public DecreeParseWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(detail, "detail");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
    }

    /**
     * Returns the code, line, span and detail, e.g. {@code CLAUSE_NUMBERING_GAP at line 12 [340, 351):
     * found 3.3, expected 3.2}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return code + " at line " + line + " [" + span.start() + ", " + span.end() + ")"
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
