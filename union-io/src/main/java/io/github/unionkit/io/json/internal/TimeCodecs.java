package io.github.unionkit.io.json.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of dates and periods: ISO dates {@code "2021-03-31"}, months {@code "2021-03"},
 * years {@code 2021}, quarters {@code "2021-Q1"}, halves {@code "2021-H1"}, and date ranges as
 * {@code {"start": ..., "endInclusive": ...}} (a bound is omitted when the range is unbounded on
 * that side).
 */
public final class TimeCodecs {

    /** Decoder of {@link YearQuarter}: {@code "2021-Q1"}. */
    public static final Decoder<YearQuarter> QUARTER =
            Scalars.parsed(7, YearQuarter::parse, "a quarter like 2021-Q1");
    /** Decoder of {@link YearHalf}: {@code "2021-H1"}. */
    public static final Decoder<YearHalf> HALF = Scalars.parsed(7, YearHalf::parse, "a half-year like 2021-H1");

    private TimeCodecs() {
    }

    /**
     * Writes a date as {@code "yyyy-MM-dd"}.
     *
     * @param date the date
     * @param generator the generator
     */
    public static void writeDate(LocalDate date, JsonGenerator generator) {
        generator.writeString(IsoDates.format(date));
    }

    /**
     * Writes a year-month as {@code "yyyy-MM"}.
     *
     * @param month the month
     * @param generator the generator
     */
    public static void writeYearMonth(YearMonth month, JsonGenerator generator) {
        generator.writeString(month.toString());
    }

    /**
     * Writes a year as an integer.
     *
     * @param year the year
     * @param generator the generator
     */
    public static void writeYear(Year year, JsonGenerator generator) {
        generator.writeNumber(year.getValue());
    }

    /**
     * Writes a quarter as {@code "2021-Q1"}.
     *
     * @param quarter the quarter
     * @param generator the generator
     */
    public static void writeQuarter(YearQuarter quarter, JsonGenerator generator) {
        generator.writeString(quarter.toString());
    }

    /**
     * Writes a half-year as {@code "2021-H1"}.
     *
     * @param half the half-year
     * @param generator the generator
     */
    public static void writeHalf(YearHalf half, JsonGenerator generator) {
        generator.writeString(half.toString());
    }

    /**
     * Writes a date range as an object with {@code start} and {@code endInclusive}; an unbounded side
     * is omitted. An empty range is written with {@code endInclusive} the day before {@code start}.
     *
     * @param range the range
     * @param generator the generator
     */
    public static void writeRange(LocalDateRange range, JsonGenerator generator) {
        generator.writeStartObject();
        if (!range.isUnboundedStart()) {
            generator.writeName("start");
            writeDate(range.getStart(), generator);
        }
        if (!range.isUnboundedEnd()) {
            generator.writeName("endInclusive");
            writeDate(range.getEnd().minusDays(1), generator);
        }
        generator.writeEndObject();
    }

    /**
     * Reads a date range written by {@link #writeRange}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the range
     * @throws io.github.unionkit.io.json.JsonInputException if the node is not a valid range
     */
    public static LocalDateRange range(JsonNode node, String pointer, DecodeContext context) {
        Fields fields = Fields.of(node, pointer, context);
        java.util.Optional<LocalDate> start = fields.optional("start", Scalars::date);
        java.util.Optional<LocalDate> end = fields.optional("endInclusive", Scalars::date);
        fields.finish();
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get().minusDays(1))) {
            throw fields.invalid("endInclusive", "endInclusive is more than one day before start");
        }
        return fields.build(() -> {
            if (start.isPresent() && end.isPresent()) {
                return LocalDateRange.of(start.get(), end.get().plusDays(1));
            }
            if (start.isPresent()) {
                return LocalDateRange.ofUnboundedEnd(start.get());
            }
            if (end.isPresent()) {
                return LocalDateRange.ofUnboundedStart(end.get().plusDays(1));
            }
            return LocalDateRange.ofUnbounded();
        });
    }
}
