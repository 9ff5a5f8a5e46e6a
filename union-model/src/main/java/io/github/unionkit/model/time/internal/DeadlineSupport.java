package io.github.unionkit.model.time.internal;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.InvalidDeadlineException;
import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Checks and text shared by the deadline kinds: phrase validation, order checks and the
 * {@code toString()} form. Not part of the API.
 */
public final class DeadlineSupport {

    private DeadlineSupport() {
    }

    /**
     * Checks a phrase given to {@code withPhrase}.
     *
     * @param phrase the phrase as written, not null
     * @return {@code phrase}, unchanged: the phrase is kept exactly as written
     * @throws NullPointerException if {@code phrase} is null
     * @throws InvalidDeadlineException if the phrase is blank or longer than
     *     {@link Deadline#MAX_PHRASE_LENGTH}
     */
    public static String checkPhrase(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        if (phrase.length() > Deadline.MAX_PHRASE_LENGTH) {
            throw new InvalidDeadlineException(ErrorType.PHRASE_TOO_LONG,
                    "phrase length " + phrase.length() + " exceeds " + Deadline.MAX_PHRASE_LENGTH);
        }
        if (isBlank(phrase)) {
            throw new InvalidDeadlineException(ErrorType.BLANK_PHRASE, "phrase must not be blank");
        }
        return phrase;
    }

    /**
     * Returns the days of whole calendar months: from the first day of {@code firstMonth} of
     * {@code year} for {@code months} months. Built from the first days of two months, without day
     * arithmetic: the window of every period kind.
     *
     * @param year the year of the first month
     * @param firstMonth the first month, 1 to 12
     * @param months how many months, at least 1
     * @return the range, closed at its last day
     */
    public static LocalDateRange months(int year, int firstMonth, int months) {
        int next = firstMonth - 1 + months;
        return LocalDateRange.of(LocalDate.of(year, firstMonth, 1), LocalDate.of(year + next / 12, next % 12 + 1, 1));
    }

    /**
     * Checks that {@code first} is not after {@code last}.
     *
     * @param type the error type to report, not null
     * @param first the date that must come first, not null
     * @param last the date that must come last, not null
     * @param firstName how the first value is called in the message, not null
     * @param lastName how the last value is called in the message, not null
     * @throws InvalidDeadlineException if {@code first} is after {@code last}
     */
    public static void checkOrder(ErrorType type, LocalDate first, LocalDate last, String firstName,
            String lastName) {
        if (first.isAfter(last)) {
            throw new InvalidDeadlineException(type, first, last,
                    firstName + " " + first + " is after " + lastName + " " + last);
        }
    }

    /**
     * Formats a deadline as {@code Label[arguments "phrase"]}: the label names the factory, the
     * arguments are the factory's arguments in ISO form, and the phrase, if any, is quoted with
     * {@code \} escapes so the text stays unambiguous.
     *
     * @param label the factory name, e.g. {@code "InQuarter"}, not null
     * @param arguments the factory arguments, e.g. {@code "2021-Q1"}, possibly empty, not null
     * @param phrase the phrase, or null when the deadline has none
     * @return the text form
     */
    public static String describe(String label, String arguments, String phrase) {
        StringBuilder text = new StringBuilder(label.length() + arguments.length() + 16
                + (phrase == null ? 0 : phrase.length() + 4));
        text.append(label).append('[').append(arguments);
        if (phrase != null) {
            if (!arguments.isEmpty()) {
                text.append(' ');
            }
            appendQuoted(text, phrase);
        }
        return text.append(']').toString();
    }

    /**
     * Returns a text quoted as {@link #describe} quotes a phrase, for a text that is a typed value of a
     * kind (the phrase of an unresolved deadline, the event of a term after an event).
     *
     * @param text the text, not null
     * @return the text in quotes with {@code \} escapes
     */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        appendQuoted(quoted, text);
        return quoted.toString();
    }

    private static void appendQuoted(StringBuilder text, String phrase) {
        text.append('"');
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c == '\n') {
                text.append("\\n");
            } else if (c == '\t') {
                text.append("\\t");
            } else if (c < 0x20 || c == 0x7F) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        text.append('"');
    }

    // Word processors put non-breaking spaces into documents, and String.isBlank() does not count
    // them as blank, so a phrase of NBSPs only would otherwise slip through.
    private static boolean isBlank(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
