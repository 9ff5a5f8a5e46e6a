package io.github.unionkit.examples.sample;

import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The bundled sample region: the Astrakhan regional organization, the nine territorial organizations
 * that resolution № 3-1 of 18 December 2020 names in clause 4.3, their primary organizations, and a
 * registry of members.
 *
 * <p><strong>Illustrative data, not real figures.</strong> The regional and territorial names are those
 * of the decree; the primary organizations, the members and every count are invented, chosen only to
 * agree with the decree's bands. As of the decree's date the six organizations of the first band have
 * at most 1,000 active members — Харабалинская exactly 1,000, the boundary case that belongs to the
 * first band — and the three of the second band more than 1,000. The registry also holds members who
 * left before that date: they are valid records, but they do not count on the decree's date.
 *
 * <p>Everything is computed from fixed seeds: every call returns equal values.
 */
public final class AstrakhanSample {
    /** The id of the regional organization; the same id the golden fixture gives it. */
    public static final OrganizationId REGION = OrganizationId.of("ast");
    /** The date of the decree: membership counts for its size bands are taken on this day. */
    public static final LocalDate DECREE_DATE = LocalDate.of(2020, 12, 18);
    /** The date from which the sample's names are in effect (illustrative). */
    public static final LocalDate NAMES_FROM = LocalDate.of(2015, 1, 1);
    /** The label every output of the sample carries. */
    public static final String LABEL = "ILLUSTRATIVE SAMPLE DATA — invented counts, not real figures";

    private static final String UNION = "Профсоюза работников народного образования и науки РФ";
    private static final LocalDate LAST_ADMISSION = LocalDate.of(2020, 11, 30);
    private static final LocalDate FIRST_ADMISSION = LocalDate.of(1988, 9, 1);
    private static final int MEMBERS_PER_PRIMARY = 160;

    /** One territorial organization: id suffix, adjective, active employees, active pensioners. */
    private static final String[][] TERRITORIAL = {
        // first band: up to 1,000 members -> first quarter of 2021
        {"akhtubinsk", "Ахтубинская", "812", "128"},
        {"enotaevka", "Енотаевская", "431", "81"},
        {"narimanov", "Наримановская", "760", "116"},
        {"privolzhye", "Приволжская", "871", "127"},
        {"kharabali", "Харабалинская", "862", "138"},
        {"chernyi-yar", "Черноярская", "298", "49"},
        // second band: more than 1,000 members -> second quarter of 2021
        {"volodarsky", "Володарская", "1046", "168"},
        {"ikryanoye", "Икрянинская", "942", "145"},
        {"kamyzyak", "Камызякская", "1187", "169"},
    };

    private static final OrganizationKind[] PRIMARY_KINDS = {
        OrganizationKind.SCHOOL, OrganizationKind.SCHOOL, OrganizationKind.PRESCHOOL, OrganizationKind.SCHOOL,
        OrganizationKind.PRESCHOOL, OrganizationKind.SUPPLEMENTARY,
    };

    private AstrakhanSample() {
    }

    /**
     * Returns the sample organizations depth-first: the regional organization, then each territorial
     * organization in the decree's order followed by its primary organizations.
     *
     * @return an unmodifiable list
     */
    public static List<Organization> organizations() {
        List<Organization> organizations = new ArrayList<>();
        organizations.add(Organization.builder()
                .id(REGION)
                .level(OrganizationLevel.REGIONAL)
                .kind(OrganizationKind.OBLAST)
                .addNames(OrganizationName.of("Астраханская областная организация " + UNION,
                        "Астраханская областная организация Профсоюза", NAMES_FROM))
                .region("Астраханская область")
                .build());
        for (String[] row : TERRITORIAL) {
            OrganizationId territorial = territorialId(row[0]);
            organizations.add(Organization.builder()
                    .id(territorial)
                    .level(OrganizationLevel.TERRITORIAL)
                    .kind(OrganizationKind.DISTRICT)
                    .addNames(OrganizationName.of(row[1] + " районная организация " + UNION, row[1] + " ТОП",
                            NAMES_FROM))
                    .parent(REGION)
                    .region("Астраханская область")
                    .build());
            int primaries = primaryCount(row);
            for (int i = 1; i <= primaries; i++) {
                OrganizationKind kind = PRIMARY_KINDS[(i - 1) % PRIMARY_KINDS.length];
                organizations.add(Organization.builder()
                        .id(primaryId(row[0], i))
                        .level(OrganizationLevel.PRIMARY)
                        .kind(kind)
                        .addNames(OrganizationName.of(primaryName(kind, i, row[1]), NAMES_FROM))
                        .parent(territorial)
                        .region("Астраханская область")
                        .build());
            }
        }
        return List.copyOf(organizations);
    }

    /**
     * Returns the active membership of each territorial organization (its whole subtree) on
     * {@link #DECREE_DATE}, as {@link #members()} yields it.
     *
     * @return an unmodifiable map in the decree's order, keyed by territorial organization id
     */
    public static Map<OrganizationId, MembershipCount> territorialCounts() {
        Map<OrganizationId, MembershipCount> counts = new LinkedHashMap<>();
        for (String[] row : TERRITORIAL) {
            counts.put(territorialId(row[0]), MembershipCount.of(DECREE_DATE, Integer.parseInt(row[2]),
                    Integer.parseInt(row[3]), 0));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the sample registry: every member of every primary organization, including those who
     * left before {@link #DECREE_DATE}. Every admission is before that date. Members carry no names,
     * cards or birth dates.
     *
     * @return an unmodifiable list, in the order of {@link #organizations()}
     */
    public static List<Member> members() {
        SplittableRandom random = new SplittableRandom(20201218L);
        List<Member> members = new ArrayList<>();
        for (String[] row : TERRITORIAL) {
            int primaries = primaryCount(row);
            int employees = Integer.parseInt(row[2]);
            int pensioners = Integer.parseInt(row[3]);
            for (int k = 0; k < employees + pensioners; k++) {
                MemberCategory category = k < employees ? MemberCategory.EMPLOYEE : MemberCategory.NON_WORKING_PENSIONER;
                members.add(member(members.size() + 1, category, primaryId(row[0], 1 + k % primaries),
                        date(random, FIRST_ADMISSION, LAST_ADMISSION), Optional.empty()));
            }
            // About 4 % left before the decree: they are in the registry but not counted.
            for (int k = 0; k < (employees + pensioners) / 25; k++) {
                LocalDate admitted = date(random, FIRST_ADMISSION, LocalDate.of(2019, 12, 31));
                LocalDate left = date(random, admitted.plusDays(1), LAST_ADMISSION);
                ExitReason reason = k % 3 == 0 ? ExitReason.RETIREMENT : ExitReason.VOLUNTARY;
                members.add(member(members.size() + 1, MemberCategory.EMPLOYEE, primaryId(row[0], 1 + k % primaries),
                        admitted, Optional.of(MembershipExit.of(left, reason))));
            }
        }
        return List.copyOf(members);
    }

    private static Member member(int number, MemberCategory category, OrganizationId primary, LocalDate admitted,
            Optional<MembershipExit> exit) {
        return Member.builder()
                .id(MemberId.of(String.format("ast-%06d", number)))
                .category(category)
                .primaryOrganization(primary)
                .admissionDate(admitted)
                .exit(exit)
                .build();
    }

    private static LocalDate date(SplittableRandom random, LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    private static int primaryCount(String[] row) {
        int total = Integer.parseInt(row[2]) + Integer.parseInt(row[3]);
        return (total + MEMBERS_PER_PRIMARY - 1) / MEMBERS_PER_PRIMARY;
    }

    private static String primaryName(OrganizationKind kind, int index, String territorial) {
        String district = territorial.substring(0, territorial.length() - 2) + "ого района";
        switch (kind) {
            case PRESCHOOL:
                return "Первичная профсоюзная организация детского сада № " + index + " " + district;
            case SUPPLEMENTARY:
                return "Первичная профсоюзная организация центра дополнительного образования " + district;
            default:
                return "Первичная профсоюзная организация школы № " + index + " " + district;
        }
    }

    private static OrganizationId territorialId(String suffix) {
        return OrganizationId.of(REGION.value() + "." + suffix);
    }

    private static OrganizationId primaryId(String suffix, int index) {
        return OrganizationId.of(REGION.value() + "." + suffix + ".p" + index);
    }
}
