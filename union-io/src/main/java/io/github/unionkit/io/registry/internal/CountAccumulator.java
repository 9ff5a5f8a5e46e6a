package io.github.unionkit.io.registry.internal;

import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable counters of members per organization and category: one small array per organization, so
 * memory grows with organizations, never with members. Not thread-safe.
 */
public final class CountAccumulator {

    private final Map<OrganizationId, int[]> counters = new HashMap<>();

    /**
     * Counts one member.
     *
     * @param organization the member's organization
     * @param category the member's category
     * @throws ArithmeticException if a counter overflows
     */
    public void add(OrganizationId organization, MemberCategory category) {
        int[] counter = counters.get(organization);
        if (counter == null) {
            counter = new int[MemberCategory.values().length];
            counters.put(organization, counter);
        }
        int index = category.ordinal();
        counter[index] = Math.addExact(counter[index], 1);
    }

    /**
     * Returns the number of organizations counted.
     *
     * @return the count of organizations
     */
    public int organizations() {
        return counters.size();
    }

    /**
     * Returns the counts as of a date, sorted by organization id.
     *
     * @param asOf the date of the counts
     * @return an unmodifiable map in id order
     */
    public Map<OrganizationId, MembershipCount> toCounts(LocalDate asOf) {
        // Sorted through a list rather than a TreeMap: one map of this size at a time is enough.
        List<Map.Entry<OrganizationId, int[]>> entries = new ArrayList<>(counters.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        Map<OrganizationId, MembershipCount> sorted = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
        for (Map.Entry<OrganizationId, int[]> entry : entries) {
            int[] c = entry.getValue();
            sorted.put(entry.getKey(), MembershipCount.of(asOf, c[MemberCategory.EMPLOYEE.ordinal()],
                    c[MemberCategory.NON_WORKING_PENSIONER.ordinal()], c[MemberCategory.STUDENT.ordinal()]));
        }
        return Collections.unmodifiableMap(sorted);
    }
}
