package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.catalogue.SizeTier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every engine of the count comparison must produce, in one engine-neutral form: the active
 * members as of a date per organization (direct) and per subtree, by category, and the territorial
 * organizations of each size band. Organizations with no active member are left out of both maps, so
 * engines that list them and engines that do not compare equal. Immutable.
 *
 * @param direct the counts of the members registered in each organization itself, by organization id
 * @param subtree the counts of each organization's whole subtree, by organization id
 * @param bands the ids of the territorial organizations in each band, sorted, by band (the
 *     {@code MembershipRange} text, for example {@code 0..1000}), in the schedule's order
 */
public record EngineCounts(SortedMap<String, Tally> direct, SortedMap<String, Tally> subtree,
        Map<String, List<String>> bands) {

    /**
     * Active members of one organization or subtree by category.
     *
     * @param employees working members
     * @param pensioners non-working pensioners
     * @param students students
     */
    public record Tally(long employees, long pensioners, long students) {

        /**
         * Returns the sum of the three categories.
         *
         * @return the total
         */
        public long total() {
            return employees + pensioners + students;
        }
    }

    /** Copies the maps, so that the counts cannot change afterwards. */
    public EngineCounts {
        direct = Collections.unmodifiableSortedMap(new TreeMap<>(withoutZeros(direct)));
        subtree = Collections.unmodifiableSortedMap(new TreeMap<>(withoutZeros(subtree)));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        bands.forEach((band, ids) -> {
            List<String> sorted = new ArrayList<>(ids);
            Collections.sort(sorted);
            copy.put(Objects.requireNonNull(band, "band"), List.copyOf(sorted));
        });
        bands = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the counts of a UnionKit import report.
     *
     * @param report the report of an import with an organization tree and a schedule
     * @return the counts
     */
    public static EngineCounts of(ImportReport report) {
        Map<String, List<String>> bands = new LinkedHashMap<>();
        for (Map.Entry<SizeTier, List<OrganizationId>> entry : report.routing().entrySet()) {
            bands.put(entry.getKey().range().toString(), entry.getValue().stream().map(OrganizationId::value).toList());
        }
        return new EngineCounts(tallies(report.countsByOrganization()), tallies(report.subtreeCounts()), bands);
    }

    /**
     * Returns the number of members counted: the sum of the direct counts.
     *
     * @return the total
     */
    public long counted() {
        long total = 0;
        for (Tally tally : direct.values()) {
            total += tally.total();
        }
        return total;
    }

    private static SortedMap<String, Tally> tallies(Map<OrganizationId, MembershipCount> counts) {
        SortedMap<String, Tally> tallies = new TreeMap<>();
        counts.forEach((id, count) -> tallies.put(id.value(),
                new Tally(count.employees(), count.pensioners(), count.students())));
        return tallies;
    }

    private static Map<String, Tally> withoutZeros(Map<String, Tally> counts) {
        Map<String, Tally> kept = new TreeMap<>();
        counts.forEach((id, tally) -> {
            if (tally.total() != 0) {
                kept.put(id, tally);
            }
        });
        return kept;
    }
}
