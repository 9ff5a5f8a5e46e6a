package io.github.unionkit.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.OrganizationGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Structural laws of generated trees: navigation is consistent, aggregation adds up. */
class OrganizationTreePropertiesTest {

    private static final long SEED = 23_2021_04_27L;
    private static final int TREES = 60;
    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    @Test
    void everyGeneratedTreeFollowsTheCharterNesting() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < TREES; i++) {
            OrganizationTree tree = OrganizationGenerators.trees().generate(random);
            assertThat(tree.root().level()).isEqualTo(OrganizationLevel.NATIONAL);
            for (Organization organization : tree.depthFirst()) {
                assertThat(organization.kind().appliesTo(organization.level())).isTrue();
                tree.parentOf(organization.id()).ifPresent(
                        parent -> assertThat(organization.level().isAllowedUnder(parent.level())).isTrue());
            }
        }
    }

    @Test
    void ancestorsAndDescendantsAreConsistent() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < TREES; i++) {
            OrganizationTree tree = OrganizationGenerators.trees().generate(random);
            assertThat(tree.depthFirst()).hasSize(tree.size());
            assertThat(new HashSet<>(tree.depthFirst())).hasSize(tree.size());
            assertThat(tree.descendants(tree.root().id())).hasSize(tree.size() - 1);
            for (Organization organization : tree.depthFirst()) {
                OrganizationId id = organization.id();
                List<Organization> ancestors = tree.ancestors(id);
                assertThat(ancestors).hasSize(tree.depth(id));
                for (Organization ancestor : ancestors) {
                    assertThat(tree.descendants(ancestor.id())).contains(organization);
                    assertThat(tree.isAncestor(ancestor.id(), id)).isTrue();
                }
                for (Organization child : tree.children(id)) {
                    assertThat(tree.parentOf(child.id())).contains(organization);
                    assertThat(tree.depth(child.id())).isEqualTo(tree.depth(id) + 1);
                }
                int descendantCount = tree.descendants(id).size();
                int viaChildren = 0;
                for (Organization child : tree.children(id)) {
                    viaChildren += 1 + tree.descendants(child.id()).size();
                }
                assertThat(descendantCount).isEqualTo(viaChildren);
            }
        }
    }

    @Test
    void depthFirstListsEveryOrganizationAfterItsParent() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < TREES; i++) {
            OrganizationTree tree = OrganizationGenerators.trees().generate(random);
            Set<OrganizationId> seen = new HashSet<>();
            for (Organization organization : tree.depthFirst()) {
                organization.parent().ifPresent(parent -> assertThat(seen).contains(parent));
                seen.add(organization.id());
            }
        }
    }

    @Test
    void theOrderOfTheInputDoesNotChangeTheTree() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int i = 0; i < TREES; i++) {
            List<Organization> organizations = OrganizationGenerators.organizationLists(3, 4, 5, 3).generate(random);
            List<Organization> reversed = new ArrayList<>(organizations);
            java.util.Collections.reverse(reversed);
            assertThat(OrganizationTree.of(reversed)).isEqualTo(OrganizationTree.of(organizations));
        }
    }

    @Test
    void subtreeCountIsOwnCountPlusTheChildrensSubtreeCounts() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        for (int i = 0; i < TREES; i++) {
            OrganizationTree tree = OrganizationGenerators.trees().generate(random);
            Map<OrganizationId, MembershipCount> own = OrganizationGenerators.countsFor(tree, DAY).generate(random);
            Map<OrganizationId, MembershipCount> sums = MembershipCount.subtreeCounts(tree, own, DAY);
            assertThat(sums).hasSize(tree.size());
            long grandTotal = 0;
            for (MembershipCount count : own.values()) {
                grandTotal += count.total();
            }
            assertThat((long) sums.get(tree.root().id()).total()).isEqualTo(grandTotal);
            for (Organization organization : tree.depthFirst()) {
                MembershipCount expected = own.getOrDefault(organization.id(), MembershipCount.zero(DAY));
                for (Organization child : tree.children(organization.id())) {
                    expected = expected.plus(sums.get(child.id()));
                }
                assertThat(sums.get(organization.id())).isEqualTo(expected);
            }
        }
    }

    @Test
    void findByNameFindsEveryNameAnOrganizationEverBore() {
        SplittableRandom random = new SplittableRandom(SEED + 5);
        int renamed = 0;
        for (int i = 0; i < TREES; i++) {
            OrganizationTree tree = OrganizationGenerators.trees().generate(random);
            for (Organization organization : tree.depthFirst()) {
                renamed += organization.names().size() > 1 ? 1 : 0;
                organization.names().forEach(name -> {
                    LocalDate later = organization.currentName().validFrom().plusYears(1);
                    assertThat(tree.findByName(name.fullName(), later)).contains(organization);
                    assertThat(tree.findByName(name.fullName().toUpperCase(java.util.Locale.ROOT), name.validFrom()))
                            .contains(organization);
                    assertThat(tree.findByName(name.fullName(), name.validFrom())
                            .get(0).nameAsOf(name.validFrom()).get().matches(name.fullName())).isTrue();
                    name.shortName().ifPresent(s -> assertThat(tree.findByName(s, later)).contains(organization));
                });
            }
        }
        assertThat(renamed).as("generated trees contain renamed organizations").isPositive();
    }

    @Test
    void renamedOrganizationsAnswerByEveryNameAndDate() {
        SplittableRandom random = new SplittableRandom(SEED + 6);
        for (int i = 0; i < 300; i++) {
            Organization organization = OrganizationGenerators.renamedOrganizations().generate(random);
            assertThat(organization.names()).hasSizeGreaterThan(1);
            for (int n = 0; n < organization.names().size(); n++) {
                LocalDate from = organization.names().get(n).validFrom();
                assertThat(organization.nameAsOf(from)).contains(organization.names().get(n));
                assertThat(organization.nameAsOf(from.minusDays(1)))
                        .isEqualTo(n == 0 ? java.util.Optional.empty()
                                : java.util.Optional.of(organization.names().get(n - 1)));
                assertThat(organization.isKnownAs(organization.names().get(n).fullName().replace('е', 'ё'))).isTrue();
            }
        }
    }
}
