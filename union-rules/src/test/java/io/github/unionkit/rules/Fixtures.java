package io.github.unionkit.rules;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test data: the Astrakhan tree of the seed decree with membership counts. */
public final class Fixtures {

    public static final LocalDate DOC_DATE = LocalDate.of(2020, 12, 18);
    public static final OrganizationId RU = OrganizationId.of("ru");
    /** Territorial organizations named in clause 4.3, as written, with their sizes. */
    public static final Map<String, Integer> TERRITORIAL = new LinkedHashMap<>();

    static {
        TERRITORIAL.put("Ахтубинская ТОП", 900);
        TERRITORIAL.put("Енотаевская ТОП", 450);
        TERRITORIAL.put("Наримановская ТОП", 1000);
        TERRITORIAL.put("Приволжская ТОП", 700);
        TERRITORIAL.put("Харабалинская ТОП", 600);
        TERRITORIAL.put("Черноярская ТОП", 300);
        TERRITORIAL.put("Володарской ТОП", 1001);
        TERRITORIAL.put("Икрянинской ТОП", 1500);
        TERRITORIAL.put("Камызякской ТОП", 2400);
    }

    private Fixtures() {
    }

    public static OrganizationId territorialId(int index) {
        return OrganizationId.of("ast-t" + index);
    }

    public static List<Organization> organizations() {
        List<Organization> list = new ArrayList<>();
        list.add(org(RU, OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null, "Профсоюз"));
        list.add(org(SeedResolutions.ASTRAKHAN, OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, RU,
                "Астраханская областная организация Профсоюза"));
        int i = 0;
        for (String name : TERRITORIAL.keySet()) {
            list.add(org(territorialId(i++), OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT,
                    SeedResolutions.ASTRAKHAN, name));
        }
        return list;
    }

    public static OrganizationTree tree() {
        return OrganizationTree.of(organizations());
    }

    public static Map<OrganizationId, MembershipCount> counts(LocalDate asOf) {
        Map<OrganizationId, MembershipCount> counts = new LinkedHashMap<>();
        int i = 0;
        int sum = 0;
        for (int size : TERRITORIAL.values()) {
            counts.put(territorialId(i++), MembershipCount.of(asOf, size, 0, 0));
            sum += size;
        }
        counts.put(SeedResolutions.ASTRAKHAN, MembershipCount.of(asOf, sum, 0, 0));
        return counts;
    }

    public static RuleContext seedContext() {
        return RuleContext.builder(DOC_DATE).organizations(tree()).membershipCounts(counts(DOC_DATE)).build();
    }

    public static Organization org(OrganizationId id, OrganizationLevel level, OrganizationKind kind,
            OrganizationId parent, String name) {
        Organization.Builder b = Organization.builder().id(id).level(level).kind(kind)
                .addNames(OrganizationName.of(name, LocalDate.of(2000, 1, 1)));
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }
}
