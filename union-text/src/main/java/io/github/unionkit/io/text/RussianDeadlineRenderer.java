package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.Ordinals;
import io.github.unionkit.io.text.internal.RussianMonths;
import io.github.unionkit.model.time.DayRangeDeadline;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineVisitor;
import io.github.unionkit.model.time.ExactDayDeadline;
import io.github.unionkit.model.time.HalfYearDeadline;
import io.github.unionkit.model.time.MonthDeadline;
import io.github.unionkit.model.time.NoLaterThanDeadline;
import io.github.unionkit.model.time.OngoingDeadline;
import io.github.unionkit.model.time.QuarterDeadline;
import io.github.unionkit.model.time.RecurringDeadline;
import io.github.unionkit.model.time.UnspecifiedDeadline;
import io.github.unionkit.model.time.UntilDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.model.time.YearDeadline;
import io.github.unionkit.model.time.YearRangeDeadline;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * Writes deadlines as a decree writes them, in correctly inflected Russian: "в первом квартале 2021
 * года", "до 29 декабря 2020 года", "не позднее 1 марта 2021 года", "с 20 по 21 мая 2016 года".
 *
 * <p>The text is computed from the typed value; a phrase attached to the deadline is ignored. What
 * {@link #render(Deadline)} writes, {@link RussianDeadlines#parse(CharSequence, LocalDate)} reads
 * back to a deadline of the same kind, window and last day, given as document date the start of the
 * window for the kinds whose window starts at the document date (no later than, until, ongoing,
 * recurring), and for years 1000 to 9999. "До X" is written for {@link UntilPolicy#EXCLUSIVE} and
 * "до X включительно" for {@link UntilPolicy#INCLUSIVE}, so the text reads right under the default
 * policy.
 *
 * <table>
 *   <caption>What each kind renders to</caption>
 *   <tr><th>kind</th><th>text</th></tr>
 *   <tr><td>exact day</td><td>29 декабря 2020 года</td></tr>
 *   <tr><td>no later than</td><td>не позднее 1 марта 2021 года</td></tr>
 *   <tr><td>until</td><td>до 29 декабря 2020 года [включительно]</td></tr>
 *   <tr><td>month</td><td>в декабре 2020 года</td></tr>
 *   <tr><td>quarter</td><td>в первом квартале 2021 года</td></tr>
 *   <tr><td>half-year</td><td>в первом полугодии 2021 года</td></tr>
 *   <tr><td>year</td><td>в течение 2021 года</td></tr>
 *   <tr><td>range of days</td><td>с 20 по 21 мая 2016 года; с 29 декабря 2006 года по 5 января 2007
 *       года</td></tr>
 *   <tr><td>range of years</td><td>в 2024–2025 годах</td></tr>
 *   <tr><td>ongoing</td><td>постоянно</td></tr>
 *   <tr><td>recurring</td><td>ежемесячно, ежеквартально, раз в полугодие, ежегодно</td></tr>
 *   <tr><td>unspecified</td><td>срок не установлен</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
public final class RussianDeadlineRenderer {

    /** How the word "year" is written after a year number. */
    public enum YearStyle {
        /** In full: "2021 года", "2024–2025 годах". The default. */
        FULL,
        /** Abbreviated, as many decrees write it: "2021 г.", "2024–2025 гг.". */
        ABBREVIATED
    }

    private RussianDeadlineRenderer() {
    }

    /**
     * Renders a deadline with years written in full.
     *
     * @param deadline the deadline, not null
     * @return the Russian text, never empty
     */
    public static String render(Deadline deadline) {
        return render(deadline, YearStyle.FULL);
    }

    /**
     * Renders a deadline.
     *
     * @param deadline the deadline, not null
     * @param style how to write the word "year", not null
     * @return the Russian text, never empty
     */
    public static String render(Deadline deadline, YearStyle style) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(style, "style");
        return deadline.accept(new Writer(style));
    }

    /**
     * Writes a date in the genitive, as in a decree: "29 декабря 2020 года" or "29 декабря 2020 г.".
     *
     * @param date the date, not null
     * @param style how to write the word "year", not null
     * @return the text
     */
    public static String renderDate(LocalDate date, YearStyle style) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(style, "style");
        return date.getDayOfMonth() + " " + RussianMonths.genitive(date.getMonth()) + " "
                + year(date.getYear(), style);
    }

    /**
     * Writes the days of a meeting compactly, as decree references do: "18 декабря 2020 года",
     * "20–21 мая 2016 года", "30 апреля – 1 мая 2016 года", "31 декабря 2020 года – 2 января 2021 года".
     *
     * @param first the first day, not null
     * @param last the last day, not null, not before {@code first}
     * @param style how to write the word "year", not null
     * @return the text; {@link RussianDeadlines#parse} reads it as a range of days (or one day)
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public static String renderDays(LocalDate first, LocalDate last, YearStyle style) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(style, "style");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last day " + last + " is before first day " + first);
        }
        if (first.equals(last)) {
            return renderDate(first, style);
        }
        if (first.getYear() != last.getYear()) {
            return renderDate(first, style) + " – " + renderDate(last, style);
        }
        if (first.getMonth() != last.getMonth()) {
            return first.getDayOfMonth() + " " + RussianMonths.genitive(first.getMonth()) + " – "
                    + renderDate(last, style);
        }
        return first.getDayOfMonth() + "–" + renderDate(last, style);
    }

    /**
     * The preposition "в" becomes "во" before a word opening with "в" or "ф" and a consonant ("во
     * втором"), as Russian phonetics requires.
     */
    private static String in(String word) {
        char first = word.charAt(0);
        boolean cluster = (first == 'в' || first == 'ф') && word.length() > 1 && "аеёиоуыэюя".indexOf(word.charAt(1)) < 0;
        return (cluster ? "во " : "в ") + word;
    }

    private static String year(int year, YearStyle style) {
        return year + (style == YearStyle.FULL ? " года" : " г.");
    }

    private static final class Writer implements DeadlineVisitor<String> {
        private final YearStyle style;

        Writer(YearStyle style) {
            this.style = style;
        }

        @Override
        public String visitExactDay(ExactDayDeadline deadline) {
            return renderDate(deadline.lastDay().orElseThrow(), style);
        }

        @Override
        public String visitNoLaterThan(NoLaterThanDeadline deadline) {
            return "не позднее " + renderDate(deadline.day(), style);
        }

        @Override
        public String visitUntil(UntilDeadline deadline) {
            String text = "до " + renderDate(deadline.boundary(), style);
            return deadline.policy() == UntilPolicy.INCLUSIVE ? text + " включительно" : text;
        }

        @Override
        public String visitMonth(MonthDeadline deadline) {
            LocalDate first = deadline.window().getStart();
            return in(RussianMonths.prepositional(first.getMonth())) + " " + year(first.getYear(), style);
        }

        @Override
        public String visitQuarter(QuarterDeadline deadline) {
            LocalDate first = deadline.window().getStart();
            return in(Ordinals.prepositional(first.getMonthValue() / 3 + 1)) + " квартале "
                    + year(first.getYear(), style);
        }

        @Override
        public String visitHalfYear(HalfYearDeadline deadline) {
            LocalDate first = deadline.window().getStart();
            return in(Ordinals.prepositional(first.getMonthValue() / 6 + 1)) + " полугодии "
                    + year(first.getYear(), style);
        }

        @Override
        public String visitYear(YearDeadline deadline) {
            return "в течение " + year(deadline.window().getStart().getYear(), style);
        }

        @Override
        public String visitDayRange(DayRangeDeadline deadline) {
            LocalDate first = deadline.first();
            LocalDate last = deadline.last();
            if (first.getYear() != last.getYear()) {
                return "с " + renderDate(first, style) + " по " + renderDate(last, style);
            }
            if (first.getMonth() != last.getMonth()) {
                return "с " + first.getDayOfMonth() + " " + RussianMonths.genitive(first.getMonth()) + " по "
                        + renderDate(last, style);
            }
            return "с " + first.getDayOfMonth() + " по " + renderDate(last, style);
        }

        @Override
        public String visitYearRange(YearRangeDeadline deadline) {
            Year first = deadline.first();
            Year last = deadline.last();
            return "в " + first.getValue() + "–" + last.getValue() + (style == YearStyle.FULL ? " годах" : " гг.");
        }

        @Override
        public String visitOngoing(OngoingDeadline deadline) {
            return "постоянно";
        }

        @Override
        public String visitRecurring(RecurringDeadline deadline) {
            switch (deadline.recurrence()) {
                case MONTHLY:
                    return "ежемесячно";
                case QUARTERLY:
                    return "ежеквартально";
                case HALF_YEARLY:
                    return "раз в полугодие";
                default:
                    return "ежегодно";
            }
        }

        @Override
        public String visitUnspecified(UnspecifiedDeadline deadline) {
            return "срок не установлен";
        }
    }
}
