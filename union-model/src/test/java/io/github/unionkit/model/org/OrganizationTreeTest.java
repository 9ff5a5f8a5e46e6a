package io.github.unionkit.model.org;

import io.github.unionkit.model.member.MembershipCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.OrganizationTreeException.ErrorType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationTreeTest {

    private static final LocalDate FOUNDED = LocalDate.of(1990, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2020, 12, 18);

    private static Organization org(String id, OrganizationLevel level, OrganizationKind kind, String parent,
            String name) {
        Organization.Builder builder = Organization.builder().id(OrganizationId.of(id)).level(level).kind(kind)
                .addNames(OrganizationName.of(name, FOUNDED));
        if (parent != null) {
            builder.parent(OrganizationId.of(parent));
        }
        return builder.build();
    }

    private static OrganizationId id(String id) {
        return OrganizationId.of(id);
    }

    /** ru → astrakhan → {ahtuba → {school1 → {group1}, school2}, university (primary under regional)}. */
    private static List<Organization> sample() {
        return List.of(
                org("ru", OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null,
                        "Общероссийский Профсоюз образования"),
                org("astr", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, "ru",
                        "Астраханская областная организация Профсоюза"),
                org("ahtuba", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "astr",
                        "Ахтубинская районная организация Профсоюза"),
                org("school1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "ahtuba", "ППО МБОУ СОШ № 1"),
                org("group1", OrganizationLevel.GROUP, OrganizationKind.STAFF_GROUP, "school1", "Профгруппа учителей"),
                org("school2", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "ahtuba", "ППО МБОУ СОШ № 2"),
                org("asu", OrganizationLevel.PRIMARY, OrganizationKind.HIGHER_EDUCATION, "astr",
                        "ППО работников и обучающихся АГУ"));
    }

    @Test
    void navigatesParentsChildrenAncestorsAndDescendants() {
        OrganizationTree tree = OrganizationTree.of(sample());
        assertThat(tree.size()).isEqualTo(7);
        assertThat(tree.root().id()).isEqualTo(id("ru"));
        assertThat(tree.parentOf(id("school1")).map(Organization::id)).contains(id("ahtuba"));
        assertThat(tree.parentOf(id("ru"))).isEmpty();
        assertThat(ids(tree.children(id("astr")))).containsExactly("ahtuba", "asu");
        assertThat(ids(tree.children(id("group1")))).isEmpty();
        assertThat(ids(tree.ancestors(id("group1")))).containsExactly("school1", "ahtuba", "astr", "ru");
        assertThat(ids(tree.descendants(id("astr")))).containsExactly("ahtuba", "school1", "group1", "school2", "asu");
        assertThat(tree.isAncestor(id("astr"), id("group1"))).isTrue();
        assertThat(tree.isAncestor(id("group1"), id("astr"))).isFalse();
        assertThat(tree.isAncestor(id("astr"), id("astr"))).isFalse();
        assertThat(tree.depth(id("ru"))).isZero();
        assertThat(tree.depth(id("group1"))).isEqualTo(4);
        assertThat(tree.depth(id("asu"))).isEqualTo(2);
    }

    @Test
    void depthFirstIsPreOrderInInputOrderWhateverTheInputOrder() {
        List<Organization> shuffled = new ArrayList<>(sample());
        Collections.reverse(shuffled);
        OrganizationTree tree = OrganizationTree.of(shuffled);
        assertThat(ids(tree.depthFirst())).containsExactly("ru", "astr", "asu", "ahtuba", "school2", "school1", "group1");
        assertThat(tree).isEqualTo(OrganizationTree.of(sample())).hasSameHashCodeAs(OrganizationTree.of(sample()));
        assertThat(ids(tree.atLevel(OrganizationLevel.PRIMARY))).containsExactly("asu", "school2", "school1");
    }

    @Test
    void lookupsOfUnknownIdsFail() {
        OrganizationTree tree = OrganizationTree.of(sample());
        assertThat(tree.find(id("nope"))).isEmpty();
        assertThat(tree.contains(id("asu"))).isTrue();
        assertThatThrownBy(() -> tree.get(id("nope"))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tree.children(id("nope"))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void rootRequiresExactlyOneRoot() {
        assertThatThrownBy(() -> OrganizationTree.of(List.of()).root()).isInstanceOf(IllegalStateException.class);
        OrganizationTree forest = OrganizationTree.of(List.of(
                org("a", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, null, "A"),
                org("b", OrganizationLevel.REGIONAL, OrganizationKind.KRAI, null, "B")));
        assertThat(ids(forest.roots())).containsExactly("a", "b");
        assertThatThrownBy(forest::root).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsDuplicateIds() {
        List<Organization> organizations = new ArrayList<>(sample());
        organizations.add(org("school2", OrganizationLevel.PRIMARY, OrganizationKind.PRESCHOOL, "ahtuba", "Детсад"));
        assertTreeFails(organizations, ErrorType.DUPLICATE_ID, "school2");
    }

    @Test
    void rejectsUnknownParentNamingChildAndParent() {
        List<Organization> organizations = new ArrayList<>(sample());
        organizations.add(org("lost", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "missing", "Школа"));
        assertTreeFails(organizations, ErrorType.UNKNOWN_PARENT, "lost", "missing");
    }

    @Test
    void rejectsIllegalNestingNamingChildAndParent() {
        List<Organization> organizations = new ArrayList<>(sample());
        organizations.add(org("terr", OrganizationLevel.TERRITORIAL, OrganizationKind.CITY, "ru", "Городская"));
        assertTreeFails(organizations, ErrorType.ILLEGAL_LEVEL, "terr", "ru");
        List<Organization> groupUnderTerritorial = new ArrayList<>(sample());
        groupUnderTerritorial.add(org("g", OrganizationLevel.GROUP, OrganizationKind.STAFF_GROUP, "ahtuba", "Г"));
        assertTreeFails(groupUnderTerritorial, ErrorType.ILLEGAL_LEVEL, "g", "ahtuba");
    }

    @Test
    void rejectsCycleNamingItsMembers() {
        List<Organization> organizations = new ArrayList<>(sample());
        organizations.add(org("c1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "c2", "C1"));
        organizations.add(org("c2", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "c3", "C2"));
        organizations.add(org("c3", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "c1", "C3"));
        organizations.add(org("hanger", OrganizationLevel.GROUP, OrganizationKind.STAFF_GROUP, "c1", "H"));
        assertThatThrownBy(() -> OrganizationTree.of(organizations))
                .isInstanceOfSatisfying(OrganizationTreeException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.CYCLE);
                    assertThat(e.ids()).extracting(OrganizationId::value).containsExactlyInAnyOrder("c1", "c2", "c3");
                });
    }

    @Test
    void longCycleIsDetectedWithoutRecursion() {
        int n = 300_000;
        List<Organization> chain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chain.add(org("p" + i, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "p" + ((i + 1) % n), "P"));
        }
        assertThatThrownBy(() -> OrganizationTree.of(chain))
                .isInstanceOfSatisfying(OrganizationTreeException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.CYCLE);
                    assertThat(e.ids()).hasSize(n);
                    assertThat(e.getMessage()).hasSizeLessThan(2_000);
                });
    }

    @Test
    void longChainWithARootIsCheckedWithoutRecursion() {
        int n = 300_000;
        List<Organization> chain = new ArrayList<>(n);
        chain.add(org("p0", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, null, "P"));
        for (int i = 1; i < n; i++) {
            chain.add(org("p" + i, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "p" + (i - 1), "P"));
        }
        assertTreeFails(chain, ErrorType.ILLEGAL_LEVEL, "p1", "p0");
    }

    @Test
    void buildsAUnionSizedTreeQuickly() {
        List<Organization> organizations = new ArrayList<>(90_000);
        organizations.add(org("ru", OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null, "Профсоюз"));
        for (int r = 0; r < 85; r++) {
            organizations.add(org("r" + r, OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, "ru", "Регион " + r));
            for (int t = 0; t < 20; t++) {
                String territorial = "r" + r + "t" + t;
                organizations.add(org(territorial, OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT,
                        "r" + r, "Район " + territorial));
                for (int p = 0; p < 49; p++) {
                    organizations.add(org(territorial + "p" + p, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL,
                            territorial, "Школа " + p));
                }
            }
        }
        long start = System.nanoTime();
        OrganizationTree tree = OrganizationTree.of(organizations);
        Map<OrganizationId, MembershipCount> sums = MembershipCount.subtreeCounts(tree, 
                Map.of(id("r3t4p5"), MembershipCount.of(DAY, 10, 1, 0)), DAY);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(tree.size()).isGreaterThan(85_000);
        assertThat(sums.get(id("ru")).total()).isEqualTo(11);
        assertThat(millis).isLessThan(3_000);
    }

    @Test
    void findByNameFindsCurrentNamesFirstThenOldNames() {
        List<Organization> organizations = new ArrayList<>(sample());
        Organization renamed = Organization.builder().id(id("harab")).level(OrganizationLevel.TERRITORIAL)
                .kind(OrganizationKind.DISTRICT).parent(id("astr"))
                .addNames(OrganizationName.of("Харабалинская районная организация Профсоюза", "Харабалинская ТОП", FOUNDED))
                .addNames(OrganizationName.of("Харабалинская территориальная организация Профсоюза",
                        LocalDate.of(2021, 1, 1)))
                .build();
        Organization namesake = org("other", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "astr",
                "Харабалинская районная организация Профсоюза");
        organizations.add(renamed);
        organizations.add(namesake);
        OrganizationTree tree = OrganizationTree.of(organizations);

        assertThat(ids(tree.findByName("харабалинская ТОП", DAY))).containsExactly("harab");
        assertThat(ids(tree.findByName("Харабалинская районная организация Профсоюза", DAY)))
                .containsExactly("harab", "other");
        assertThat(ids(tree.findByName("Харабалинская районная организация Профсоюза", LocalDate.of(2022, 1, 1))))
                .containsExactly("other", "harab");
        assertThat(ids(tree.findByName("Харабалинская территориальная организация Профсоюза", DAY)))
                .containsExactly("harab");
        assertThat(tree.findByName("Несуществующая организация", DAY)).isEmpty();
    }

    @Test
    void lookUpNameFindsCaseFormsThatFindByNameDoesNot() {
        List<Organization> organizations = new ArrayList<>(sample());
        organizations.add(org("harab", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "astr",
                "Харабалинская районная организация Профсоюза"));
        OrganizationTree tree = OrganizationTree.of(organizations);

        assertThat(tree.findByName("Харабалинской районной организации Профсоюза", DAY)).isEmpty();
        OrganizationNameLookup lookup = tree.lookUpName("Харабалинской районной организации Профсоюза", DAY);
        assertThat(lookup.match().orElseThrow().organization().id()).isEqualTo(id("harab"));
        assertThat(lookup.match().orElseThrow().kind()).isEqualTo(NameMatchKind.WORD_FORMS);
        assertThat(tree.lookUpName("Несуществующей организации", DAY).candidates()).isEmpty();
        assertThat(tree.names()).isSameAs(tree.names());
        assertThat(tree.names().lookUpUndated("Харабалинской районной организации Профсоюза"))
                .isEqualTo(OrganizationNames.of(tree).lookUpUndated("Харабалинской районной организации Профсоюза"));
    }

    @Test
    void subtreeCountsSumOwnAndDescendantCounts() {
        OrganizationTree tree = OrganizationTree.of(sample());
        Map<OrganizationId, MembershipCount> counts = Map.of(
                id("school1"), MembershipCount.of(DAY, 40, 3, 0),
                id("group1"), MembershipCount.of(DAY, 5, 0, 0),
                id("school2"), MembershipCount.of(DAY, 20, 1, 0),
                id("asu"), MembershipCount.of(DAY, 300, 10, 900));
        Map<OrganizationId, MembershipCount> sums = MembershipCount.subtreeCounts(tree, counts);
        assertThat(sums).hasSize(7);
        assertThat(sums.get(id("school1"))).isEqualTo(MembershipCount.of(DAY, 45, 3, 0));
        assertThat(sums.get(id("ahtuba"))).isEqualTo(MembershipCount.of(DAY, 65, 4, 0));
        assertThat(sums.get(id("astr"))).isEqualTo(MembershipCount.of(DAY, 365, 14, 900));
        assertThat(sums.get(id("ru"))).isEqualTo(sums.get(id("astr")));
        assertThat(sums.keySet()).extracting(OrganizationId::value)
                .containsExactly("ru", "astr", "ahtuba", "school1", "group1", "school2", "asu");
        assertThat(MembershipCount.subtreeCounts(tree, Map.of())).isEmpty();
        assertThat(MembershipCount.subtreeCounts(tree, Map.of(), DAY).get(id("ru"))).isEqualTo(MembershipCount.zero(DAY));
    }

    @Test
    void subtreeCountsRejectMixedDatesAndUnknownOrganizations() {
        OrganizationTree tree = OrganizationTree.of(sample());
        assertThatThrownBy(() -> MembershipCount.subtreeCounts(tree, Map.of(
                id("school1"), MembershipCount.of(DAY, 1, 0, 0),
                id("school2"), MembershipCount.of(DAY.plusDays(1), 1, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipCount.subtreeCounts(tree, Map.of(id("nope"), MembershipCount.zero(DAY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void toStringNamesSizeAndRoots() {
        assertThat(OrganizationTree.of(sample())).hasToString("OrganizationTree[size=7, roots=[ru]]");
        assertThat(OrganizationTree.of(sample()).findByName("ППО МБОУ СОШ № 1", DAY).get(0).parent())
                .isEqualTo(Optional.of(id("ahtuba")));
    }

    @Test
    void findByNameIgnoresOrganizationsWhoseNameOnlySharesTheHash() {
        // "az" and "b[" have the same String hash; the name index must confirm the name itself.
        assertThat("az".hashCode()).isEqualTo("b[".hashCode());
        OrganizationTree tree = OrganizationTree.of(List.of(
                org("a", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, null, "az"),
                org("b", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, null, "b[")));
        assertThat(ids(tree.findByName("AZ", DAY))).containsExactly("a");
        assertThat(ids(tree.findByName("b[", DAY))).containsExactly("b");
        assertThat(tree.findByName("c<", DAY)).isEmpty();
    }

    @Test
    void idsWithTheSameHashAreKeptApart() {
        List<String> sameHash = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        assertThat(sameHash).extracting(String::hashCode).containsOnly("AaAa".hashCode());
        List<Organization> organizations = new ArrayList<>();
        organizations.add(org("AaAa", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, null, "A"));
        for (String child : sameHash.subList(1, 4)) {
            organizations.add(org(child, OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "AaAa", child));
        }
        OrganizationTree tree = OrganizationTree.of(organizations);
        assertThat(tree.get(id("AaAa")).level()).isEqualTo(OrganizationLevel.REGIONAL);
        for (String child : sameHash.subList(1, 4)) {
            assertThat(tree.get(id(child)).currentName().fullName()).isEqualTo(child);
            assertThat(tree.parentOf(id(child)).map(Organization::id)).contains(id("AaAa"));
        }
        assertThat(tree.contains(id("BBBB"))).isTrue();
        assertThat(tree.contains(id("AaAaAa"))).isFalse();
        organizations.add(org("BBBB", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "AaAa", "again"));
        assertTreeFails(organizations, ErrorType.DUPLICATE_ID, "BBBB");
    }

    @Test
    void navigationStaysWithinEachTreeOfAForest() {
        OrganizationTree forest = OrganizationTree.of(List.of(
                org("a", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, null, "A"),
                org("b", OrganizationLevel.REGIONAL, OrganizationKind.KRAI, null, "B"),
                org("b1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "b", "B1"),
                org("a1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "a", "A1"),
                org("a2", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "a", "A2")));
        assertThat(ids(forest.depthFirst())).containsExactly("a", "a1", "a2", "b", "b1");
        assertThat(ids(forest.descendants(id("a")))).containsExactly("a1", "a2");
        assertThat(ids(forest.children(id("a")))).containsExactly("a1", "a2");
        assertThat(ids(forest.descendants(id("b")))).containsExactly("b1");
        assertThat(forest.isAncestor(id("a"), id("b1"))).isFalse();
        assertThat(forest.isAncestor(id("b"), id("b1"))).isTrue();
        assertThat(forest.depth(id("b1"))).isEqualTo(1);
        assertThatThrownBy(() -> forest.isAncestor(id("nope"), id("b1"))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> forest.descendants(id("a")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> forest.depthFirst().set(0, forest.get(id("b"))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityAndHashFollowTheMapFromIdToOrganization() {
        List<Organization> organizations = sample();
        Map<OrganizationId, Organization> byId = new java.util.HashMap<>();
        organizations.forEach(o -> byId.put(o.id(), o));
        OrganizationTree tree = OrganizationTree.of(organizations);
        assertThat(tree.hashCode()).isEqualTo(byId.hashCode());
        List<Organization> renamed = new ArrayList<>(organizations);
        renamed.set(6, org("asu", OrganizationLevel.PRIMARY, OrganizationKind.HIGHER_EDUCATION, "astr", "ППО АГУ"));
        assertThat(tree).isNotEqualTo(OrganizationTree.of(renamed));
        assertThat(tree).isNotEqualTo(OrganizationTree.of(organizations.subList(0, 6)));
    }

    @Test
    void rejectsNullElements() {
        List<Organization> organizations = new ArrayList<>(sample());
        organizations.add(null);
        assertThatThrownBy(() -> OrganizationTree.of(organizations)).isInstanceOf(NullPointerException.class);
    }

    private static List<String> ids(List<Organization> organizations) {
        List<String> ids = new ArrayList<>();
        for (Organization organization : organizations) {
            ids.add(organization.id().value());
        }
        return ids;
    }

    private static void assertTreeFails(List<Organization> organizations, ErrorType type, String... ids) {
        assertThatThrownBy(() -> OrganizationTree.of(organizations))
                .isInstanceOfSatisfying(OrganizationTreeException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.ids()).extracting(OrganizationId::value).containsExactly(ids);
                });
    }
}
