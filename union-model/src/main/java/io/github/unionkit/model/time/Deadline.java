package io.github.unionkit.model.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * A deadline (срок) of an assignment: a typed value resolving to a window of days and, for most
 * kinds, a last day, with the phrase as written kept beside it.
 *
 * <p>The family is sealed; each kind is a final class of this package, built only through the
 * static factories below and dispatched over with {@link #accept(DeadlineVisitor)}:
 * <table>
 * <caption>Deadline kinds, their windows and last days</caption>
 * <tr><th>factory</th><th>example phrase</th><th>window</th><th>last day</th></tr>
 * <tr><td>{@link #onDay onDay(d)}</td><td>29 декабря 2020 г.</td><td>[d, d]</td><td>d</td></tr>
 * <tr><td>{@link #noLaterThan noLaterThan(s, d)}</td><td>не позднее 29 декабря 2020 г.</td>
 *     <td>[s, d]</td><td>d</td></tr>
 * <tr><td>{@link #until until(s, x, p)}</td><td>до 29 декабря 2020 г.</td><td>[s, last]</td>
 *     <td>x − 1 ({@link UntilPolicy#EXCLUSIVE}) or x ({@link UntilPolicy#INCLUSIVE})</td></tr>
 * <tr><td>{@link #inMonth inMonth(m)}</td><td>в январе 2021 г.</td><td>first to last day of m</td>
 *     <td>last day of m</td></tr>
 * <tr><td>{@link #inQuarter inQuarter(q)}</td><td>в первом квартале 2021 г.</td>
 *     <td>first to last day of q</td><td>last day of q</td></tr>
 * <tr><td>{@link #inHalf inHalf(h)}</td><td>в первом полугодии 2021 года</td>
 *     <td>first to last day of h</td><td>last day of h</td></tr>
 * <tr><td>{@link #inYear inYear(y)}</td><td>в течение 2021 года</td><td>1 January to 31 December</td>
 *     <td>31 December</td></tr>
 * <tr><td>{@link #between between(a, b)}</td><td>20-21 мая 2016 года</td><td>[a, b]</td><td>b</td></tr>
 * <tr><td>{@link #inYears inYears(a, b)}</td><td>на 2020-2025 годы</td>
 *     <td>1 January of a to 31 December of b</td><td>31 December of b</td></tr>
 * <tr><td>{@link #inSchoolYear inSchoolYear(y)}</td><td>в 2021/2022 учебном году</td>
 *     <td>1 September to 31 August</td><td>31 August</td></tr>
 * <tr><td>{@link #ongoing ongoing(s)}</td><td>постоянно, продолжить работу</td><td>[s, unbounded)</td>
 *     <td>none</td></tr>
 * <tr><td>{@link #recurring recurring(r, s)}</td><td>ежеквартально</td><td>[s, unbounded)</td>
 *     <td>none</td></tr>
 * <tr><td>{@link #unspecified()}</td><td>(no deadline stated)</td><td>{@link LocalDateRange#ALL}</td>
 *     <td>none</td></tr>
 * <tr><td>{@link #unresolved unresolved(p, r)}, {@link #refused refused(p, r)}</td><td>в январе (no
 *     document date); до 2025 года (refused)</td><td>{@link LocalDateRange#ALL}</td><td>none; status
 *     {@link DeadlineStatus#UNKNOWN}</td></tr>
 * <tr><td>{@link #afterEvent afterEvent(e, t)}</td><td>в течение 10 дней после проведения
 *     конференции</td><td>{@link LocalDateRange#ALL} until the event's date is supplied</td><td>none;
 *     status {@link DeadlineStatus#UNKNOWN}</td></tr>
 * </table>
 *
 * <p>Windows are {@link LocalDateRange}s: a window with a last day is closed and
 * {@code window().getEndInclusive()} equals {@code lastDay().get()}; a window without one has an
 * unbounded end. A deadline whose window starts at the document date ("не позднее X", "до X",
 * "до конца года") takes that date as its window start; the caller passes it in.
 *
 * <p>Equality and hash code cover the kind, its typed values and the phrase: two deadlines with the
 * same window but different phrases are not equal. Instances are immutable and thread-safe; nothing
 * reads the system clock implicitly.
 */
public sealed interface Deadline
        permits ExactDayDeadline, NoLaterThanDeadline, UntilDeadline, MonthDeadline, QuarterDeadline,
        HalfYearDeadline, YearDeadline, DayRangeDeadline, YearRangeDeadline, SchoolYearDeadline, OngoingDeadline,
        RecurringDeadline, UnspecifiedDeadline, UnresolvedDeadline, AfterEventDeadline {

    /** The longest phrase {@link #withPhrase(String)} accepts, in chars. */
    int MAX_PHRASE_LENGTH = 1_000;

    /**
     * Returns the days on which the assignment may be carried out.
     *
     * @return the window; closed (with {@code getEndInclusive()} equal to the last day) when
     *     {@link #lastDay()} is present, otherwise with an unbounded end (and, for
     *     {@link #unspecified()}, an unbounded start)
     */
    LocalDateRange window();

    /**
     * Returns the last day on which the deadline is met.
     *
     * @return the last day, inside the window; empty for ongoing, recurring and unspecified deadlines
     */
    Optional<LocalDate> lastDay();

    /**
     * Returns the kind of this deadline.
     *
     * @return the kind, matching this object's class
     */
    DeadlineKind kind();

    /**
     * Returns the phrase as written in the source document, e.g. "в первом квартале 2021 г.".
     *
     * @return the phrase, exactly as given to {@link #withPhrase(String)}; empty if none was given
     */
    Optional<String> phrase();

    /**
     * Returns a deadline of the same kind and values with the given phrase.
     *
     * @param phrase the phrase as written, not null, not blank (white space and non-breaking spaces
     *     only), at most {@link #MAX_PHRASE_LENGTH} chars; kept exactly as given
     * @return a deadline equal to this one except for the phrase
     * @throws NullPointerException if {@code phrase} is null
     * @throws InvalidDeadlineException if the phrase is blank or too long
     */
    Deadline withPhrase(String phrase);

    /**
     * Returns a deadline of the same kind and values without a phrase.
     *
     * @return a deadline equal to this one except that {@link #phrase()} is empty
     */
    Deadline withoutPhrase();

    /**
     * Calls the visitor method for this deadline's kind.
     *
     * @param visitor the visitor, not null
     * @param <R> the visitor's result type
     * @return the visitor's result
     */
    <R> R accept(DeadlineVisitor<R> visitor);

    /**
     * Returns where this deadline stands as of a date:
     * {@link DeadlineStatus#NOT_YET_DUE} if {@code asOf} is before the window start;
     * otherwise {@link DeadlineStatus#DUE} if {@code asOf} is on or before the last day,
     * {@link DeadlineStatus#OVERDUE} if it is after the last day, and {@link DeadlineStatus#ONGOING}
     * if there is no last day. An unspecified deadline is therefore always ONGOING. An
     * {@linkplain UnresolvedDeadline unresolved} deadline and a term {@linkplain AfterEventDeadline
     * counted from an event} are {@link DeadlineStatus#UNKNOWN} as of every date.
     *
     * @param asOf the date to evaluate at, not null
     * @return the status, never null
     */
    default DeadlineStatus statusAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (!kind().isResolved()) {
            return DeadlineStatus.UNKNOWN;
        }
        LocalDateRange window = window();
        if (!window.isUnboundedStart() && asOf.isBefore(window.getStart())) {
            return DeadlineStatus.NOT_YET_DUE;
        }
        Optional<LocalDate> last = lastDay();
        if (last.isEmpty()) {
            return DeadlineStatus.ONGOING;
        }
        return asOf.isAfter(last.get()) ? DeadlineStatus.OVERDUE : DeadlineStatus.DUE;
    }

    /**
     * Returns where this deadline stands on the current date of {@code clock}, as
     * {@link #statusAsOf(LocalDate)} defines it.
     *
     * @param clock the clock giving today's date in its zone, not null
     * @return the status, never null
     */
    default DeadlineStatus statusAsOf(Clock clock) {
        return statusAsOf(LocalDate.now(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Returns the deadline of one day ("29 декабря 2020 г."): window [day, day], last day {@code day}.
     *
     * @param day the day, not null
     * @return the deadline, without a phrase
     */
    static ExactDayDeadline onDay(LocalDate day) {
        return ExactDayDeadline.of(day);
    }

    /**
     * Returns the deadline "не позднее X", which includes X: window [windowStart, day], last day
     * {@code day}.
     *
     * @param windowStart the first day of the window, usually the document date, not null
     * @param day the last day, included, not null
     * @return the deadline, without a phrase
     * @throws InvalidDeadlineException ({@code WINDOW_START_AFTER_LAST_DAY}) if {@code windowStart} is
     *     after {@code day}
     */
    static NoLaterThanDeadline noLaterThan(LocalDate windowStart, LocalDate day) {
        return NoLaterThanDeadline.of(windowStart, day);
    }

    /**
     * Returns the deadline "до X" / "в срок до X": window [windowStart, last day], where the last day is
     * {@code boundary − 1} under {@link UntilPolicy#EXCLUSIVE} (Russian legal practice, the default
     * reading) and {@code boundary} under {@link UntilPolicy#INCLUSIVE}. The policy is stored and
     * visible through {@link UntilDeadline#policy()}.
     *
     * @param windowStart the first day of the window, usually the document date, not null
     * @param boundary the day X named in the phrase, not null
     * @param policy whether X itself is included, not null
     * @return the deadline, without a phrase
     * @throws InvalidDeadlineException ({@code WINDOW_START_AFTER_LAST_DAY}) if {@code windowStart} is
     *     after the resolved last day
     */
    static UntilDeadline until(LocalDate windowStart, LocalDate boundary, UntilPolicy policy) {
        return UntilDeadline.of(windowStart, boundary, policy);
    }

    /**
     * Returns the deadline "в январе 2021 г.": window from the first to the last day of the month.
     *
     * @param month the month, not null
     * @return the deadline, without a phrase
     */
    static MonthDeadline inMonth(YearMonth month) {
        return MonthDeadline.of(month);
    }

    /**
     * Returns the deadline "в первом квартале 2021 г.": window from the first to the last day of the
     * quarter (e.g. 2021-01-01 to 2021-03-31).
     *
     * @param quarter the quarter, not null
     * @return the deadline, without a phrase
     */
    static QuarterDeadline inQuarter(YearQuarter quarter) {
        return QuarterDeadline.of(quarter);
    }

    /**
     * Returns the deadline "в первом полугодии 2021 года": window from the first to the last day of
     * the half-year (e.g. 2021-01-01 to 2021-06-30).
     *
     * @param half the half-year, not null
     * @return the deadline, without a phrase
     */
    static HalfYearDeadline inHalf(YearHalf half) {
        return HalfYearDeadline.of(half);
    }

    /**
     * Returns the deadline "в течение 2021 года", "в 2021 году": window 1 January to 31 December.
     *
     * @param year the year, not null
     * @return the deadline, without a phrase
     */
    static YearDeadline inYear(Year year) {
        return YearDeadline.of(year);
    }

    /**
     * Returns the deadline of a range of days ("20-21 мая 2016 года"): window [first, last], both
     * included, last day {@code last}.
     *
     * @param first the first day, not null
     * @param last the last day, not before {@code first}, not null
     * @return the deadline, without a phrase
     * @throws InvalidDeadlineException ({@code FIRST_AFTER_LAST}) if {@code first} is after {@code last}
     */
    static DayRangeDeadline between(LocalDate first, LocalDate last) {
        return DayRangeDeadline.of(first, last);
    }

    /**
     * Returns the deadline of a range of years ("на 2020-2025 годы"): window 1 January of
     * {@code first} to 31 December of {@code last}.
     *
     * @param first the first year, not null
     * @param last the last year, not before {@code first}, not null
     * @return the deadline, without a phrase
     * @throws InvalidDeadlineException ({@code FIRST_AFTER_LAST}) if {@code first} is after {@code last}
     */
    static YearRangeDeadline inYears(Year first, Year last) {
        return YearRangeDeadline.of(first, last);
    }

    /**
     * Returns the deadline of a school year ("в 2021/2022 учебном году"): window 1 September to
     * 31 August.
     *
     * @param schoolYear the school year, not null
     * @return the deadline, without a phrase
     */
    static SchoolYearDeadline inSchoolYear(SchoolYear schoolYear) {
        return SchoolYearDeadline.of(schoolYear);
    }

    /**
     * Returns an ongoing deadline ("постоянно", "продолжить работу"): window from {@code from} with
     * an unbounded end, no last day.
     *
     * @param from the first day, usually the document date, not null
     * @return the deadline, without a phrase
     */
    static OngoingDeadline ongoing(LocalDate from) {
        return OngoingDeadline.of(from);
    }

    /**
     * Returns a recurring deadline ("ежеквартально"): window from {@code from} with an unbounded end,
     * no last day; {@link RecurringDeadline#nextDueDate(LocalDate)} gives the end of the current period.
     *
     * @param recurrence how often it falls due, not null
     * @param from the first day, usually the document date, not null
     * @return the deadline, without a phrase
     */
    static RecurringDeadline recurring(Recurrence recurrence, LocalDate from) {
        return RecurringDeadline.of(recurrence, from);
    }

    /**
     * Returns a recurring deadline with a due rule ("ежегодно до 1 марта", "ежемесячно до 5 числа",
     * "ежегодно в декабре"): window from {@code from} with an unbounded end, no last day; the
     * occurrences follow from the rule.
     *
     * @param recurrence how often it falls due, not null
     * @param from the first day, usually the document date, not null
     * @param due when each occurrence falls due, not null
     * @return the deadline, without a phrase
     * @throws IllegalArgumentException if the rule does not fit the recurrence's periods
     *     ({@link RecurringDue#fits(Recurrence)})
     */
    static RecurringDeadline recurring(Recurrence recurrence, LocalDate from, RecurringDue due) {
        return RecurringDeadline.of(recurrence, from, due);
    }

    /**
     * Returns the deadline of an assignment that states none: window {@link LocalDateRange#ALL}
     * (unbounded at both ends, since nothing bounds it), no last day, always
     * {@link DeadlineStatus#ONGOING}.
     *
     * @return the deadline, without a phrase
     */
    static UnspecifiedDeadline unspecified() {
        return UnspecifiedDeadline.INSTANCE;
    }

    /**
     * Returns a deadline phrase kept as written that cannot be resolved to days, such as "в январе" in
     * a decree whose date is unknown: window {@link LocalDateRange#ALL}, no last day, status
     * {@link DeadlineStatus#UNKNOWN} as of every date.
     *
     * @param phrase the phrase as written, not null, not blank, at most {@link #MAX_PHRASE_LENGTH}
     *     chars; kept as the value ({@link UnresolvedDeadline#text()}) and attached as {@link #phrase()}
     * @param reason why it cannot be resolved, not null and not {@link UnresolvedDeadline.Reason#REFUSED}
     *     (a refusal says why: use {@link #refused(String, UnresolvedDeadline.Refusal)})
     * @return the deadline, carrying the phrase
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code reason} is {@code REFUSED}
     * @throws InvalidDeadlineException if the phrase is blank or too long
     */
    static UnresolvedDeadline unresolved(String phrase, UnresolvedDeadline.Reason reason) {
        return UnresolvedDeadline.of(phrase, reason, null);
    }

    /**
     * Returns a deadline phrase kept as written that the grammar refused ("до 2025 года"): reason
     * {@link UnresolvedDeadline.Reason#REFUSED}, otherwise as {@link #unresolved(String,
     * UnresolvedDeadline.Reason)}.
     *
     * @param phrase the phrase as written, not null, not blank, at most {@link #MAX_PHRASE_LENGTH} chars
     * @param refusal why the grammar refused it, not null
     * @return the deadline, carrying the phrase
     * @throws NullPointerException if an argument is null
     * @throws InvalidDeadlineException if the phrase is blank or too long
     */
    static UnresolvedDeadline refused(String phrase, UnresolvedDeadline.Refusal refusal) {
        return UnresolvedDeadline.of(phrase, UnresolvedDeadline.Reason.REFUSED,
                Objects.requireNonNull(refusal, "refusal"));
    }

    /**
     * Returns a term counted from an event ("в течение 10 дней после проведения конференции"): no days
     * until the event's date is supplied ({@link AfterEventDeadline#resolveAt(LocalDate)}); window
     * {@link LocalDateRange#ALL}, no last day, status {@link DeadlineStatus#UNKNOWN}.
     *
     * @param event the event as written ("после проведения конференции"), not blank, at most
     *     {@link #MAX_PHRASE_LENGTH} chars
     * @param term the term after the event, not null
     * @return the deadline, without a phrase
     * @throws InvalidDeadlineException if the event is blank or too long
     */
    static AfterEventDeadline afterEvent(String event, RelativeTerm term) {
        return AfterEventDeadline.of(event, Objects.requireNonNull(term, "term"));
    }

    /**
     * Returns a duty that follows an event without a stated term ("по итогам года"); see
     * {@link #afterEvent(String, RelativeTerm)}.
     *
     * @param event the event as written, not blank
     * @return the deadline, without a phrase
     * @throws InvalidDeadlineException if the event is blank or too long
     */
    static AfterEventDeadline afterEvent(String event) {
        return AfterEventDeadline.of(event, null);
    }
}
