package io.github.unionkit.testkit;

import io.github.unionkit.model.time.AfterEventDeadline;
import io.github.unionkit.model.time.DayRangeDeadline;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.ExactDayDeadline;
import io.github.unionkit.model.time.HalfYearDeadline;
import io.github.unionkit.model.time.InvalidDeadlineException.ErrorType;
import io.github.unionkit.model.time.MonthDeadline;
import io.github.unionkit.model.time.NoLaterThanDeadline;
import io.github.unionkit.model.time.OngoingDeadline;
import io.github.unionkit.model.time.QuarterDeadline;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RecurringDeadline;
import io.github.unionkit.model.time.RecurringDue;
import io.github.unionkit.model.time.RelativeTerm;
import io.github.unionkit.model.time.SchoolYear;
import io.github.unionkit.model.time.SchoolYearDeadline;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UnresolvedDeadline.Reason;
import io.github.unionkit.model.time.UnresolvedDeadline.Refusal;
import io.github.unionkit.model.time.UnspecifiedDeadline;
import io.github.unionkit.model.time.UntilDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.model.time.YearDeadline;
import io.github.unionkit.model.time.YearRangeDeadline;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * Generators of {@link Deadline}s of every kind, of the calendar values they are built from, and of
 * near-miss invalid inputs that the factories must reject.
 *
 * <p>Dates fall in {@link #MIN_DATE} to {@link #MAX_DATE} (2000–2040), the span of the decrees
 * UnionKit reads; windows that extend from such a date may reach a little beyond it. Generated
 * deadlines carry a phrase about half of the time. All generators are stateless and draw only from
 * the {@link RandomGenerator} they are given, so a seed reproduces every value.
 */
public final class DeadlineGenerators {

    /** The earliest date generated: 1 January 2000. */
    public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

    /** The latest date generated: 31 December 2040. */
    public static final LocalDate MAX_DATE = LocalDate.of(2040, 12, 31);

    // Phrases as they appear in decrees, including the seed's, so rendered output stays realistic.
    private static final List<String> SAMPLE_PHRASES = List.of(
            "До 29 декабря 2020 г.", "в первом квартале 2021 г.", "в первом полугодии 2021 года",
            "в течение 2021 года", "на 2020-2025 годы", "не позднее 1 марта", "в срок до 15.02.2021",
            "постоянно", "ежеквартально", "в IV квартале", "20-21 мая 2016 года", "в январе т.г.",
            "до конца года", "в установленные сроки");

    // Phrases that need the document date to resolve: unresolved in a decree whose date is unknown.
    private static final List<String> DATE_DEPENDENT_PHRASES = List.of(
            "в январе", "до конца года", "в течение месяца", "постоянно", "ежеквартально", "в IV квартале",
            "не позднее 1 марта", "До 29 декабря 2020 г.", "в текущем году", "в месячный срок",
            "до конца т.г.", "21 июня");

    // Phrases the grammar refuses, each with the refusal it gives whatever the document date.
    private static final List<String> REFUSED_PHRASES = List.of(
            "31 апреля 2021 г.", "когда-нибудь", "в первом", "с 21 по 20 мая 2021 года");
    private static final List<Refusal> REFUSALS = List.of(
            Refusal.INVALID_DATE, Refusal.UNKNOWN_PHRASE, Refusal.INCOMPLETE, Refusal.INVALID_RANGE);

    // Events as the Russian grammar reads them after a term ("в течение 10 дней после …") and alone.
    private static final List<String> EVENTS_AFTER_TERM = List.of(
            "после их проведения", "после проведения конференции", "со дня проведения заседания",
            "после завершения учебного года", "с момента получения запроса");
    private static final List<String> EVENTS_ALONE = List.of(
            "по итогам года", "по итогам конференции", "по окончании учебного года", "после проведения пленума",
            "по мере необходимости",
            "по завершении проверки");

    private static final String PHRASE_ALPHABET =
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789IVX.,-–«»\"\\ \u00A0";

    private DeadlineGenerators() {
    }

    /**
     * Returns dates uniformly in {@link #MIN_DATE} to {@link #MAX_DATE}, both included.
     *
     * @return the generator
     */
    public static Generator<LocalDate> dates() {
        return dates(MIN_DATE, MAX_DATE);
    }

    /**
     * Returns dates uniformly in {@code [min, max]}.
     *
     * @param min the earliest date, not null
     * @param max the latest date, not before {@code min}, not null
     * @return the generator
     * @throws IllegalArgumentException if {@code max} is before {@code min}
     */
    public static Generator<LocalDate> dates(LocalDate min, LocalDate max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.isBefore(min)) {
            throw new IllegalArgumentException("max " + max + " is before min " + min);
        }
        long first = min.toEpochDay();
        long last = max.toEpochDay();
        return random -> LocalDate.ofEpochDay(random.nextLong(first, last + 1));
    }

    /**
     * Returns years uniformly in 2000 to 2040.
     *
     * @return the generator
     */
    public static Generator<Year> years() {
        return Generator.ints(MIN_DATE.getYear(), MAX_DATE.getYear()).map(Year::of);
    }

    /**
     * Returns months of the years 2000 to 2040, uniformly.
     *
     * @return the generator
     */
    public static Generator<YearMonth> yearMonths() {
        return random -> YearMonth.of(years().generate(random).getValue(), random.nextInt(1, 13));
    }

    /**
     * Returns quarters of the years 2000 to 2040, uniformly.
     *
     * @return the generator
     */
    public static Generator<YearQuarter> quarters() {
        return random -> YearQuarter.of(years().generate(random), random.nextInt(1, 5));
    }

    /**
     * Returns half-years of the years 2000 to 2040, uniformly.
     *
     * @return the generator
     */
    public static Generator<YearHalf> halves() {
        return random -> YearHalf.of(years().generate(random), random.nextInt(1, 3));
    }

    /**
     * Returns both readings of "до X", uniformly.
     *
     * @return the generator
     */
    public static Generator<UntilPolicy> untilPolicies() {
        return Generator.oneOf(UntilPolicy.values());
    }

    /**
     * Returns every recurrence, uniformly.
     *
     * @return the generator
     */
    public static Generator<Recurrence> recurrences() {
        return Generator.oneOf(Recurrence.values());
    }

    /**
     * Returns valid phrases: half of them real decree phrases, the rest random text of 1–60 chars
     * over Cyrillic, digits, Roman numerals, punctuation, quotes, backslashes and (non-breaking)
     * spaces, always starting with a non-space character.
     *
     * @return the generator of non-blank phrases of at most 60 chars
     */
    public static Generator<String> phrases() {
        return random -> {
            if (random.nextBoolean()) {
                return SAMPLE_PHRASES.get(random.nextInt(SAMPLE_PHRASES.size()));
            }
            int length = random.nextInt(1, 61);
            StringBuilder phrase = new StringBuilder(length);
            // The first char is drawn without the two trailing spaces so the phrase is never blank.
            phrase.append(PHRASE_ALPHABET.charAt(random.nextInt(PHRASE_ALPHABET.length() - 2)));
            for (int i = 1; i < length; i++) {
                phrase.append(PHRASE_ALPHABET.charAt(random.nextInt(PHRASE_ALPHABET.length())));
            }
            return phrase.toString();
        };
    }

    /**
     * Returns near-miss phrases that {@link Deadline#withPhrase(String)} must reject as blank: empty,
     * or made only of spaces, tabs, line breaks and non-breaking spaces.
     *
     * @return the generator of blank phrases of at most 8 chars
     */
    public static Generator<String> blankPhrases() {
        String blanks = " \t\n\r\u00A0\u2007\u202F";
        return random -> {
            int length = random.nextInt(0, 9);
            StringBuilder phrase = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                phrase.append(blanks.charAt(random.nextInt(blanks.length())));
            }
            return phrase.toString();
        };
    }

    /**
     * Returns near-miss phrases just over {@link Deadline#MAX_PHRASE_LENGTH}: 1 to 16 chars too long.
     *
     * @return the generator of over-long phrases
     */
    public static Generator<String> tooLongPhrases() {
        String filler = "в срок ";
        String longest = filler.repeat((Deadline.MAX_PHRASE_LENGTH + 16) / filler.length() + 1);
        return random -> longest.substring(0, Deadline.MAX_PHRASE_LENGTH + random.nextInt(1, 17));
    }

    /**
     * Returns one-day deadlines.
     *
     * @return the generator
     */
    public static Generator<ExactDayDeadline> exactDayDeadlines() {
        return random -> phrased(random, Deadline.onDay(dates().generate(random)));
    }

    /**
     * Returns "не позднее X" deadlines whose window start is 0 to 400 days before X (0 in about one
     * case in eight, the tightest valid window).
     *
     * @return the generator
     */
    public static Generator<NoLaterThanDeadline> noLaterThanDeadlines() {
        return random -> {
            LocalDate start = dates().generate(random);
            return phrased(random, Deadline.noLaterThan(start, start.plusDays(span(random, 0, 400))));
        };
    }

    /**
     * Returns "до X" deadlines of both policies whose boundary X is just far enough after the window
     * start to be valid (about one case in eight) or up to 400 days after it.
     *
     * @return the generator
     */
    public static Generator<UntilDeadline> untilDeadlines() {
        return random -> {
            LocalDate start = dates().generate(random);
            UntilPolicy policy = untilPolicies().generate(random);
            int minimum = policy == UntilPolicy.EXCLUSIVE ? 1 : 0;
            LocalDate boundary = start.plusDays(span(random, minimum, 400));
            return phrased(random, Deadline.until(start, boundary, policy));
        };
    }

    /**
     * Returns month deadlines.
     *
     * @return the generator
     */
    public static Generator<MonthDeadline> monthDeadlines() {
        return random -> phrased(random, Deadline.inMonth(yearMonths().generate(random)));
    }

    /**
     * Returns quarter deadlines.
     *
     * @return the generator
     */
    public static Generator<QuarterDeadline> quarterDeadlines() {
        return random -> phrased(random, Deadline.inQuarter(quarters().generate(random)));
    }

    /**
     * Returns half-year deadlines.
     *
     * @return the generator
     */
    public static Generator<HalfYearDeadline> halfYearDeadlines() {
        return random -> phrased(random, Deadline.inHalf(halves().generate(random)));
    }

    /**
     * Returns year deadlines.
     *
     * @return the generator
     */
    public static Generator<YearDeadline> yearDeadlines() {
        return random -> phrased(random, Deadline.inYear(years().generate(random)));
    }

    /**
     * Returns deadlines over ranges of 1 to 31 days (a single day in about one case in eight).
     *
     * @return the generator
     */
    public static Generator<DayRangeDeadline> dayRangeDeadlines() {
        return random -> {
            LocalDate first = dates().generate(random);
            return phrased(random, Deadline.between(first, first.plusDays(span(random, 0, 30))));
        };
    }

    /**
     * Returns deadlines over ranges of years within 2000 to 2040, 1 to 11 years long.
     *
     * @return the generator
     */
    public static Generator<YearRangeDeadline> yearRangeDeadlines() {
        return random -> {
            Year first = years().generate(random);
            int room = Math.min(10, MAX_DATE.getYear() - first.getValue());
            return phrased(random, Deadline.inYears(first, first.plusYears(span(random, 0, room))));
        };
    }

    /**
     * Returns ongoing deadlines.
     *
     * @return the generator
     */
    public static Generator<OngoingDeadline> ongoingDeadlines() {
        return random -> phrased(random, Deadline.ongoing(dates().generate(random)));
    }

    /**
     * Returns recurring deadlines of every recurrence.
     *
     * @return the generator
     */
    public static Generator<RecurringDeadline> recurringDeadlines() {
        return random -> {
            Recurrence recurrence = recurrences().generate(random);
            LocalDate from = dates().generate(random);
            if (random.nextBoolean()) {
                return phrased(random, Deadline.recurring(recurrence, from));
            }
            return phrased(random, Deadline.recurring(recurrence, from, dueRules(recurrence).generate(random)));
        };
    }

    /**
     * Returns due rules that fit a recurrence: a due day in any month of the period or the month after
     * it, under either policy; and, for {@link Recurrence#YEARLY}, a month, a quarter, a half-year or a
     * run of months within the year.
     *
     * @param recurrence the recurrence, not null
     * @return the generator; every rule {@link RecurringDue#fits(Recurrence) fits} {@code recurrence}
     */
    public static Generator<RecurringDue> dueRules(Recurrence recurrence) {
        Objects.requireNonNull(recurrence, "recurrence");
        int length = recurrence.months();
        return random -> {
            if (recurrence == Recurrence.YEARLY && random.nextInt(3) == 0) {
                switch (random.nextInt(4)) {
                    case 0: return RecurringDue.within(random.nextInt(12), 1);
                    case 1: return RecurringDue.within(3 * random.nextInt(4), 3);
                    case 2: return RecurringDue.within(6 * random.nextInt(2), 6);
                    default:
                        int first = random.nextInt(11);
                        return RecurringDue.within(first, random.nextInt(2, 13 - first));
                }
            }
            int month = random.nextInt(length + 1);
            int day = random.nextInt(1, recurrence == Recurrence.YEARLY && month < 12
                    ? java.time.Month.of(month + 1).maxLength() + 1 : 32);
            UntilPolicy policy = untilPolicies().generate(random);
            if (month == 0 && day == 1 && policy == UntilPolicy.EXCLUSIVE) {
                day = 2;
            }
            return RecurringDue.byDay(month, day, policy);
        };
    }

    /**
     * Returns school-year deadlines from 2000/2001 to 2040/2041.
     *
     * @return the generator
     */
    public static Generator<SchoolYearDeadline> schoolYearDeadlines() {
        return random -> phrased(random, Deadline.inSchoolYear(SchoolYear.of(random.nextInt(2000, 2041))));
    }

    /**
     * Returns terms counted from an event: 1 to 60 days, weeks, months, years or working days after an
     * event ("после проведения конференции"), or a duty following an event without a term ("по итогам
     * года"), written so that the Russian grammar reads the event back.
     *
     * @return the generator
     */
    public static Generator<AfterEventDeadline> afterEventDeadlines() {
        return random -> {
            if (random.nextInt(4) == 0) {
                return phrased(random, Deadline.afterEvent(EVENTS_ALONE.get(random.nextInt(EVENTS_ALONE.size()))));
            }
            RelativeTerm.Unit[] units = RelativeTerm.Unit.values();
            RelativeTerm term = RelativeTerm.of(random.nextInt(1, 61), units[random.nextInt(units.length)]);
            return phrased(random, Deadline.afterEvent(
                    EVENTS_AFTER_TERM.get(random.nextInt(EVENTS_AFTER_TERM.size())), term));
        };
    }

    /**
     * Returns unspecified deadlines, with or without a phrase.
     *
     * @return the generator
     */
    public static Generator<UnspecifiedDeadline> unspecifiedDeadlines() {
        return random -> phrased(random, Deadline.unspecified());
    }

    /**
     * Returns unresolved deadlines: phrases that need the document date (reason
     * {@link Reason#NO_DOCUMENT_DATE}: "в январе", "до конца года", …) or that the Russian grammar
     * refuses, each with the refusal it gives ({@link Reason#REFUSED}: "31 апреля 2021 г." is
     * {@link Refusal#INVALID_DATE}, "когда-нибудь" {@link Refusal#UNKNOWN_PHRASE}, …); the phrase is
     * attached as written in about half of the values and removed from the rest.
     *
     * @return the generator
     */
    public static Generator<UnresolvedDeadline> unresolvedDeadlines() {
        return random -> {
            UnresolvedDeadline deadline;
            if (random.nextBoolean()) {
                deadline = Deadline.unresolved(DATE_DEPENDENT_PHRASES.get(random.nextInt(DATE_DEPENDENT_PHRASES.size())),
                        Reason.NO_DOCUMENT_DATE);
            } else {
                int i = random.nextInt(REFUSED_PHRASES.size());
                deadline = Deadline.refused(REFUSED_PHRASES.get(i), REFUSALS.get(i));
            }
            return random.nextBoolean() ? deadline : deadline.withoutPhrase();
        };
    }

    /**
     * Returns deadlines of one kind.
     *
     * @param kind the kind, not null
     * @return the generator; every value has {@code kind() == kind}
     */
    public static Generator<Deadline> deadlines(DeadlineKind kind) {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case EXACT_DAY: return widen(exactDayDeadlines());
            case NO_LATER_THAN: return widen(noLaterThanDeadlines());
            case UNTIL: return widen(untilDeadlines());
            case MONTH: return widen(monthDeadlines());
            case QUARTER: return widen(quarterDeadlines());
            case HALF_YEAR: return widen(halfYearDeadlines());
            case YEAR: return widen(yearDeadlines());
            case DAY_RANGE: return widen(dayRangeDeadlines());
            case YEAR_RANGE: return widen(yearRangeDeadlines());
            case ONGOING: return widen(ongoingDeadlines());
            case RECURRING: return widen(recurringDeadlines());
            case UNSPECIFIED: return widen(unspecifiedDeadlines());
            case UNRESOLVED: return widen(unresolvedDeadlines());
            case SCHOOL_YEAR: return widen(schoolYearDeadlines());
            case AFTER_EVENT: return widen(afterEventDeadlines());
            default: throw new AssertionError(kind);
        }
    }

    /**
     * Returns deadlines of every kind, each kind equally likely.
     *
     * @return the generator
     */
    public static Generator<Deadline> deadlines() {
        DeadlineKind[] kinds = DeadlineKind.values();
        return random -> deadlines(kinds[random.nextInt(kinds.length)]).generate(random);
    }

    /**
     * Returns deadlines of the kinds that always have a last day, each kind equally likely.
     *
     * @return the generator; every value has a present {@link Deadline#lastDay()}
     */
    public static Generator<Deadline> deadlinesWithLastDay() {
        List<DeadlineKind> kinds = List.of(DeadlineKind.values()).stream()
                .filter(DeadlineKind::hasLastDay).toList();
        return random -> deadlines(kinds.get(random.nextInt(kinds.size()))).generate(random);
    }

    /**
     * Returns near-miss invalid inputs: factory calls and phrases just over the line (a window start
     * one day after the last day, an exclusive boundary equal to the window start, a range reversed
     * by one day or one year, blank and over-long phrases), each with the error type it must raise.
     *
     * @return the generator
     */
    public static Generator<NearMiss> nearMisses() {
        return random -> {
            LocalDate start = dates().generate(random);
            int gap = span(random, 1, 30);
            switch (random.nextInt(7)) {
                case 0: {
                    LocalDate day = start.minusDays(gap);
                    return new NearMiss("noLaterThan(" + start + ", " + day + ")",
                            ErrorType.WINDOW_START_AFTER_LAST_DAY, () -> Deadline.noLaterThan(start, day));
                }
                case 1: {
                    LocalDate boundary = start.minusDays(gap - 1L);
                    return new NearMiss("until(" + start + ", " + boundary + ", EXCLUSIVE)",
                            ErrorType.WINDOW_START_AFTER_LAST_DAY,
                            () -> Deadline.until(start, boundary, UntilPolicy.EXCLUSIVE));
                }
                case 2: {
                    LocalDate boundary = start.minusDays(gap);
                    return new NearMiss("until(" + start + ", " + boundary + ", INCLUSIVE)",
                            ErrorType.WINDOW_START_AFTER_LAST_DAY,
                            () -> Deadline.until(start, boundary, UntilPolicy.INCLUSIVE));
                }
                case 3: {
                    LocalDate last = start.minusDays(gap);
                    return new NearMiss("between(" + start + ", " + last + ")", ErrorType.FIRST_AFTER_LAST,
                            () -> Deadline.between(start, last));
                }
                case 4: {
                    Year first = Year.from(start);
                    Year last = first.minusYears(span(random, 1, 5));
                    return new NearMiss("inYears(" + first + ", " + last + ")", ErrorType.FIRST_AFTER_LAST,
                            () -> Deadline.inYears(first, last));
                }
                case 5: {
                    Deadline deadline = deadlines().generate(random);
                    String phrase = blankPhrases().generate(random);
                    return new NearMiss(deadline + ".withPhrase(<" + phrase.length() + " blank chars>)",
                            ErrorType.BLANK_PHRASE, () -> deadline.withPhrase(phrase));
                }
                default: {
                    Deadline deadline = deadlines().generate(random);
                    String phrase = tooLongPhrases().generate(random);
                    return new NearMiss(deadline + ".withPhrase(<" + phrase.length() + " chars>)",
                            ErrorType.PHRASE_TOO_LONG, () -> deadline.withPhrase(phrase));
                }
            }
        };
    }

    /**
     * A near-miss invalid input: a call that must fail with an
     * {@link io.github.unionkit.model.time.InvalidDeadlineException} of the expected type.
     *
     * @param description the call in readable form, e.g. {@code "between(2021-03-02, 2021-03-01)"}
     * @param expected the error type the call must raise
     * @param attempt the call; it must throw rather than return
     */
    public record NearMiss(String description, ErrorType expected, Supplier<Deadline> attempt) {

        /**
         * Creates a near miss.
         *
         * @param description the call in readable form, not null
         * @param expected the error type the call must raise, not null
         * @param attempt the call, not null
         */
        public NearMiss {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(attempt, "attempt");
        }

        /**
         * Returns the description and the expected error type, for failure reports.
         *
         * @return e.g. {@code "between(2021-03-02, 2021-03-01) -> FIRST_AFTER_LAST"}
         */
        @Override
        public String toString() {
            return description + " -> " + expected;
        }
    }

    // Biased towards the lower bound because the edge (same day, one day apart) is where off-by-one
    // errors live.
    private static int span(RandomGenerator random, int min, int max) {
        return random.nextInt(8) == 0 ? min : random.nextInt(min, max + 1);
    }

    // Every kind's withPhrase returns its own class, so the cast cannot fail.
    @SuppressWarnings("unchecked")
    private static <D extends Deadline> D phrased(RandomGenerator random, D deadline) {
        return random.nextBoolean() ? deadline : (D) deadline.withPhrase(phrases().generate(random));
    }

    private static Generator<Deadline> widen(Generator<? extends Deadline> generator) {
        return generator::generate;
    }
}
