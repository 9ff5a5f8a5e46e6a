package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.InvalidDeadlineException;
import io.github.unionkit.model.time.ProductionCalendar;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.RecurringDue;
import io.github.unionkit.model.time.RelativeTerm;
import io.github.unionkit.model.time.SchoolYear;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.model.time.WorkingDayCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * Turns a {@link PhraseSpec} into a {@link Deadline}, given the document date and the "до" policy.
 *
 * <p>The rules (docs/dev/text-internals.md has the table): "не позднее X" includes X; "до X"
 * follows the policy unless written "включительно"; windows that start at the document date (no later
 * than, until, end of period, relative durations, ongoing, recurring) start at the document date; a
 * date, month, quarter or half-year without a year resolves forward to the first one that has not
 * ended before the document date; relative durations end on the document date plus the length (Civil
 * Code of the Russian Federation, arts. 191–192: the term starts the day after the document and ends
 * on the matching day). Errors are {@link DeadlineParseException}s positioned at the offending token.
 */
public final class DeadlineResolver {

    // Enough years for a yearless 29 February to find its next leap year (1896 → 1904).
    private static final int MAX_FORWARD_YEARS = 8;

    private final Tokens tokens;
    private final LocalDate documentDate;
    private final UntilPolicy policy;
    private final WorkingDayCalendar workingDays;

    /**
     * Creates a resolver.
     *
     * @param tokens the tokens the specs index into (for error positions), not null
     * @param documentDate the date of the document the phrase is in, not null
     * @param policy how "до X" treats X when the phrase does not say, not null
     */
    public DeadlineResolver(Tokens tokens, LocalDate documentDate, UntilPolicy policy) {
        this(tokens, documentDate, policy, ProductionCalendar.russian());
    }

    /**
     * Creates a resolver that counts working days by a calendar.
     *
     * @param tokens the tokens the specs index into (for error positions), not null
     * @param documentDate the date of the document the phrase is in, not null
     * @param policy how "до X" treats X when the phrase does not say, not null
     * @param workingDays the working-day calendar, not null
     */
    public DeadlineResolver(Tokens tokens, LocalDate documentDate, UntilPolicy policy, WorkingDayCalendar workingDays) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /**
     * Resolves a phrase; the result has no phrase attached yet.
     *
     * @param spec what the grammar read, not null
     * @return the deadline
     * @throws DeadlineParseException if a date does not exist, a range is reversed, or the deadline
     *     would end before the document date
     */
    public Deadline resolve(PhraseSpec spec) {
        try {
            return build(spec);
        } catch (InvalidDeadlineException e) {
            ErrorType type = e.errorType() == InvalidDeadlineException.ErrorType.WINDOW_START_AFTER_LAST_DAY
                    ? ErrorType.BEFORE_DOCUMENT_DATE : ErrorType.INVALID_RANGE;
            throw new DeadlineParseException(type, tokens.text(), tokens.start(spec.startToken()));
        }
    }

    /**
     * Tells whether a phrase needs the document date to resolve: everything that counts from it (no
     * later than, until, end of period, relative terms, ongoing and recurring duties) and everything
     * whose year is absent or relative ("в январе", "в текущем году", "т.г."). A phrase that does not
     * need it ("29 декабря 2020 г.", "в первом квартале 2021 г.") resolves the same in any document.
     *
     * @param spec what the grammar read, not null
     * @return true if resolving the phrase reads the document date
     */
    public static boolean needsDocumentDate(PhraseSpec spec) {
        switch (spec.form()) {
            case EXACT_DAY:
                return !explicit(spec.first().year());
            case DAY_RANGE:
                YearRef first = spec.first().year();
                YearRef last = spec.second().year();
                return isRelative(first) || isRelative(last) || !explicit(first) && !explicit(last);
            case FROM:
                return !explicit(spec.first().year());
            case PERIOD:
                return spec.period().unit() != PeriodSpec.Unit.YEAR && spec.period().unit() != PeriodSpec.Unit.SCHOOL_YEAR
                        && spec.period().index() == 0 || !explicit(spec.period().year());
            case PERIOD_RANGE:
                return !explicit(spec.period().year());
            case MONTH_RANGE:
                return !explicit(spec.rangeYear()) && spec.first() == null;
            case YEAR_RANGE:
            case UNSPECIFIED:
            case AFTER_EVENT:
                return false;
            default:
                return true;
        }
    }

    private static boolean explicit(YearRef year) {
        return year.mode() == YearRef.Mode.EXPLICIT;
    }

    private static boolean isRelative(YearRef year) {
        return year.mode() == YearRef.Mode.CURRENT || year.mode() == YearRef.Mode.NEXT;
    }

    private Deadline build(PhraseSpec spec) {
        switch (spec.form()) {
            case EXACT_DAY:
                return Deadline.onDay(date(spec.first(), documentDate));
            case NO_LATER_THAN:
                return Deadline.noLaterThan(documentDate, date(spec.first(), documentDate));
            case UNTIL:
                UntilPolicy until = spec.inclusive() ? UntilPolicy.INCLUSIVE : policy;
                // A yearless boundary resolves to the first one that leaves at least one day in the window.
                LocalDate earliest = until == UntilPolicy.INCLUSIVE ? documentDate : documentDate.plusDays(1);
                return Deadline.until(documentDate, date(spec.first(), earliest), until);
            case END_OF:
                return Deadline.noLaterThan(documentDate, range(spec.period(), spec).getEndInclusive());
            case SCHOOL_YEAR_START:
                return schoolYearStart(spec);
            case PERIOD_RANGE:
                return periodRange(spec);
            case FROM:
                return Deadline.ongoing(date(spec.first(), documentDate));
            case AFTER_EVENT:
                String event = DeadlineFinder.phrase(tokens, io.github.unionkit.io.text.TextSpan.of(
                        tokens.start(spec.firstNumber()), tokens.end(spec.secondNumber() - 1)));
                return spec.term() == null ? Deadline.afterEvent(event) : Deadline.afterEvent(event, spec.term());
            case PERIOD:
                return period(spec.period(), spec);
            case MONTH_RANGE:
                return monthRange(spec);
            case YEAR_RANGE:
                return Deadline.inYears(Year.of(spec.firstNumber()), Year.of(spec.secondNumber()));
            case DAY_RANGE:
                return dayRange(spec.first(), spec.second());
            case RELATIVE:
                return Deadline.noLaterThan(documentDate, lastDayOf(spec.term(), spec));
            case ONGOING:
                return Deadline.ongoing(documentDate);
            case RECURRING:
                return recurring(spec);
            case UNSPECIFIED:
                return Deadline.unspecified();
            default:
                throw new AssertionError(spec.form());
        }
    }

    /** Resolves a date with a month; a yearless one to its first occurrence on or after {@code earliest}. */
    private LocalDate date(DateSpec spec, LocalDate earliest) {
        int year = spec.year().resolve(documentDate.getYear());
        if (year >= 0) {
            return exact(year, spec.month(), spec.day(), spec);
        }
        Month month = month(spec.month(), spec);
        if (spec.day() < 1 || spec.day() > month.maxLength()) {
            throw invalidDate(spec);
        }
        for (int y = earliest.getYear(); y <= earliest.getYear() + MAX_FORWARD_YEARS; y++) {
            if (spec.day() <= month.length(Year.isLeap(y))) {
                LocalDate candidate = LocalDate.of(y, month, spec.day());
                if (!candidate.isBefore(earliest)) {
                    return candidate;
                }
            }
        }
        throw invalidDate(spec);
    }

    private LocalDate exact(int year, int month, int day, DateSpec spec) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalidDate(spec);
        }
    }

    private Month month(int month, DateSpec spec) {
        if (month < 1 || month > 12) {
            throw invalidDate(spec);
        }
        return Month.of(month);
    }

    private DeadlineParseException invalidDate(DateSpec spec) {
        return new DeadlineParseException(ErrorType.INVALID_DATE, tokens.text(), tokens.start(spec.firstToken()));
    }

    private LocalDate lastDayOf(RelativeTerm term, PhraseSpec spec) {
        if (term.unit() != RelativeTerm.Unit.WORKING_DAYS) {
            return term.lastDayFrom(documentDate);
        }
        return term.lastDayFrom(documentDate, workingDays).orElseThrow(
                () -> new DeadlineParseException(ErrorType.NO_CALENDAR, tokens.text(), tokens.start(spec.startToken())));
    }

    private Deadline schoolYearStart(PhraseSpec spec) {
        UntilPolicy until = spec.inclusive() ? UntilPolicy.INCLUSIVE : policy;
        YearRef ref = spec.period().year();
        LocalDate boundary;
        switch (ref.mode()) {
            case EXPLICIT:
                boundary = schoolYear(ref.year(), spec).start();
                break;
            case CURRENT:
                boundary = SchoolYear.containing(documentDate).start();
                break;
            case NEXT:
                boundary = SchoolYear.containing(documentDate).next().start();
                break;
            default:
                // "до начала (нового) учебного года": the first 1 September that leaves a day in the window.
                LocalDate earliest = until == UntilPolicy.INCLUSIVE ? documentDate : documentDate.plusDays(1);
                boundary = SchoolYear.startingOnOrAfter(earliest).start();
                break;
        }
        return spec.inclusive() ? Deadline.noLaterThan(documentDate, boundary)
                : Deadline.until(documentDate, boundary, until);
    }

    private SchoolYear schoolYear(int startYear, PhraseSpec spec) {
        if (startYear < SchoolYear.MIN_START_YEAR || startYear > SchoolYear.MAX_START_YEAR) {
            throw new DeadlineParseException(ErrorType.INVALID_DATE, tokens.text(), tokens.start(spec.startToken()));
        }
        return SchoolYear.of(startYear);
    }

    private Deadline periodRange(PhraseSpec spec) {
        PeriodSpec first = spec.period();
        PeriodSpec last = new PeriodSpec(first.unit(), spec.secondNumber(), first.year());
        int year = first.year().resolve(documentDate.getYear());
        if (year < 0) {
            // A year-less range resolves forward as a whole: the first one that has not ended.
            year = rangeIn(last, documentDate.getYear()).getEndInclusive().isBefore(documentDate)
                    ? documentDate.getYear() + 1 : documentDate.getYear();
        }
        return Deadline.between(rangeIn(first, year).getStart(), rangeIn(last, year).getEndInclusive());
    }

    private Deadline recurring(PhraseSpec spec) {
        Recurrence recurrence = spec.recurrence();
        if (spec.first() != null) {
            UntilPolicy until = spec.inclusive() ? UntilPolicy.INCLUSIVE : policy;
            int day = spec.first().day();
            if (spec.first().hasMonth() && day > Month.of(spec.first().month()).maxLength() || day < 1 || day > 31) {
                throw invalidDate(spec.first());
            }
            try {
                return Deadline.recurring(recurrence, documentDate, RecurringDue.byDay(spec.firstNumber(), day, until));
            } catch (IllegalArgumentException e) {
                throw new DeadlineParseException(ErrorType.INVALID_DATE, tokens.text(), tokens.start(spec.first().firstToken()));
            }
        }
        if (spec.period() != null) {
            PeriodSpec within = spec.period();
            switch (within.unit()) {
                case MONTH:
                    return Deadline.recurring(recurrence, documentDate,
                            RecurringDue.within(within.index() - 1, spec.secondNumber() - within.index() + 1));
                case QUARTER:
                    return Deadline.recurring(recurrence, documentDate, RecurringDue.within(3 * (within.index() - 1), 3));
                default:
                    return Deadline.recurring(recurrence, documentDate, RecurringDue.within(6 * (within.index() - 1), 6));
            }
        }
        return Deadline.recurring(recurrence, documentDate);
    }

    private Deadline dayRange(DateSpec first, DateSpec last) {
        DateSpec from = first.hasMonth() ? first : new DateSpec(first.day(), last.month(), first.year(),
                first.firstToken());
        boolean firstHasYear = from.year().mode() != YearRef.Mode.ABSENT;
        boolean lastHasYear = last.year().mode() != YearRef.Mode.ABSENT;
        LocalDate start;
        LocalDate end;
        if (!lastHasYear) {
            start = date(from, documentDate);
            end = date(last, start);
        } else {
            end = date(last, documentDate);
            if (firstHasYear) {
                start = date(from, documentDate);
            } else {
                // "с 29 декабря по 5 января 2007 года": the first day takes the last day's year, or the
                // year before when its month comes later in the calendar.
                start = exact(end.getYear(), from.month(), from.day(), from);
                if (first.hasMonth() && start.isAfter(end)) {
                    start = exact(end.getYear() - 1, from.month(), from.day(), from);
                }
            }
        }
        return Deadline.between(start, end);
    }

    private Deadline monthRange(PhraseSpec spec) {
        int first = spec.firstNumber();
        int last = spec.secondNumber();
        int lastYear = spec.rangeYear().resolve(documentDate.getYear());
        int firstYear = spec.first() == null ? -1 : spec.first().year().resolve(documentDate.getYear());
        boolean wraps = last < first;
        if (firstYear >= 0 && lastYear < 0) {
            lastYear = wraps ? firstYear + 1 : firstYear;
        } else if (firstYear < 0 && lastYear >= 0) {
            firstYear = wraps ? lastYear - 1 : lastYear;
        } else if (firstYear < 0) {
            // A year-less range resolves forward as a whole: the first one that has not ended.
            firstYear = wraps ? documentDate.getYear() - 1 : documentDate.getYear();
            if (YearMonth.of(wraps ? firstYear + 1 : firstYear, last).atEndOfMonth().isBefore(documentDate)) {
                firstYear++;
            }
            lastYear = wraps ? firstYear + 1 : firstYear;
        }
        return Deadline.between(YearMonth.of(firstYear, first).atDay(1), YearMonth.of(lastYear, last).atEndOfMonth());
    }

    private Deadline period(PeriodSpec period, PhraseSpec spec) {
        if (period.unit() == PeriodSpec.Unit.SCHOOL_YEAR) {
            return Deadline.inSchoolYear(schoolYearOf(period, spec));
        }
        if (period.year().mode() == YearRef.Mode.EXPLICIT && (period.index() > 0 || period.unit() == PeriodSpec.Unit.YEAR)) {
            // The common case, "в первом квартале 2021 г.": the value straight from the numbers.
            int year = period.year().year();
            switch (period.unit()) {
                case MONTH:
                    return Deadline.inMonth(YearMonth.of(year, period.index()));
                case QUARTER:
                    return Deadline.inQuarter(YearQuarter.of(year, period.index()));
                case HALF:
                    return Deadline.inHalf(YearHalf.of(year, period.index()));
                default:
                    return Deadline.inYear(Year.of(year));
            }
        }
        LocalDateRange range = range(period, spec);
        LocalDate first = range.getStart();
        switch (period.unit()) {
            case MONTH:
                return Deadline.inMonth(YearMonth.from(first));
            case QUARTER:
                return Deadline.inQuarter(YearQuarter.from(first));
            case HALF:
                return Deadline.inHalf(YearHalf.from(first));
            default:
                return Deadline.inYear(Year.from(first));
        }
    }

    /** The closed range of a period; index 0 is the period containing the document date, or the next one. */
    private SchoolYear schoolYearOf(PeriodSpec period, PhraseSpec spec) {
        switch (period.year().mode()) {
            case EXPLICIT:
                if (spec.secondNumber() != 0 && spec.secondNumber() != spec.firstNumber() + 1) {
                    throw new DeadlineParseException(ErrorType.INVALID_RANGE, tokens.text(), tokens.start(spec.startToken()));
                }
                return schoolYear(period.year().year(), spec);
            case NEXT:
                return SchoolYear.containing(documentDate).next();
            case NEW:
                return SchoolYear.startingOnOrAfter(documentDate);
            default:
                return SchoolYear.containing(documentDate);
        }
    }

    private LocalDateRange range(PeriodSpec period, PhraseSpec spec) {
        if (period.unit() == PeriodSpec.Unit.SCHOOL_YEAR) {
            return schoolYearOf(period, spec).range();
        }
        if (period.unit() == PeriodSpec.Unit.YEAR) {
            int year = period.year().resolve(documentDate.getYear());
            Year y = Year.of(year < 0 ? documentDate.getYear() : year);
            return LocalDateRange.ofClosed(y.atDay(1), y.atMonth(12).atEndOfMonth());
        }
        if (period.index() == 0) {
            int offset = period.year().mode() == YearRef.Mode.NEXT ? 1 : 0;
            switch (period.unit()) {
                case MONTH:
                    return closed(YearMonth.from(documentDate).plusMonths(offset));
                case QUARTER:
                    YearQuarter quarter = YearQuarter.from(documentDate).plusQuarters(offset);
                    return LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
                default:
                    YearHalf half = YearHalf.from(documentDate).plusHalves(offset);
                    return LocalDateRange.ofClosed(half.atDay(1), half.atEndOfHalf());
            }
        }
        int year = period.year().resolve(documentDate.getYear());
        if (year >= 0) {
            return rangeIn(period, year);
        }
        LocalDateRange thisYear = rangeIn(period, documentDate.getYear());
        return thisYear.getEndInclusive().isBefore(documentDate) ? rangeIn(period, documentDate.getYear() + 1)
                : thisYear;
    }

    private static LocalDateRange rangeIn(PeriodSpec period, int year) {
        switch (period.unit()) {
            case MONTH:
                return closed(YearMonth.of(year, period.index()));
            case QUARTER:
                YearQuarter quarter = YearQuarter.of(year, period.index());
                return LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
            default:
                YearHalf half = YearHalf.of(year, period.index());
                return LocalDateRange.ofClosed(half.atDay(1), half.atEndOfHalf());
        }
    }

    private static LocalDateRange closed(YearMonth month) {
        return LocalDateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
    }

    private int forwardYear(LocalDate endThisYear) {
        return endThisYear.isBefore(documentDate) ? documentDate.getYear() + 1 : documentDate.getYear();
    }
}
