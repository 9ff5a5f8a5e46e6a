package io.github.unionkit.model.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.BitSet;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A production calendar (производственный календарь): for each year it covers, the holidays, the
 * weekdays that are days off and the weekend days that are working days. Immutable and thread-safe.
 *
 * <p>{@link #russian()} is the Russian calendar of a five-day week for the years whose data UnionKit
 * ships (2022–2026), each year with its source: the holidays of Labour Code art. 112 and the
 * Government's decree on the transfer of days off of that year. Years are complete or absent: a year
 * that is not covered is never guessed from weekends alone.
 *
 * <p>The data format, read by {@link #parse(CharSequence)}:
 * <pre>
 * # a comment
 * [2024]
 * source = Government decree of 10 August 2023 No. 1314
 * holidays = 01-01..01-08, 02-23, 03-08, 05-01, 05-09, 06-12, 11-04
 * days-off = 05-10, 12-31, 04-29, 04-30, 12-30
 * working-days = 04-27, 11-02, 12-28
 * </pre>
 * A day is a working day unless it is a Saturday or a Sunday not listed in {@code working-days}, or is
 * listed in {@code holidays} or {@code days-off}. Every section needs all four keys (a list may be
 * empty). {@link #withYearsOf(ProductionCalendar)} adds or replaces years, so a user extends the
 * built-in calendar with the years they need.
 */
public final class ProductionCalendar implements WorkingDayCalendar {

    private static final String RESOURCE = "russian-production-calendar.txt";
    private static final ProductionCalendar RUSSIAN = loadRussian();

    private final Map<Integer, BitSet> nonWorking;
    private final Map<Integer, String> sources;

    private ProductionCalendar(Map<Integer, BitSet> nonWorking, Map<Integer, String> sources) {
        this.nonWorking = nonWorking;
        this.sources = sources;
    }

    /**
     * Returns the built-in Russian production calendar (five-day week), covering the years listed in
     * its data file ({@link #years()}).
     *
     * @return the calendar
     */
    public static ProductionCalendar russian() {
        return RUSSIAN;
    }

    /**
     * Reads a calendar in the documented format.
     *
     * @param data the text, not null
     * @return the calendar of the years in the text
     * @throws IllegalArgumentException naming the line, if the text is not in the format
     */
    public static ProductionCalendar parse(CharSequence data) {
        Objects.requireNonNull(data, "data");
        Map<Integer, BitSet> days = new TreeMap<>();
        Map<Integer, String> sources = new TreeMap<>();
        String[] lines = data.toString().split("\r?\n", -1);
        Section section = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                if (section != null) {
                    section.finish(days, sources, n);
                }
                section = new Section(parseYear(text.substring(1, text.length() - 1).strip(), n + 1), n + 1);
                if (days.containsKey(section.year)) {
                    throw error(n + 1, "year " + section.year + " is given twice");
                }
                continue;
            }
            int eq = text.indexOf('=');
            if (section == null || eq < 0) {
                throw error(n + 1, "expected '[YYYY]' or 'key = value'");
            }
            section.set(text.substring(0, eq).strip(), text.substring(eq + 1).strip(), n + 1);
        }
        if (section != null) {
            section.finish(days, sources, lines.length);
        }
        return new ProductionCalendar(Collections.unmodifiableMap(days), Collections.unmodifiableMap(sources));
    }

    /**
     * Returns a calendar with the years of this one and of {@code other}; where both cover a year,
     * {@code other}'s data is taken.
     *
     * @param other the calendar whose years are added, not null
     * @return the combined calendar
     */
    public ProductionCalendar withYearsOf(ProductionCalendar other) {
        Objects.requireNonNull(other, "other");
        Map<Integer, BitSet> days = new TreeMap<>(nonWorking);
        days.putAll(other.nonWorking);
        Map<Integer, String> sources = new TreeMap<>(this.sources);
        sources.putAll(other.sources);
        return new ProductionCalendar(Collections.unmodifiableMap(days), Collections.unmodifiableMap(sources));
    }

    /**
     * Returns the years this calendar covers.
     *
     * @return the years, ascending; unmodifiable
     */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(nonWorking.keySet()));
    }

    /**
     * Returns where the data of a year comes from.
     *
     * @param year the year
     * @return the source as written in the data, or empty if the year is not covered
     */
    public Optional<String> source(int year) {
        return Optional.ofNullable(sources.get(year));
    }

    @Override
    public boolean covers(int year) {
        return nonWorking.containsKey(year);
    }

    @Override
    public Optional<Boolean> isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        BitSet off = nonWorking.get(date.getYear());
        return off == null ? Optional.empty() : Optional.of(!off.get(date.getDayOfYear()));
    }

    @Override
    public String toString() {
        return "ProductionCalendar" + nonWorking.keySet();
    }

    private static ProductionCalendar loadRussian() {
        try (InputStream in = ProductionCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parseYear(String text, int line) {
        try {
            int year = Integer.parseInt(text);
            if (year < 1900 || year > 9999) {
                throw error(line, "year out of range: " + text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw error(line, "not a year: " + text);
        }
    }

    private static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("production calendar, line " + line + ": " + message);
    }

    /** One year's section while it is read. */
    private static final class Section {
        final int year;
        final int line;
        String source;
        BitSet holidays;
        BitSet daysOff;
        BitSet workingDays;

        Section(int year, int line) {
            this.year = year;
            this.line = line;
        }

        void set(String key, String value, int at) {
            switch (key) {
                case "source":
                    if (value.isEmpty()) {
                        throw error(at, "source must not be empty");
                    }
                    source = once(source, value, key, at);
                    break;
                case "holidays":
                    holidays = once(holidays, days(value, at), key, at);
                    break;
                case "days-off":
                    daysOff = once(daysOff, days(value, at), key, at);
                    break;
                case "working-days":
                    workingDays = once(workingDays, days(value, at), key, at);
                    break;
                default:
                    throw error(at, "unknown key '" + key + "'");
            }
        }

        private static <T> T once(T previous, T value, String key, int at) {
            if (previous != null) {
                throw error(at, key + " is given twice");
            }
            return value;
        }

        private BitSet days(String value, int at) {
            BitSet set = new BitSet(367);
            if (value.isEmpty()) {
                return set;
            }
            for (String item : value.split(",")) {
                String part = item.strip();
                int range = part.indexOf("..");
                LocalDate first = day(range < 0 ? part : part.substring(0, range).strip(), at);
                LocalDate last = range < 0 ? first : day(part.substring(range + 2).strip(), at);
                if (last.isBefore(first)) {
                    throw error(at, "range ends before it starts: " + part);
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    set.set(d.getDayOfYear());
                }
            }
            return set;
        }

        private LocalDate day(String text, int at) {
            try {
                return MonthDay.parse("--" + text).atYear(year);
            } catch (DateTimeException e) {
                throw error(at, "not a day MM-DD of " + year + ": " + text);
            }
        }

        void finish(Map<Integer, BitSet> out, Map<Integer, String> sources, int at) {
            if (source == null || holidays == null || daysOff == null || workingDays == null) {
                throw error(line, "year " + year + " needs source, holidays, days-off and working-days");
            }
            BitSet off = new BitSet(367);
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                int i = d.getDayOfYear();
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (workingDays.get(i) && !weekend) {
                    throw error(line, "working day " + d + " is not a Saturday or Sunday");
                }
                if (daysOff.get(i) && weekend) {
                    throw error(line, "day off " + d + " is already a Saturday or Sunday");
                }
                if (weekend && !workingDays.get(i) || holidays.get(i) || daysOff.get(i)) {
                    off.set(i);
                }
            }
            out.put(year, off);
            sources.put(year, source);
        }
    }
}
