package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.decree.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The syntax of structured notes: lines the renderer adds where the conventional text of a decree does
 * not say everything the resolution holds (an organization's id, an assignment that the clause's words
 * do not state), so that the parser reads the same resolution back.
 *
 * <p>A note is one line {@code [key target: field | field | …]}: the key is a Russian word
 * ({@link Key}), the optional target a clause number, the fields are separated by {@code |}; inside a
 * field {@code \} escapes {@code |} and itself. An empty field means "absent". A line is a note only if
 * it starts with {@code [}, ends with {@code ]} and its head is a known key, so ordinary bracketed text
 * in a decree is never taken for one. Reading and writing are linear in the line's length.
 */
public final class DecreeNotes {

    /** The most characters between "[" and ":" in a note. */
    private static final int MAX_HEAD = 40;

    /** What a note says. */
    public enum Key {
        /** The issuer: body kind, organization id, issuer name. */
        ISSUER("издатель", false),
        /** The meeting the resolution was adopted at. */
        MEETING("заседание", false),
        /** The place, when the header line cannot carry it. */
        PLACE("место", false),
        /** The operative formula, when no line can carry it. */
        FORMULA("формула", false),
        /** "нет": the resolution has no references (even if the text seems to cite some). */
        REFERENCES("ссылки", false),
        /** One reference; together they replace the references found in the text. */
        REFERENCE("ссылка", false),
        /** The control clause, or "нет". */
        CONTROL("контроль", false),
        /** The signatory, or "нет". */
        SIGNATORY("подпись", false),
        /** One attachment. */
        ATTACHMENT("приложение", false),
        /** A clause's assignment (action, subject, deadline), or "нет". */
        ASSIGNMENT("поручение", true),
        /** One assignee of a clause's assignment. */
        ASSIGNEE("исполнитель", true),
        /** "нет": the clause has no size bands. */
        BANDS("полосы", true),
        /** One size band of a clause; together they replace the bands read from the items. */
        BAND("полоса", true);

        private final String word;
        private final boolean targeted;

        Key(String word, boolean targeted) {
            this.word = word;
            this.targeted = targeted;
        }

        /**
         * Returns the key as written in a note.
         *
         * @return the Russian word
         */
        public String word() {
            return word;
        }

        /**
         * Tells whether the note names a clause.
         *
         * @return true if the head carries a clause number
         */
        public boolean targeted() {
            return targeted;
        }

        static Key of(String word) {
            for (Key key : values()) {
                if (key.word.equals(word)) {
                    return key;
                }
            }
            return null;
        }
    }

    /**
     * One note read from a line.
     *
     * @param key what it says
     * @param target the clause number text for targeted keys, else empty
     * @param fields the fields, unescaped and trimmed; empty strings for absent values
     * @param start the offset of the opening bracket
     * @param end the offset after the closing bracket
     */
    public record Note(Key key, Optional<String> target, List<String> fields, int start, int end) {

        /**
         * Tells whether the note is the single word "нет" (none).
         *
         * @return true for "[key: нет]"
         */
        public boolean isNone() {
            return fields.size() == 1 && fields.get(0).equals(NONE);
        }
    }

    /** The value of a note that says "there is none". */
    public static final String NONE = "нет";

    private DecreeNotes() {
    }

    /**
     * Tells whether a line's content is a note.
     *
     * @param text the text
     * @param start the content's first character
     * @param end the content's end
     * @return true if it starts with "[", ends with "]" and has a known key
     */
    public static boolean isNote(CharSequence text, int start, int end) {
        return head(text, start, end) != null;
    }

    /**
     * Reads a note.
     *
     * @param text the text
     * @param start the content's first character ("[")
     * @param end the content's end (after "]")
     * @return the note, or null if the content is not a note
     */
    public static Note read(CharSequence text, int start, int end) {
        Object[] head = head(text, start, end);
        if (head == null) {
            return null;
        }
        int colon = (Integer) head[2];
        return new Note((Key) head[0], Optional.ofNullable((String) head[1]), fields(text, colon + 1, end - 1),
                start, end);
    }

    /** Returns {key, target or null, colon offset}, or null. */
    private static Object[] head(CharSequence text, int start, int end) {
        if (end - start < 3 || text.charAt(start) != '[' || text.charAt(end - 1) != ']') {
            return null;
        }
        int colon = -1;
        for (int i = start + 1; i < end - 1 && i - start <= MAX_HEAD; i++) {
            if (text.charAt(i) == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        String head = TextNormalizer.normalize(text.subSequence(start + 1, colon));
        int space = head.indexOf(' ');
        Key key = Key.of(space < 0 ? head : head.substring(0, space));
        if (key == null) {
            return null;
        }
        String target = space < 0 ? null : head.substring(space + 1);
        if (key.targeted() != (target != null) || target != null && !isClauseNumberText(target)) {
            return null;
        }
        return new Object[] {key, target, colon};
    }

    private static boolean isClauseNumberText(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static List<String> fields(CharSequence text, int from, int to) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to) {
                field.append(text.charAt(++i));
            } else if (c == '|') {
                out.add(TextNormalizer.normalize(field));
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(TextNormalizer.normalize(field));
        return out;
    }

    /**
     * Writes a note.
     *
     * @param key what it says, not null
     * @param target the clause number for targeted keys, else null
     * @param fields the fields, not null; null or empty elements are written as empty fields
     * @return the note line, without a line break
     */
    public static String write(Key key, Object target, List<String> fields) {
        Objects.requireNonNull(key, "key");
        StringBuilder out = new StringBuilder("[").append(key.word());
        if (target != null) {
            out.append(' ').append(target);
        }
        out.append(':');
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? " " : " | ");
            String field = fields.get(i);
            if (field != null) {
                escape(field, out);
            }
        }
        return out.append(']').toString();
    }

    private static void escape(String field, StringBuilder out) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '|' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
