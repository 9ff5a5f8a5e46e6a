package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.io.json.internal.Expectations;
import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.rules.RuleCode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A registry record that was not accepted: its line, why, and which field.
 *
 * <p>The detail names the problem, never the offending value: records hold personal data.
 * {@link #message(Locale)} says why in Russian or English; the detail is the English particulars. The member
 * id, when the record got far enough to have one, is given so the record can be found and fixed
 * (member ids are pseudonymous keys, not personal data).
 *
 * @param line the 1-based line of the record in the file (for CSV, the line where the row starts)
 * @param reason why the record was rejected
 * @param field the JSON Pointer (JSON Lines) or column name (CSV) of the offending value, or
 *     {@code ""} when the problem concerns the whole record
 * @param detail a description of the problem, without input values
 * @param memberId the record's member id, if it was read
 * @param earlierLine for a duplicate ({@link Reason#DUPLICATE_MEMBER_ID}, {@link Reason#DUPLICATE_CARD}),
 *     the line of the record that holds the same id or card first; otherwise empty
 * @param column the 1-based column (in characters of the line) where a JSON Lines record stops being
 *     readable, when the reader knows it; otherwise empty
 */
public record Rejection(long line, Reason reason, String field, String detail, Optional<MemberId> memberId,
        OptionalLong earlierLine, OptionalInt column) {

    /** Why a record was rejected. */
    public enum Reason implements UnionKitErrorType {
        /**
         * The line is not JSON, or the row not CSV: an unexpected character, invalid UTF-8 (strictly: no
         * overlong forms, surrogates or code points above U+10FFFF), binary data, an unterminated CSV
         * quote (at the line of the opening quote).
         */
        MALFORMED,
        /** The record ends in the middle of a value. */
        TRUNCATED,
        /** The line is longer than the limit; it was skipped without being read into memory. */
        LINE_TOO_LONG,
        /** A nesting, string, number, name or token limit was exceeded. */
        LIMIT_EXCEEDED,
        /** A property appears twice in the record. */
        DUPLICATE_PROPERTY,
        /** The record has a property or column the format does not define (under the FAIL policy). */
        UNKNOWN_PROPERTY,
        /** A required value is absent. */
        MISSING_VALUE,
        /** A value has the wrong JSON type. */
        WRONG_TYPE,
        /** A value is not valid: a bad date, id, category, card number, or dates out of order. */
        INVALID_VALUE,
        /** More content follows the record on the same line. */
        TRAILING_CONTENT,
        /** A CSV row has more or fewer cells than the header has columns. */
        COLUMN_COUNT,
        /** The member's primary organization is not in the organization tree of the import. */
        UNKNOWN_ORGANIZATION,
        /** The member breaks a validation rule of the import. */
        RULE_VIOLATION,
        /**
         * An earlier record of the same import has the same member id ({@link Rejection#earlierLine()}
         * names its line); the earlier record stays accepted.
         */
        DUPLICATE_MEMBER_ID,
        /**
         * An earlier record of the same import has the same card number ({@link Rejection#earlierLine()}
         * names its line); the earlier record stays accepted.
         */
        DUPLICATE_CARD,
        /** The input cannot be read any further: an I/O error. */
        UNREADABLE;

        /**
         * Returns a short description of this reason in Russian or English, as a user reads it:
         * «запись обрывается внутри значения».
         *
         * @param locale the language: Russian for {@code ru}, else English; not null
         * @return the description
         */
        @Override
        public String description(Locale locale) {
            return RegistryTexts.TEXTS.get("Rejection." + name(), locale);
        }
    }

    /**
     * Checks the values.
     *
     * @param line the 1-based line, at least 1
     * @param reason why
     * @param field the offending field, or ""
     * @param detail the description, without input values
     * @param memberId the member id, if read
     * @param earlierLine the line of the earlier record of a duplicate, or empty
     * @param column the 1-based column, or empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code line} is less than 1, {@code earlierLine} is not
     *     between 1 and {@code line - 1}, or {@code column} is less than 1
     */
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(earlierLine, "earlierLine");
        Objects.requireNonNull(column, "column");
        if (column.isPresent() && column.getAsInt() < 1) {
            throw new IllegalArgumentException("column must be at least 1: " + column.getAsInt());
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        if (earlierLine.isPresent() && (earlierLine.getAsLong() < 1 || earlierLine.getAsLong() >= line)) {
            throw new IllegalArgumentException("earlierLine must be between 1 and line - 1: " + earlierLine);
        }
    }

    /**
     * Creates a rejection that names no earlier record.
     *
     * @param line the 1-based line, at least 1
     * @param reason why
     * @param field the offending field, or ""
     * @param detail the description, without input values
     * @param memberId the member id, if read
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public Rejection(long line, Reason reason, String field, String detail, Optional<MemberId> memberId) {
        this(line, reason, field, detail, memberId, OptionalLong.empty());
    }

    /**
     * Creates a rejection without a column.
     *
     * @param line the 1-based line, at least 1
     * @param reason why
     * @param field the offending field, or ""
     * @param detail the description, without input values
     * @param memberId the member id, if read
     * @param earlierLine the line of the earlier record of a duplicate, or empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code line} is less than 1, or {@code earlierLine} is not
     *     between 1 and {@code line - 1}
     */
    public Rejection(long line, Reason reason, String field, String detail, Optional<MemberId> memberId,
            OptionalLong earlierLine) {
        this(line, reason, field, detail, memberId, earlierLine, OptionalInt.empty());
    }

    /**
     * Returns a rejection without a member id.
     *
     * @param line the 1-based line
     * @param reason why
     * @param field the offending field, or {@code ""}
     * @param detail the description, without input values
     * @return the rejection
     */
    public static Rejection of(long line, Reason reason, String field, String detail) {
        return new Rejection(line, reason, field, detail, Optional.empty());
    }

    /**
     * Returns {@code line N: REASON at field: detail [member id]} (and {@code (first on line M)} for a
     * duplicate), without personal data.
     *
     * @return the description
     */
    /**
     * Returns why the record was rejected, in Russian or English: the line, the field, the reason's
     * description and, for a duplicate, the line that holds the value first; for a rule violation, the
     * rule's code and title. The English text adds the {@link #detail() detail}. Never a value of the
     * record, nor its member id.
     *
     * @param locale the language: Russian for {@code ru}, else English; not null
     * @return the message, e.g. «строка 7, поле /id: такой идентификатор уже есть в реестре (впервые в
     *     строке 6)»
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String where = field.isEmpty() ? "" : RegistryTexts.TEXTS.format("rejection.field", locale, field);
        String why = reason.description(locale);
        if (reason == Reason.RULE_VIOLATION) {
            why = ruleCode().map(code -> RegistryTexts.TEXTS.format("rejection.rule", locale, code.value(),
                    code.title(locale))).orElse(why);
        }
        Optional<String> said = detail.isEmpty() ? Optional.empty() : Expectations.in(detail, locale);
        String particulars = said.map(text -> RegistryTexts.TEXTS.format("rejection.particulars", locale, text))
                .orElse("");
        if (said.isEmpty()) {
            particulars = "";
        } else if (detail.startsWith(why)) {
            // The detail already says the reason and more ("the record ends inside a value (column 2)").
            why = detail;
            particulars = "";
        }
        String first = earlierLine.isPresent()
                ? RegistryTexts.TEXTS.format("rejection.earlierLine", locale, Long.toString(earlierLine.getAsLong()))
                : "";
        String at = column.isPresent()
                ? RegistryTexts.TEXTS.format("rejection.column", locale, Integer.toString(column.getAsInt())) : "";
        return RegistryTexts.TEXTS.format("rejection.message", locale, Long.toString(line), at + where, why,
                particulars, first);
    }

    /** The rule a {@link Reason#RULE_VIOLATION} names first in its detail ("UK-MEMBER-001: …"). */
    private Optional<RuleCode> ruleCode() {
        int colon = detail.indexOf(':');
        try {
            return colon > 0 ? Optional.of(RuleCode.parse(detail.substring(0, colon))) : Optional.empty();
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason + (field.isEmpty() ? "" : " at " + field) + ": " + detail
                + memberId.map(id -> " [member " + id + "]").orElse("")
                + (earlierLine.isPresent() ? " (first on line " + earlierLine.getAsLong() + ")" : "");
    }
}
