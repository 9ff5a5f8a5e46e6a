package io.github.unionkit.examples;

import io.github.unionkit.examples.sample.SampleDecree;
import io.github.unionkit.io.text.RussianDeadlineRenderer;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threeten.extra.YearQuarter;

/**
 * Example: build a deadline calendar from decrees.
 *
 * <p>Every assignment (and every membership-size band) of a resolution has a typed {@link Deadline}
 * with a last day. Sorting by last day and grouping by quarter gives the calendar a union's staff keeps
 * on the wall; {@link Deadline#statusAsOf(LocalDate)} marks what is overdue on a given day, and
 * {@link RussianDeadlineRenderer} writes each deadline back in correctly inflected Russian.
 */
public final class DeadlineCalendarExample {

    /** One line of the calendar. */
    public record Entry(LocalDate lastDay, String decree, String clause, String deadline, DeadlineStatus status) {
    }

    private DeadlineCalendarExample() {
    }

    /**
     * Collects the deadlines that have a last day, grouped by the quarter of that day, each group sorted.
     *
     * @param resolutions the decrees, not null
     * @param asOf the day statuses are computed for, not null
     * @return the calendar, quarters in order
     */
    public static Map<YearQuarter, List<Entry>> calendar(List<Resolution> resolutions, LocalDate asOf) {
        List<Entry> entries = new ArrayList<>();
        for (Resolution resolution : resolutions) {
            for (Clause clause : resolution.allClauses()) {
                clause.assignment().ifPresent(a -> add(entries, resolution, clause.number().toString(), a.deadline(), asOf));
                for (SizeBand band : clause.sizeBands()) {
                    add(entries, resolution, clause.number() + " (" + band.range() + ")", band.deadline(), asOf);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::lastDay).thenComparing(Entry::clause));
        Map<YearQuarter, List<Entry>> calendar = new TreeMap<>();
        for (Entry entry : entries) {
            calendar.computeIfAbsent(YearQuarter.from(entry.lastDay()), q -> new ArrayList<>()).add(entry);
        }
        return calendar;
    }

    private static void add(List<Entry> entries, Resolution resolution, String clause, Deadline deadline, LocalDate asOf) {
        deadline.lastDay().ifPresent(day -> entries.add(new Entry(day, "№ " + resolution.number(), clause,
                RussianDeadlineRenderer.render(deadline), deadline.statusAsOf(asOf))));
    }

    /**
     * Prints the calendar of the seed decree as of 15 February 2021.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        calendar(List.of(SampleDecree.resolution()), LocalDate.of(2021, 2, 15)).forEach((quarter, entries) -> {
            System.out.println(quarter);
            entries.forEach(e -> System.out.println("  " + e.lastDay() + "  " + e.decree() + " п. " + e.clause()
                    + "  " + e.deadline() + "  " + e.status()));
        });
    }
}
