package io.github.unionkit.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * The stable code of a rule, such as {@code UK-DECREE-003}: the prefix {@code UK-} (or another
 * upper-case prefix of 2–8 letters for third-party rules), an upper-case family of 2–16 letters, a hyphen
 * and three digits.
 *
 * <p>Codes never change meaning once published; {@link #toString()} prints the code, which
 * {@link #parse(CharSequence)} reads back.
 *
 * @param value the code text
 */
public record RuleCode(String value) implements Comparable<RuleCode> {

    private static final int MAX_LENGTH = 32;

    /**
     * Creates a code, checking its syntax.
     *
     * @param value the code text, not null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the text is not of the form {@code PREFIX-FAMILY-000}
     */
    public RuleCode {
        Objects.requireNonNull(value, "value");
        int problem = firstProblem(value);
        if (problem >= 0) {
            throw new IllegalArgumentException("rule code must look like UK-FAMILY-000; problem at index "
                    + problem + ": " + (value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…"));
        }
    }

    /**
     * Returns the code with the given text.
     *
     * @param value the code text, not null
     * @return the code
     * @throws IllegalArgumentException if the text is not a valid code
     */
    public static RuleCode of(String value) {
        return new RuleCode(value);
    }

    /**
     * Reads a code from its text form.
     *
     * @param text the text, not null, at most 32 characters
     * @return the code
     * @throws IllegalArgumentException if the text is not a valid code
     */
    public static RuleCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new RuleCode(text.toString());
    }

    /**
     * Returns the family part, e.g. {@code DECREE} for {@code UK-DECREE-003}.
     *
     * @return the family
     */
    public String family() {
        int first = value.indexOf('-');
        return value.substring(first + 1, value.lastIndexOf('-'));
    }

    /**
     * Returns a one-line description of what the rule of this code checks, from the message bundles:
     * «Дата вступления не в будущем»; the code itself when no rule of this version has this code.
     *
     * @param locale Russian for language {@code ru}, English otherwise; not null
     * @return the title, never empty
     */
    public String title(Locale locale) {
        String title = RuleMessages.raw(value + ".title", Objects.requireNonNull(locale, "locale"));
        return title.isEmpty() ? value : title;
    }

    @Override
    public int compareTo(RuleCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the code text, which {@link #parse(CharSequence)} reads back.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }

    /** Returns the index of the first offending character, or -1 if the code is well formed. */
    private static int firstProblem(String s) {
        if (s.length() > MAX_LENGTH) {
            return MAX_LENGTH;
        }
        int i = 0;
        int prefix = 0;
        while (i < s.length() && isUpper(s.charAt(i))) {
            i++;
            prefix++;
        }
        if (prefix < 2 || prefix > 8 || i >= s.length() || s.charAt(i) != '-') {
            return i;
        }
        i++;
        int family = 0;
        while (i < s.length() && isUpper(s.charAt(i))) {
            i++;
            family++;
        }
        if (family < 2 || family > 16 || i >= s.length() || s.charAt(i) != '-') {
            return i;
        }
        i++;
        for (int d = 0; d < 3; d++, i++) {
            if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return i;
            }
        }
        return i == s.length() ? -1 : i;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
