package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.TextErrorTexts;
import io.github.unionkit.model.error.Detail;
import io.github.unionkit.model.path.PropertyPath;
import java.util.Locale;
import java.util.Objects;

/**
 * Something {@link DecreeTextParser} could not read, or read with a doubt, while it built the
 * resolution: a missing part (which is then absent from the resolution, never a placeholder), an
 * unusual line, a gap in the clause numbering, a deadline phrase kept unresolved. Layout noise (tabs,
 * blank lines, no-break spaces, "№ 3- 1") is normal input and never a warning.
 *
 * <p>A warning has a stable {@link Code}, the {@linkplain PropertyPath element} of the resolution it
 * is about ({@code number}, {@code adopted}, {@code clauses[3.1].assignment.deadline}, …), the
 * {@linkplain TextSpan span} of the text it is about, the 1-based line where that span starts, and a
 * {@link Detail} that names clause numbers, counts and error types but never quotes the document (decrees
 * name persons). {@link #message(Locale)} gives the reason in Russian or English, {@link #detail(Locale)}
 * the detail alone.
 *
 * @param code what was noticed
 * @param element the element of the resolution the warning is about; the root path for the whole
 *     document
 * @param span where, as offsets into the parsed text
 * @param line the 1-based line where {@code span} starts
 * @param detail what the warning adds to its code's description, as a message key and arguments without
 *     personal data (clause numbers, counts, error types); {@link Detail#none()} when nothing
 */
public record DecreeParseWarning(Code code, PropertyPath element, TextSpan span, int line, Detail detail) {

    /** The kinds of warning. Each has a Russian and an English description in the module's bundle. */
    public enum Code {
        /** The header has no adoption date; the resolution has none and its deadlines stay unresolved. */
        MISSING_DATE,
        /** The adoption date is incomplete (no year) or does not exist; the resolution has none. */
        INVALID_DATE,
        /** The header has no decree number; the resolution has none. */
        MISSING_NUMBER,
        /** The decree number cannot be read; the resolution has none. */
        INVALID_NUMBER,
        /** The header gives a second number (a joint decree); only the first is kept. */
        SECOND_NUMBER,
        /** No title between the header and the operative part; the resolution has none. */
        MISSING_TITLE,
        /** No operative formula ("постановляет:") before the clauses; the resolution has none. */
        MISSING_OPERATIVE_FORMULA,
        /** A header line names no organization, body or document type. */
        UNKNOWN_HEADER_LINE,
        /** Page furniture (a site timestamp, "Опубликовано …", a page number) skipped. */
        PAGE_FURNITURE,
        /** Neither the formula nor the header names a body the parser knows; the issuer's kind is absent. */
        UNKNOWN_ISSUER_BODY,
        /** The formula's body and the header's body differ; the formula's (who decides) is kept. */
        ISSUER_DISAGREES,
        /** The issuing organization has no id (none given in the options, none found in the tree). */
        UNRESOLVED_ISSUER,
        /** A clause number is not the next one expected; kept as written. */
        CLAUSE_NUMBERING_GAP,
        /** A clause number has more levels than {@code ClauseNumber.MAX_DEPTH}; read as plain text. */
        CLAUSE_TOO_DEEP,
        /** A clause number part is 0 or above {@code ClauseNumber.MAX_PART}; read as plain text. */
        CLAUSE_NUMBER_OUT_OF_RANGE,
        /** A sub-clause whose parent clause is not in the document; read as text of the latest clause. */
        CLAUSE_WITHOUT_PARENT,
        /** The operative part has no numbered clause; its paragraphs are read as clauses 1, 2, … */
        UNNUMBERED_CLAUSES,
        /** A clause has no text; it is left out. */
        EMPTY_CLAUSE,
        /** Text between the operative formula and the first clause, not part of any clause; ignored. */
        ORPHAN_TEXT,
        /** A deadline phrase that cannot be resolved (no such day, no document date, refused); kept as text. */
        UNRESOLVED_DEADLINE,
        /** A task clause has several deadline phrases; the first is used. */
        AMBIGUOUS_DEADLINE,
        /** A task clause whose assignee cannot be read; it has no assignment. */
        UNREAD_ASSIGNEE,
        /** A reference-shaped text whose number or date is invalid. */
        INVALID_REFERENCE,
        /** The resolution has no control clause. */
        MISSING_CONTROL_CLAUSE,
        /** A control clause whose controller cannot be read; it stays an ordinary clause. */
        UNREADABLE_CONTROL_CLAUSE,
        /** Text after the signature that is not an attachment; ignored. */
        TEXT_AFTER_SIGNATURE,
        /** More warnings than the parser keeps; the rest were dropped. */
        TOO_MANY_WARNINGS;

        /**
         * Returns a short English description of the code.
         *
         * @return the description
         */
        public String description() {
            return description(Locale.ENGLISH);
        }

        /**
         * Returns a short description of the code in the given language: Russian for {@code ru}, else
         * English.
         *
         * @param locale the language, not null
         * @return the description
         * @throws NullPointerException if {@code locale} is null
         */
        public String description(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            return TextErrorTexts.WARNINGS.get("warning." + name(), locale);
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
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(detail, "detail");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
    }

    /**
     * Returns the reason in the given language with the line, element (named as people name it) and
     * detail, e.g. «строка 12, пункт 3.3: номер пункта не следующий по порядку; сохранён как в тексте (в
     * тексте 3.3, ожидался 3.2)».
     *
     * @param locale the language (Russian for {@code ru}, else English), not null
     * @return the message, without personal data
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        String where = element.isRoot() ? "" : ", " + element.displayName(locale);
        String detailText = detail(locale);
        return TextErrorTexts.WARNINGS.format("message", locale, Integer.toString(line), where,
                code.description(locale), detailText.isEmpty() ? "" : " (" + detailText + ")");
    }

    /**
     * Returns the detail alone in the given language, e.g. «в тексте 3.3, ожидался 3.2»; the empty
     * string when the warning has none. A detail this version does not know is printed as
     * {@link Detail#toString()} rather than dropped.
     *
     * @param locale the language (Russian for {@code ru}, else English), not null
     * @return the detail's text
     * @throws NullPointerException if {@code locale} is null
     */
    public String detail(Locale locale) {
        return WarningDetailTexts.render(detail, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the code, line, element, span and detail, e.g. {@code CLAUSE_NUMBERING_GAP at line 12
     * clauses[3.3] [340, 351): numberingGap|3.3|3.2}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return code + " at line " + line + (element.isRoot() ? "" : " " + element) + " [" + span.start() + ", "
                + span.end() + ")" + (detail.isEmpty() ? "" : ": " + detail);
    }
}
