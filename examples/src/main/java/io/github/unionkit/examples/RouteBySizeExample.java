package io.github.unionkit.examples;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Example: route organizations by membership size, as clause 4.3 of the seed decree does.
 *
 * <p>{@link SizeTiers} maps tiers of membership counts to deadlines and refuses tiers that overlap or
 * leave a gap, so every organization lands in exactly one tier. The seed's tiers are "до 1 тыс.
 * членов" (≤ 1,000) → first quarter of 2021 and "свыше 1 тыс." (&gt; 1,000) → second quarter; an
 * organization with exactly 1,000 members goes to the first quarter.
 */
public final class RouteBySizeExample {

    private RouteBySizeExample() {
    }

    /**
     * Groups the territorial organizations by the tier their membership count falls in.
     *
     * @param tiers the routing, not null
     * @param organizations the organizations, not null; only territorial ones are routed
     * @param counts membership counts by organization id, not null; organizations without a count are
     *     skipped
     * @return for each tier, in tier order, the short names of its organizations with their counts
     */
    public static Map<SizeTier, List<String>> route(SizeTiers tiers, List<Organization> organizations,
            Map<OrganizationId, MembershipCount> counts) {
        Objects.requireNonNull(counts, "counts");
        Map<SizeTier, List<String>> routing = new LinkedHashMap<>();
        for (SizeTier tier : tiers.tiers()) {
            routing.put(tier, new ArrayList<>());
        }
        for (Organization organization : organizations) {
            MembershipCount count = counts.get(organization.id());
            if (organization.level() != OrganizationLevel.TERRITORIAL || count == null) {
                continue;
            }
            String name = organization.currentName().shortName().orElse(organization.currentName().fullName());
            routing.get(tiers.tierFor(count.total())).add(name + " (" + count.total() + ")");
        }
        return routing;
    }

    /**
     * Prints the routing of the bundled illustrative sample through the seed's tiers.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        route(SizeTiers.seedClause43(), AstrakhanSample.organizations(), AstrakhanSample.territorialCounts())
                .forEach((tier, names) -> System.out.println(tier.range() + " → "
                        + tier.deadline().phrase().orElse(tier.deadline().window().toString())
                        + " (last day " + tier.deadline().lastDay().orElseThrow() + "): " + String.join(", ", names)));
    }
}
