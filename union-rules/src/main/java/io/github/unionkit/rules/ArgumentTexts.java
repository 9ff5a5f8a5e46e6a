package io.github.unionkit.rules;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.error.PluralCategory;
import io.github.unionkit.model.org.MembershipRange;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a rule message's argument values as people read them in the message's language: dates as
 * 18.12.2020 in Russian, counts with the language's grouping («2 400»), membership bands as decrees write
 * them («свыше 1 000 членов»), periods in words («3 месяца»), and constants (levels, categories, bodies)
 * by their names. A value of another shape is kept as the rule gave it.
 */
final class ArgumentTexts {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** {@code LocalDateRange.toString()}: the start and the day after the end. */
    private static final Pattern DATE_RANGE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern RANGE = Pattern.compile("\\d{1,10}\\.\\.\\d{0,10}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern PERIOD = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+D)?");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    /** The arguments that are counts of people, votes, seats or days (never years or ids). */
    private static final Set<String> COUNTS = Set.of("members", "count", "childrenSum", "votes", "votesFor",
            "needed", "minimum", "quota", "delegates", "quorum", "present", "limit", "days");
    /** The arguments that are periods. */
    private static final Set<String> PERIODS = Set.of("interval", "term", "cycle");

    private ArgumentTexts() {
    }

    /**
     * Returns an argument's value in the message's language.
     *
     * @param name the argument's name
     * @param value its value as the rule gave it
     * @param locale the message's language
     * @return the value to print
     */
    static String localize(String name, String value, Locale locale) {
        String family = "parentLevel".equals(name) ? "level" : name;
        String word = RuleMessages.raw("value." + family + "." + value, locale);
        if (!word.isEmpty()) {
            return word;
        }
        if ("body".equals(name)) {
            return bodyName(value, locale);
        }
        if (COUNTS.contains(name) && INTEGER.matcher(value).matches()) {
            return NumberFormat.getIntegerInstance(language(locale)).format(Long.parseLong(value));
        }
        if (PERIODS.contains(name) && PERIOD.matcher(value).matches() && value.length() > 1) {
            return period(Period.parse(value), locale);
        }
        if (ISO_DATE.matcher(value).matches()) {
            return date(value, locale);
        }
        if (DATE_RANGE.matcher(value).matches()) {
            return dateRange(value, locale);
        }
        try {
            if (RANGE.matcher(value).matches()) {
                return MembershipRange.parse(value).displayName(locale);
            }
            if (value.startsWith("[") && value.endsWith("]") && value.contains("..")) {
                return ranges(value, locale);
            }
        } catch (IllegalArgumentException notABand) {
            // digits beyond an int: not a band after all
        }
        return value;
    }

    private static Locale language(Locale locale) {
        return RuleMessages.isRussian(locale) ? RuleMessages.RUSSIAN : Locale.ENGLISH;
    }

    private static String bodyName(String value, Locale locale) {
        try {
            return BodyKind.valueOf(value).displayName(locale);
        } catch (IllegalArgumentException notAKind) {
            return value;
        }
    }

    private static String date(String value, Locale locale) {
        if (!RuleMessages.isRussian(locale)) {
            return value;
        }
        try {
            return LocalDate.parse(value).format(RUSSIAN_DATE);
        } catch (DateTimeException notADate) {
            return value;
        }
    }

    /**
     * A range of days as people write it, its last day included: «20.05.2016 – 21.05.2016», one day as
     * that day; "2016-05-20 – 2016-05-21" in English. The text form ends with the day after the last.
     */
    private static String dateRange(String value, Locale locale) {
        try {
            LocalDate start = LocalDate.parse(value.substring(0, 10));
            LocalDate last = LocalDate.parse(value.substring(11)).minusDays(1);
            if (last.isBefore(start)) {
                return value;
            }
            boolean russian = RuleMessages.isRussian(locale);
            String first = russian ? start.format(RUSSIAN_DATE) : start.toString();
            String end = russian ? last.format(RUSSIAN_DATE) : last.toString();
            return last.equals(start) ? first : first + " – " + end;
        } catch (DateTimeException notADate) {
            return value;
        }
    }

    /** «[0..999, 1001..]»: each band in words, or the list as given when one is not a band. */
    private static String ranges(String value, Locale locale) {
        String[] parts = value.substring(1, value.length() - 1).split(", ", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (!RANGE.matcher(part).matches()) {
                return value;
            }
            out.add(MembershipRange.parse(part).displayName(locale));
        }
        return String.join("; ", out);
    }

    private static String period(Period period, Locale locale) {
        List<String> parts = new ArrayList<>(3);
        if (period.getYears() != 0) {
            parts.add(count("period.years", period.getYears(), locale));
        }
        if (period.getMonths() != 0) {
            parts.add(count("period.months", period.getMonths(), locale));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(count("period.days", period.getDays(), locale));
        }
        return String.join(" ", parts);
    }

    private static String count(String key, long n, Locale locale) {
        String pattern = RuleMessages.raw(key + "." + PluralCategory.of(n, locale).suffix(), locale);
        return pattern.replace("{n}", NumberFormat.getIntegerInstance(language(locale)).format(n));
    }
}
