package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.InvalidDeadlineException;
import io.github.unionkit.model.time.UntilPolicy;
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

    /**
     * Creates a resolver.
     *
     * @param tokens the tokens the specs index into (for error positions), not null
     * @param documentDate the date of the document the phrase is in, not null
     * @param policy how "до X" treats X when the phrase does not say, not null
     */
    public DeadlineResolver(Tokens tokens, LocalDate documentDate, UntilPolicy policy) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate");
        this.policy = Objects.requireNonNull(policy, "policy");
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
            throw new DeadlineParseException(type, tokens.start(spec.startToken()));
        }
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
            case PERIOD:
                return period(spec.period(), spec);
            case MONTH_RANGE:
                return monthRange(spec);
            case YEAR_RANGE:
                return Deadline.inYears(Year.of(spec.firstNumber()), Year.of(spec.secondNumber()));
            case DAY_RANGE:
                return dayRange(spec.first(), spec.second());
            case RELATIVE:
                return Deadline.noLaterThan(documentDate, documentDate.plus(spec.relative()));
            case ONGOING:
                return Deadline.ongoing(documentDate);
            case RECURRING:
                return Deadline.recurring(spec.recurrence(), documentDate);
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
        return new DeadlineParseException(ErrorType.INVALID_DATE, tokens.start(spec.firstToken()));
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
        YearRef year = spec.rangeYear();
        int y = year.resolve(documentDate.getYear());
        if (y < 0) {
            y = forwardYear(YearMonth.of(documentDate.getYear(), first).atEndOfMonth());
        }
        LocalDate start = YearMonth.of(y, first).atDay(1);
        int lastYear = last < first && year.mode() == YearRef.Mode.ABSENT ? y + 1 : y;
        return Deadline.between(start, YearMonth.of(lastYear, last).atEndOfMonth());
    }

    private Deadline period(PeriodSpec period, PhraseSpec spec) {
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
    private LocalDateRange range(PeriodSpec period, PhraseSpec spec) {
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
