package io.github.unionkit.testkit;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.InvalidOrganizationException;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.org.OrganizationTreeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of organizations, trees of realistic shape with Russian names, renamed organizations,
 * membership counts and ranges, and near-miss invalid inputs (illegal nesting, cycles, duplicate ids,
 * unknown parents, broken organization invariants).
 *
 * <p>Trees follow the union's structure: the Union → regional organizations (oblast, krai, republic …)
 * → district and city organizations → primary organizations (schools, preschools, colleges,
 * supplementary education, education authorities) → union groups; universities and colleges also sit
 * directly under a regional organization, some with the rights of a territorial one. About one
 * organization in six with a name history has been renamed, keeping its old names. Name dates fall between
 * {@link #MIN_DATE} and {@link #MAX_DATE}. All generators are stateless and draw only from the
 * {@link RandomGenerator} they are given, so a seed reproduces every value.
 */
public final class OrganizationGenerators {

    /** The earliest name date generated: 1 January 1990, when the Union was founded. */
    public static final LocalDate MIN_DATE = LocalDate.of(1990, 1, 1);

    /** The latest name date generated: 31 December 2025. */
    public static final LocalDate MAX_DATE = LocalDate.of(2025, 12, 31);

    private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ID_REST = ID_FIRST + "._-";

    /** A region: the organization's adjective, kind, the region's name, its code, and the institutions' adjective. */
    private static final class Region {
        final String adjective;
        final OrganizationKind kind;
        final String region;
        final String code;
        final String institution;

        Region(String adjective, OrganizationKind kind, String region, String code, String institution) {
            this.adjective = adjective;
            this.kind = kind;
            this.region = region;
            this.code = code;
            this.institution = institution;
        }
    }

    private static final List<Region> REGIONS = List.of(
            new Region("Астраханская", OrganizationKind.OBLAST, "Астраханская область", "30", "Астраханский"),
            new Region("Краснодарская", OrganizationKind.KRAI, "Краснодарский край", "23", "Кубанский"),
            new Region("Волгоградская", OrganizationKind.OBLAST, "Волгоградская область", "34", "Волгоградский"),
            new Region("Ставропольская", OrganizationKind.KRAI, "Ставропольский край", "26", "Ставропольский"),
            new Region("Татарстанская", OrganizationKind.REPUBLIC, "Республика Татарстан", "16", "Казанский"),
            new Region("Башкортостанская", OrganizationKind.REPUBLIC, "Республика Башкортостан", "02", "Башкирский"),
            new Region("Московская", OrganizationKind.FEDERAL_CITY, "г. Москва", "77", "Московский"),
            new Region("Межрегиональная Санкт-Петербурга и Ленинградской области", OrganizationKind.INTERREGIONAL,
                    "г. Санкт-Петербург и Ленинградская область", "78", "Санкт-Петербургский"),
            new Region("Ханты-Мансийская", OrganizationKind.AUTONOMOUS_OKRUG,
                    "Ханты-Мансийский автономный округ — Югра", "86", "Сургутский"),
            new Region("Еврейская", OrganizationKind.AUTONOMOUS_OBLAST, "Еврейская автономная область", "79", "Приамурский"),
            new Region("Свердловская", OrganizationKind.OBLAST, "Свердловская область", "66", "Уральский"),
            new Region("Алтайская", OrganizationKind.KRAI, "Алтайский край", "22", "Алтайский"));

    // District adjectives; the first eleven are the Astrakhan organizations of decree 3-1, clause 4.3.
    private static final List<String> DISTRICTS = List.of(
            "Ахтубинская", "Енотаевская", "Наримановская", "Приволжская", "Харабалинская", "Черноярская",
            "Володарская", "Икрянинская", "Камызякская", "Красноярская", "Лиманская", "Абинская", "Анапская",
            "Белореченская", "Ейская", "Кущёвская", "Северская", "Тимашевская", "Калачёвская", "Камышинская",
            "Ольховская", "Зеленодольская", "Елабужская", "Бугульминская", "Туймазинская", "Белорецкая",
            "Берёзовская", "Кондинская", "Облученская", "Бийская");

    // Territorial organizations by region code; regions not listed draw from DISTRICTS and CITIES.
    private static final Map<String, List<String>> DISTRICTS_BY_REGION = Map.of(
            "30", List.of("Ахтубинская", "Енотаевская", "Наримановская", "Приволжская", "Харабалинская",
                    "Черноярская", "Володарская", "Икрянинская", "Камызякская", "Красноярская", "Лиманская"),
            "23", List.of("Абинская", "Анапская", "Белореченская", "Ейская", "Кущёвская", "Северская",
                    "Тимашевская"),
            "34", List.of("Калачёвская", "Камышинская", "Ольховская"),
            "16", List.of("Зеленодольская", "Елабужская", "Бугульминская"),
            "02", List.of("Туймазинская", "Белорецкая"),
            "86", List.of("Берёзовская", "Кондинская"),
            "79", List.of("Облученская"),
            "22", List.of("Бийская"),
            "77", List.of("Центральная", "Северная", "Северо-Восточная", "Восточная", "Юго-Восточная", "Южная",
                    "Юго-Западная", "Западная", "Северо-Западная", "Зеленоградская"));

    private static final Map<String, List<String>> CITIES_BY_REGION = Map.of(
            "30", List.of("Астраханская", "Знаменская"),
            "23", List.of("Сочинская", "Новороссийская", "Краснодарская"),
            "34", List.of("Волжская", "Волгоградская"),
            "16", List.of("Казанская"),
            "02", List.of("Уфимская"),
            "86", List.of("Сургутская"),
            "66", List.of("Екатеринбургская"),
            "22", List.of("Барнаульская"));

    private static final List<String> CITIES = List.of(
            "Астраханская", "Сочинская", "Новороссийская", "Волжская", "Казанская", "Уфимская", "Сургутская",
            "Екатеринбургская", "Барнаульская", "Знаменская");

    private static final List<String> COLLEGES = List.of(
            "социально-педагогический колледж", "колледж строительства и экономики", "технологический техникум",
            "медицинский колледж", "политехнический колледж", "колледж культуры и искусств");

    private static final List<String> UNIVERSITIES = List.of(
            "государственный университет", "государственный технический университет",
            "государственный педагогический университет", "государственный медицинский университет",
            "государственный аграрный университет");

    private static final List<String> DEPARTMENTS = List.of(
            "кафедры математики", "кафедры русского языка", "учителей начальных классов", "административно-хозяйственной части",
            "библиотеки", "кафедры истории", "воспитателей");

    private OrganizationGenerators() {
    }

    /**
     * Returns a generator of valid organization ids: 1 to 64 characters, edge lengths included.
     *
     * @return the id generator
     */
    public static Generator<OrganizationId> organizationIds() {
        return random -> OrganizationId.of(identifierText(random));
    }

    /**
     * Returns a generator of identifier text valid for {@code OrganizationId} and {@code MemberId}: 1 to
     * 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit; lengths 1 and 64 occur
     * often.
     *
     * @return the text generator
     */
    public static Generator<String> identifierTexts() {
        return OrganizationGenerators::identifierText;
    }

    /**
     * Returns a generator of near-miss invalid identifier text: empty, 65 characters, a leading
     * {@code . _ -}, or one character outside the alphabet (space, Cyrillic, slash).
     *
     * @return the invalid-text generator
     */
    public static Generator<String> invalidIdentifierTexts() {
        return random -> {
            String valid = identifierText(random);
            switch (random.nextInt(5)) {
                case 0:
                    return "";
                case 1:
                    return "a".repeat(65);
                case 2:
                    return "._-".charAt(random.nextInt(3)) + valid.substring(0, Math.min(valid.length(), 63));
                default:
                    int at = random.nextInt(valid.length() + 1);
                    String bad = String.valueOf(" я/+:#".charAt(random.nextInt(6)));
                    String text = valid.substring(0, at) + bad + valid.substring(at);
                    return text.length() > 64 ? text.substring(0, 64).replace(bad, "") + bad : text;
            }
        };
    }

    /**
     * Returns a generator of membership ranges, bounded and unbounded, with bounds from 0 to
     * {@link Integer#MAX_VALUE}, small values frequent.
     *
     * @return the range generator
     */
    public static Generator<MembershipRange> membershipRanges() {
        return random -> {
            int min = size(random);
            if (random.nextInt(3) == 0) {
                return MembershipRange.atLeast(min);
            }
            int extra = size(random);
            return MembershipRange.between(min, (int) Math.min(Integer.MAX_VALUE, (long) min + extra));
        };
    }

    /**
     * Returns a generator of membership counts as of {@code asOf}, each part from 0 to 100,000.
     *
     * @param asOf the date of every count, not null
     * @return the count generator
     */
    public static Generator<MembershipCount> membershipCounts(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return random -> MembershipCount.of(asOf, random.nextInt(100_001), random.nextInt(100_001),
                random.nextInt(100_001));
    }

    /**
     * Returns a generator of renamed organizations: primary, territorial or regional, with two or three
     * names in date order, and ids made from {@code "renamed."} and a random suffix.
     *
     * @return the generator of organizations with more than one name
     */
    public static Generator<Organization> renamedOrganizations() {
        return random -> {
            Region region = pick(random, REGIONS);
            switch (random.nextInt(3)) {
                case 0:
                    return renamed(random, Organization.builder().level(OrganizationLevel.REGIONAL).kind(region.kind),
                            regionalNames(region), "renamed.r" + random.nextInt(1_000_000));
                case 1:
                    return renamed(random, Organization.builder().level(OrganizationLevel.TERRITORIAL)
                            .kind(OrganizationKind.DISTRICT), districtNames(pick(random, DISTRICTS)),
                            "renamed.t" + random.nextInt(1_000_000));
                default:
                    int number = 1 + random.nextInt(120);
                    return renamed(random, Organization.builder().level(OrganizationLevel.PRIMARY)
                            .kind(OrganizationKind.SCHOOL), schoolNames(number, pick(random, DISTRICTS)),
                            "renamed.p" + random.nextInt(1_000_000));
            }
        };
    }

    /**
     * Returns a generator of small valid trees (up to a few hundred organizations) rooted at the Union.
     *
     * @return the tree generator
     */
    public static Generator<OrganizationTree> trees() {
        return organizationLists(3, 4, 5, 3).map(OrganizationTree::of);
    }

    /**
     * Returns a generator of valid trees rooted at the Union, with the given bounds on the shape.
     *
     * @param maxRegions the most regional organizations, at least 1
     * @param maxTerritorialPerRegion the most territorial organizations under one regional, at least 0
     * @param maxPrimaryPerParent the most primary organizations under one territorial organization, at
     *     least 0 (regionals get up to half as many universities and colleges)
     * @param maxGroupsPerPrimary the most union groups in one primary organization, at least 0
     * @return the tree generator
     * @throws IllegalArgumentException if a bound is out of range
     */
    public static Generator<OrganizationTree> trees(int maxRegions, int maxTerritorialPerRegion,
            int maxPrimaryPerParent, int maxGroupsPerPrimary) {
        return organizationLists(maxRegions, maxTerritorialPerRegion, maxPrimaryPerParent, maxGroupsPerPrimary)
                .map(OrganizationTree::of);
    }

    /**
     * Returns a generator of the organizations of a valid tree, shuffled, with the given bounds on the
     * shape (see {@link #trees(int, int, int, int)}).
     *
     * @param maxRegions the most regional organizations, at least 1
     * @param maxTerritorialPerRegion the most territorial organizations under one regional, at least 0
     * @param maxPrimaryPerParent the most primary organizations under one territorial, at least 0
     * @param maxGroupsPerPrimary the most union groups in one primary organization, at least 0
     * @return the generator of shuffled, unmodifiable lists
     * @throws IllegalArgumentException if a bound is out of range
     */
    public static Generator<List<Organization>> organizationLists(int maxRegions, int maxTerritorialPerRegion,
            int maxPrimaryPerParent, int maxGroupsPerPrimary) {
        if (maxRegions < 1 || maxTerritorialPerRegion < 0 || maxPrimaryPerParent < 0 || maxGroupsPerPrimary < 0) {
            throw new IllegalArgumentException("invalid tree bounds");
        }
        return random -> {
            List<Organization> organizations = new TreeBuilder(random, maxTerritorialPerRegion, maxPrimaryPerParent,
                    maxGroupsPerPrimary).build(1 + random.nextInt(maxRegions));
            shuffle(organizations, random);
            return Collections.unmodifiableList(organizations);
        };
    }

    /**
     * Returns a generator of valid partial trees rooted at one regional organization (no national
     * root), as a regional registry would hold them.
     *
     * @return the tree generator
     */
    public static Generator<OrganizationTree> regionalTrees() {
        return random -> {
            List<Organization> organizations = new TreeBuilder(random, 5, 6, 3).build(1);
            organizations.removeIf(o -> o.level() == OrganizationLevel.NATIONAL);
            List<Organization> rerooted = new ArrayList<>(organizations.size());
            for (Organization organization : organizations) {
                rerooted.add(organization.level() == OrganizationLevel.REGIONAL
                        ? organization.toBuilder().parent(java.util.Optional.empty()).build() : organization);
            }
            return OrganizationTree.of(rerooted);
        };
    }

    /**
     * Returns a generator of counts for the organizations of {@code tree} as of {@code asOf}: about
     * two thirds of the organizations get a count, each part up to 2,000.
     *
     * @param tree the tree, not null
     * @param asOf the date of every count, not null
     * @return the generator of unmodifiable maps keyed by organization id
     */
    public static Generator<Map<OrganizationId, MembershipCount>> countsFor(OrganizationTree tree, LocalDate asOf) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(asOf, "asOf");
        return random -> {
            Map<OrganizationId, MembershipCount> counts = new LinkedHashMap<>();
            for (Organization organization : tree.depthFirst()) {
                if (random.nextInt(3) != 0) {
                    counts.put(organization.id(), MembershipCount.of(asOf, random.nextInt(2_001),
                            random.nextInt(300), organization.kind().admitsStudents() ? random.nextInt(2_001) : 0));
                }
            }
            return Collections.unmodifiableMap(counts);
        };
    }

    /**
     * A near-miss invalid set of organizations: a valid tree with one defect, and the error
     * {@link OrganizationTree#of(java.util.Collection)} must report.
     *
     * @param organizations the organizations, unmodifiable
     * @param expectedError the error type the tree must report
     * @param offendingIds the ids the exception must name, in the documented order (for
     *     {@code CYCLE}, the cycle's members in any order)
     */
    public record InvalidTree(List<Organization> organizations, OrganizationTreeException.ErrorType expectedError,
            List<OrganizationId> offendingIds) {

        /**
         * Creates an invalid-tree sample.
         *
         * @param organizations the organizations, not null
         * @param expectedError the expected error type, not null
         * @param offendingIds the ids the exception must name, not null
         */
        public InvalidTree {
            organizations = List.copyOf(organizations);
            Objects.requireNonNull(expectedError, "expectedError");
            offendingIds = List.copyOf(offendingIds);
        }
    }

    /**
     * Returns a generator of near-miss invalid trees of every error type: one illegal nesting (e.g. a
     * group under a territorial organization, a territorial one under the Union), one cycle, one
     * duplicate id, or one unknown parent, hidden among valid organizations in shuffled order.
     *
     * @return the invalid-tree generator
     */
    public static Generator<InvalidTree> invalidTrees() {
        return random -> {
            List<Organization> valid = new ArrayList<>(new TreeBuilder(random, 3, 4, 2).build(1 + random.nextInt(2)));
            InvalidTree invalid;
            switch (random.nextInt(4)) {
                case 0:
                    invalid = illegalNesting(random, valid);
                    break;
                case 1:
                    invalid = cycle(random, valid);
                    break;
                case 2:
                    invalid = duplicate(random, valid);
                    break;
                default:
                    invalid = unknownParent(random, valid);
                    break;
            }
            List<Organization> shuffled = new ArrayList<>(invalid.organizations());
            shuffle(shuffled, random);
            return new InvalidTree(shuffled, invalid.expectedError(), invalid.offendingIds());
        };
    }

    /**
     * Returns a generator of near-miss invalid trees whose only defect is an illegal nesting.
     *
     * @return the generator; each sample expects {@code ILLEGAL_LEVEL} naming the child and the parent
     */
    public static Generator<InvalidTree> illegalNestings() {
        return random -> {
            List<Organization> valid = new ArrayList<>(new TreeBuilder(random, 3, 4, 2).build(1));
            InvalidTree invalid = illegalNesting(random, valid);
            List<Organization> shuffled = new ArrayList<>(invalid.organizations());
            shuffle(shuffled, random);
            return new InvalidTree(shuffled, invalid.expectedError(), invalid.offendingIds());
        };
    }

    /**
     * Returns a generator of builders that must fail to build with an {@link InvalidOrganizationException}:
     * names in the wrong order or on the same day, territorial rights below the primary level, a kind
     * that does not apply to the level, or the Union with a parent. Each call yields a fresh builder.
     *
     * @return the generator of invalid builders
     */
    public static Generator<Organization.Builder> invalidOrganizationBuilders() {
        return random -> {
            LocalDate first = date(random, MIN_DATE, MAX_DATE.minusYears(1));
            String district = pick(random, DISTRICTS);
            Organization.Builder builder = Organization.builder().id(OrganizationId.of("invalid." + random.nextInt(1000)));
            switch (random.nextInt(4)) {
                case 0:
                    return builder.level(OrganizationLevel.TERRITORIAL).kind(OrganizationKind.DISTRICT)
                            .addNames(OrganizationName.of(district + " районная организация Профсоюза", first))
                            .addNames(OrganizationName.of(district + " территориальная организация Профсоюза",
                                    first.minusDays(random.nextInt(2))));
                case 1:
                    return builder.level(OrganizationLevel.TERRITORIAL).kind(OrganizationKind.CITY)
                            .territorialRights(true)
                            .addNames(OrganizationName.of(district + " городская организация Профсоюза", first));
                case 2:
                    return builder.level(OrganizationLevel.REGIONAL).kind(OrganizationKind.SCHOOL)
                            .addNames(OrganizationName.of("ППО МБОУ «СОШ № 1»", first));
                default:
                    return builder.id(OrganizationId.of("ru")).level(OrganizationLevel.NATIONAL)
                            .kind(OrganizationKind.NATIONAL_UNION).parent(OrganizationId.of("world"))
                            .addNames(OrganizationName.of("Общероссийский Профсоюз образования", first));
            }
        };
    }

    // ---------------------------------------------------------------------------------------------

    /** Builds one valid tree in parent-before-child order with ids unique within the tree. */
    private static final class TreeBuilder {
        private final RandomGenerator random;
        private final int maxTerritorial;
        private final int maxPrimary;
        private final int maxGroups;
        private final List<Organization> out = new ArrayList<>();
        private final Map<OrganizationId, LocalDate> founded = new java.util.HashMap<>();

        TreeBuilder(RandomGenerator random, int maxTerritorial, int maxPrimary, int maxGroups) {
            this.random = random;
            this.maxTerritorial = maxTerritorial;
            this.maxPrimary = maxPrimary;
            this.maxGroups = maxGroups;
        }

        List<Organization> build(int regions) {
            OrganizationId root = OrganizationId.of("ru");
            founded.put(root, MIN_DATE);
            out.add(Organization.builder().id(root).level(OrganizationLevel.NATIONAL)
                    .kind(OrganizationKind.NATIONAL_UNION)
                    .addNames(OrganizationName.of("Профсоюз работников народного образования и науки Российской Федерации",
                            "Общероссийский Профсоюз образования", MIN_DATE))
                    .build());
            List<Region> chosen = new ArrayList<>(REGIONS);
            shuffle(chosen, random);
            for (int r = 0; r < regions; r++) {
                Region region = chosen.get(r % chosen.size());
                String code = region.code + (r < chosen.size() ? "" : "x" + r);
                OrganizationId regionalId = OrganizationId.of("ru." + code);
                add(OrganizationLevel.REGIONAL, region.kind, regionalId, root, regionalNames(region), false,
                        region.region);
                int territorials = random.nextInt(maxTerritorial + 1);
                List<String> districts = new ArrayList<>(DISTRICTS_BY_REGION.getOrDefault(region.code, DISTRICTS));
                List<String> cities = CITIES_BY_REGION.getOrDefault(region.code, CITIES);
                boolean okrugs = region.kind == OrganizationKind.FEDERAL_CITY;
                shuffle(districts, random);
                for (int t = 0; t < territorials; t++) {
                    boolean city = !okrugs && random.nextInt(5) == 0;
                    String adjective = city ? pick(random, cities) : districts.get(t % districts.size());
                    OrganizationId territorialId = OrganizationId.of(regionalId + ".t" + t);
                    OrganizationKind kind = okrugs ? OrganizationKind.MUNICIPAL_OKRUG
                            : city ? OrganizationKind.CITY : OrganizationKind.DISTRICT;
                    List<String> names = okrugs ? okrugNames(adjective)
                            : city ? cityNames(adjective) : districtNames(adjective);
                    add(OrganizationLevel.TERRITORIAL, kind, territorialId, regionalId, names, false, region.region);
                    int primaries = random.nextInt(maxPrimary + 1);
                    for (int p = 0; p < primaries; p++) {
                        primary(territorialId, OrganizationId.of(territorialId + ".p" + p), adjective, false, region);
                    }
                }
                int direct = random.nextInt(maxPrimary / 2 + 1);
                for (int p = 0; p < direct; p++) {
                    primary(regionalId, OrganizationId.of(regionalId + ".v" + p), region.adjective, true, region);
                }
            }
            // Every tree gets at least one primary organization, so generated members always have a home.
            if (out.stream().noneMatch(o -> o.level() == OrganizationLevel.PRIMARY)) {
                Region first = chosen.get(0);
                OrganizationId regionalId = OrganizationId.of("ru." + first.code);
                primary(regionalId, OrganizationId.of(regionalId + ".v0"), first.adjective, true, first);
            }
            return out;
        }

        private void primary(OrganizationId parent, OrganizationId id, String place, boolean underRegional,
                Region region) {
            OrganizationKind kind;
            List<String> names;
            int number = 1 + random.nextInt(150);
            if (underRegional) {
                kind = random.nextBoolean() ? OrganizationKind.HIGHER_EDUCATION : OrganizationKind.VOCATIONAL;
            } else {
                kind = pick(random, List.of(OrganizationKind.SCHOOL, OrganizationKind.SCHOOL, OrganizationKind.SCHOOL,
                        OrganizationKind.PRESCHOOL, OrganizationKind.PRESCHOOL, OrganizationKind.SUPPLEMENTARY,
                        OrganizationKind.EDUCATION_AUTHORITY, OrganizationKind.VOCATIONAL));
            }
            switch (kind) {
                case SCHOOL:
                    names = schoolNames(number, place);
                    break;
                case PRESCHOOL:
                    names = List.of("ППО МБДОУ «Детский сад № " + number + "»",
                            "ППО МАДОУ «Детский сад № " + number + "»");
                    break;
                case SUPPLEMENTARY:
                    names = List.of("ППО МБУ ДО «Дом детского творчества № " + number + "»");
                    break;
                case EDUCATION_AUTHORITY:
                    names = List.of("ППО Управления образования администрации МО «" + stem(place) + "ий район»");
                    break;
                case HIGHER_EDUCATION:
                    String university = region.institution + " " + pick(random, UNIVERSITIES);
                    names = List.of("ППО работников и обучающихся ФГБОУ ВО «" + university + "»",
                            "ППО работников и обучающихся ФГАОУ ВО «" + university + "»");
                    break;
                default:
                    String college = region.institution + " " + pick(random, COLLEGES);
                    names = List.of("ППО ГБПОУ «" + college + "»", "ППО ГАПОУ «" + college + "»");
                    break;
            }
            boolean rights = underRegional && kind == OrganizationKind.HIGHER_EDUCATION && random.nextInt(3) == 0;
            add(OrganizationLevel.PRIMARY, kind, id, parent, names, rights, region.region);
            int groups = kind == OrganizationKind.PRESCHOOL ? 0 : random.nextInt(maxGroups + 1);
            for (int g = 0; g < groups; g++) {
                boolean students = kind.admitsStudents() && random.nextBoolean();
                add(OrganizationLevel.GROUP, students ? OrganizationKind.STUDENT_GROUP : OrganizationKind.STAFF_GROUP,
                        OrganizationId.of(id + ".g" + g), id,
                        List.of(students ? "Профгруппа студентов группы " + (char) ('А' + random.nextInt(20)) + "-"
                                + (10 + random.nextInt(15)) : "Профгруппа " + pick(random, DEPARTMENTS)),
                        false, region.region);
            }
        }

        private void add(OrganizationLevel level, OrganizationKind kind, OrganizationId id, OrganizationId parent,
                List<String> nameHistory, boolean territorialRights, String region) {
            Organization.Builder builder = Organization.builder().id(id).level(level).kind(kind).parent(parent)
                    .territorialRights(territorialRights).region(region);
            int count = nameHistory.size() > 1 && random.nextInt(6) == 0 ? 2 + random.nextInt(nameHistory.size() - 1) : 1;
            List<OrganizationName> names = datedNames(random, nameHistory.subList(0, count), founded.get(parent));
            builder.addAllNames(names);
            founded.put(id, names.get(0).validFrom());
            out.add(builder.build());
        }
    }

    private static Organization renamed(RandomGenerator random, Organization.Builder builder, List<String> history,
            String id) {
        int count = 2 + random.nextInt(history.size() - 1);
        return builder.id(OrganizationId.of(id)).addAllNames(datedNames(random, history.subList(0, count), MIN_DATE)).build();
    }

    /**
     * Dates the names in order: the first within five years after the parent was founded (so children
     * are never older than their parents), each later one strictly after the one before.
     */
    private static List<OrganizationName> datedNames(RandomGenerator random, List<String> history,
            LocalDate parentFounded) {
        List<OrganizationName> names = new ArrayList<>(history.size());
        int n = history.size();
        LocalDate from = date(random, parentFounded, parentFounded.plusYears(5));
        for (int i = 0; i < n; i++) {
            String full = history.get(i);
            String shortName = shortName(full);
            names.add(i == 0 && !shortName.equals(full) && random.nextInt(3) == 0
                    ? OrganizationName.of(full, shortName, from) : OrganizationName.of(full, from));
            LocalDate limit = MAX_DATE.minusDays((long) (n - i - 1) * 30);
            from = date(random, from.plusDays(1), from.plusDays(1).isAfter(limit) ? from.plusDays(1) : limit);
        }
        return names;
    }

    private static String shortName(String full) {
        return full.replace(" Профсоюза работников народного образования и науки РФ", " Профсоюза")
                .replace(" районная организация Профсоюза", " ТОП")
                .replace(" городская организация Профсоюза", " городская ТОП")
                .replace("Первичная профсоюзная организация", "ППО");
    }

    private static List<String> regionalNames(Region region) {
        String level = levelWord(region.kind);
        return List.of(
                region.adjective + " " + level + "организация Профсоюза работников народного образования и науки РФ",
                region.adjective + " " + level + "организация Общероссийского Профсоюза образования",
                region.adjective + " " + level + "территориальная организация Общероссийского Профсоюза образования");
    }

    private static String levelWord(OrganizationKind kind) {
        switch (kind) {
            case OBLAST:
            case AUTONOMOUS_OBLAST:
                return "областная ";
            case KRAI:
                return "краевая ";
            case REPUBLIC:
                return "республиканская ";
            case FEDERAL_CITY:
                return "городская ";
            case AUTONOMOUS_OKRUG:
                return "окружная ";
            default:
                return "";
        }
    }

    private static List<String> districtNames(String adjective) {
        return List.of(adjective + " районная организация Профсоюза",
                adjective + " территориальная организация Профсоюза",
                adjective + " местная организация Общероссийского Профсоюза образования");
    }

    private static List<String> okrugNames(String adjective) {
        return List.of(adjective + " окружная организация Профсоюза",
                adjective + " окружная территориальная организация Профсоюза");
    }

    private static List<String> cityNames(String adjective) {
        return List.of(adjective + " городская организация Профсоюза",
                adjective + " городская территориальная организация Профсоюза");
    }

    private static List<String> schoolNames(int number, String place) {
        String suffix = " " + stem(place) + "ого района";
        return List.of("Первичная профсоюзная организация МБОУ «СОШ № " + number + "»" + suffix,
                "Первичная профсоюзная организация МАОУ «СОШ № " + number + "»" + suffix,
                "Первичная профсоюзная организация МАОУ «Лицей № " + number + "»" + suffix);
    }

    /** "Ахтубинская" → "Ахтубинск": the stem that takes -ий/-ого endings. */
    private static String stem(String adjective) {
        String word = adjective.split(" ")[0];
        return word.endsWith("ая") ? word.substring(0, word.length() - 2) : word;
    }

    private static InvalidTree illegalNesting(RandomGenerator random, List<Organization> valid) {
        Organization parent = null;
        OrganizationLevel childLevel = null;
        for (int attempt = 0; attempt < 100 && parent == null; attempt++) {
            Organization p = valid.get(random.nextInt(valid.size()));
            List<OrganizationLevel> illegal = new ArrayList<>();
            for (OrganizationLevel level : OrganizationLevel.values()) {
                if (level != OrganizationLevel.NATIONAL && !level.isAllowedUnder(p.level())) {
                    illegal.add(level);
                }
            }
            if (!illegal.isEmpty()) {
                parent = p;
                childLevel = pick(random, illegal);
            }
        }
        Objects.requireNonNull(parent, "parent");
        OrganizationKind kind = null;
        for (OrganizationKind candidate : OrganizationKind.values()) {
            if (candidate != OrganizationKind.OTHER && candidate.appliesTo(childLevel)) {
                kind = candidate;
                break;
            }
        }
        Organization child = Organization.builder().id(OrganizationId.of(parent.id() + ".misplaced"))
                .level(childLevel).kind(kind).parent(parent.id())
                .addNames(OrganizationName.of("Ошибочно вложенная организация", MIN_DATE))
                .build();
        List<Organization> result = new ArrayList<>(valid);
        result.add(child);
        return new InvalidTree(result, OrganizationTreeException.ErrorType.ILLEGAL_LEVEL, List.of(child.id(), parent.id()));
    }

    private static InvalidTree cycle(RandomGenerator random, List<Organization> valid) {
        // An organization cannot name itself as parent (the builder refuses), so cycles have 2+ members.
        int length = 2 + random.nextInt(4);
        List<Organization> result = new ArrayList<>(valid);
        List<OrganizationId> ids = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            ids.add(OrganizationId.of("cycle." + i));
        }
        for (int i = 0; i < length; i++) {
            result.add(Organization.builder().id(ids.get(i)).level(OrganizationLevel.PRIMARY)
                    .kind(OrganizationKind.SCHOOL).parent(ids.get((i + 1) % length))
                    .addNames(OrganizationName.of("ППО МБОУ «СОШ № " + (i + 1) + "»", MIN_DATE)).build());
        }
        return new InvalidTree(result, OrganizationTreeException.ErrorType.CYCLE, ids);
    }

    private static InvalidTree duplicate(RandomGenerator random, List<Organization> valid) {
        Organization original = valid.get(random.nextInt(valid.size()));
        Organization copy = original.toBuilder()
                .addNames(OrganizationName.of("Дубликат", MAX_DATE.plusDays(1)))
                .build();
        List<Organization> result = new ArrayList<>(valid);
        result.add(copy);
        return new InvalidTree(result, OrganizationTreeException.ErrorType.DUPLICATE_ID, List.of(original.id()));
    }

    private static InvalidTree unknownParent(RandomGenerator random, List<Organization> valid) {
        OrganizationId missing = OrganizationId.of("missing." + random.nextInt(1000));
        Organization orphan = Organization.builder().id(OrganizationId.of("orphan." + random.nextInt(1000)))
                .level(OrganizationLevel.PRIMARY).kind(OrganizationKind.SCHOOL).parent(missing)
                .addNames(OrganizationName.of("ППО МБОУ «ООШ № 3»", MIN_DATE)).build();
        List<Organization> result = new ArrayList<>(valid);
        result.add(orphan);
        return new InvalidTree(result, OrganizationTreeException.ErrorType.UNKNOWN_PARENT, List.of(orphan.id(), missing));
    }

    private static String identifierText(RandomGenerator random) {
        int length;
        switch (random.nextInt(6)) {
            case 0:
                length = 1;
                break;
            case 1:
                length = 64;
                break;
            default:
                length = 1 + random.nextInt(24);
        }
        StringBuilder text = new StringBuilder(length);
        text.append(ID_FIRST.charAt(random.nextInt(ID_FIRST.length())));
        for (int i = 1; i < length; i++) {
            text.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
        }
        return text.toString();
    }

    private static int size(RandomGenerator random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(10);
            case 1:
                return random.nextInt(10_000);
            case 2:
                return Integer.MAX_VALUE - random.nextInt(10);
            default:
                return random.nextInt(Integer.MAX_VALUE);
        }
    }

    static LocalDate date(RandomGenerator random, LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        return last <= first ? from : LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
