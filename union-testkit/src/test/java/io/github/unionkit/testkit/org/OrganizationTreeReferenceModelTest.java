package io.github.unionkit.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.OrganizationGenerators;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compact tree answers every query as a straightforward map-based model of the same organizations
 * does, on shuffled generated inputs (so input order, not generation order, decides sibling order).
 */
class OrganizationTreeReferenceModelTest {

    private static final long SEED = 2021_01_01_85_000L;
    private static final int TREES = 40;

    @Test
    void navigationMatchesAMapBasedModel() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < TREES; i++) {
            List<Organization> input = OrganizationGenerators.organizationLists(3, 4, 5, 3).generate(random);
            Model model = new Model(input);
            OrganizationTree tree = OrganizationTree.of(input);
            assertThat(tree.depthFirst()).containsExactlyElementsOf(model.depthFirst);
            assertThat(tree.roots()).containsExactlyElementsOf(model.children.get(null));
            for (Organization organization : input) {
                OrganizationId id = organization.id();
                assertThat(tree.get(id)).isSameAs(organization);
                assertThat(tree.children(id)).containsExactlyElementsOf(model.children(id));
                assertThat(tree.descendants(id)).containsExactlyElementsOf(model.descendants(id));
                assertThat(tree.ancestors(id)).containsExactlyElementsOf(model.ancestors(id));
                assertThat(tree.depth(id)).isEqualTo(model.ancestors(id).size());
                assertThat(tree.parentOf(id)).isEqualTo(organization.parent().map(model.byId::get));
                Organization other = input.get(random.nextInt(input.size()));
                assertThat(tree.isAncestor(other.id(), id)).isEqualTo(model.ancestors(id).contains(other));
            }
        }
    }

    @Test
    void findByNameMatchesAScanOfAllNames() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int ambiguous = 0;
        for (int i = 0; i < TREES; i++) {
            List<Organization> input = OrganizationGenerators.organizationLists(3, 4, 5, 3).generate(random);
            Model model = new Model(input);
            OrganizationTree tree = OrganizationTree.of(input);
            for (Organization organization : input) {
                for (OrganizationName name : organization.names()) {
                    LocalDate date = OrganizationGenerators.MIN_DATE.plusDays(random.nextInt(13_000));
                    String asWritten = random.nextBoolean() ? name.fullName()
                            : " " + name.fullName().toUpperCase(Locale.ROOT).replace('Е', 'Ё') + "  ";
                    List<Organization> expected = model.findByName(asWritten, date);
                    assertThat(tree.findByName(asWritten, date)).containsExactlyElementsOf(expected);
                    ambiguous += expected.size() > 1 ? 1 : 0;
                }
            }
            assertThat(tree.findByName("нет такой организации", LocalDate.of(2021, 1, 1))).isEmpty();
        }
        assertThat(ambiguous).as("some names are shared by several organizations").isPositive();
    }

    @Test
    void equalityHashAndSubtreeCountsMatchTheModel() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < TREES; i++) {
            List<Organization> input = OrganizationGenerators.organizationLists(3, 4, 5, 3).generate(random);
            Model model = new Model(input);
            OrganizationTree tree = OrganizationTree.of(input);
            List<Organization> reversed = new ArrayList<>(input);
            Collections.reverse(reversed);
            assertThat(tree).isEqualTo(OrganizationTree.of(reversed)).hasSameHashCodeAs(OrganizationTree.of(reversed));
            assertThat(tree.hashCode()).isEqualTo(model.byId.hashCode());
            assertThat(tree).isNotEqualTo(OrganizationTree.of(model.depthFirst.subList(0, input.size() - 1)));

            Map<OrganizationId, MembershipCount> own = OrganizationGenerators.countsFor(tree, day).generate(random);
            Map<OrganizationId, MembershipCount> sums = MembershipCount.subtreeCounts(tree, own, day);
            assertThat(new ArrayList<>(sums.keySet())).containsExactlyElementsOf(ids(model.depthFirst));
            for (Organization organization : input) {
                MembershipCount expected = own.getOrDefault(organization.id(), MembershipCount.zero(day));
                for (Organization descendant : model.descendants(organization.id())) {
                    expected = expected.plus(own.getOrDefault(descendant.id(), MembershipCount.zero(day)));
                }
                assertThat(sums.get(organization.id())).isEqualTo(expected);
            }
        }
    }

    private static List<OrganizationId> ids(List<Organization> organizations) {
        List<OrganizationId> ids = new ArrayList<>();
        organizations.forEach(o -> ids.add(o.id()));
        return ids;
    }

    /** The obvious representation: maps from id to organization and from parent id to children. */
    private static final class Model {
        final Map<OrganizationId, Organization> byId = new LinkedHashMap<>();
        /** Children by parent id in input order; the roots under the key null. */
        final Map<OrganizationId, List<Organization>> children = new HashMap<>();
        final List<Organization> depthFirst = new ArrayList<>();

        Model(List<Organization> input) {
            for (Organization organization : input) {
                byId.put(organization.id(), organization);
                children.computeIfAbsent(organization.parent().orElse(null), k -> new ArrayList<>()).add(organization);
            }
            depthFirst.addAll(walk(children.get(null)));
        }

        List<Organization> children(OrganizationId id) {
            return children.getOrDefault(id, List.of());
        }

        List<Organization> descendants(OrganizationId id) {
            return walk(children(id));
        }

        List<Organization> ancestors(OrganizationId id) {
            List<Organization> ancestors = new ArrayList<>();
            for (Organization at = byId.get(id); at.parent().isPresent(); ) {
                at = byId.get(at.parent().get());
                ancestors.add(at);
            }
            return ancestors;
        }

        List<Organization> findByName(String name, LocalDate date) {
            List<Organization> current = new ArrayList<>();
            List<Organization> other = new ArrayList<>();
            for (Organization organization : depthFirst) {
                if (organization.isKnownAs(name)) {
                    boolean inEffect = organization.nameAsOf(date).map(n -> n.matches(name)).orElse(false);
                    (inEffect ? current : other).add(organization);
                }
            }
            current.addAll(other);
            return current;
        }

        private List<Organization> walk(List<Organization> starts) {
            List<Organization> order = new ArrayList<>();
            ArrayDeque<Organization> stack = new ArrayDeque<>();
            for (int i = starts.size() - 1; i >= 0; i--) {
                stack.push(starts.get(i));
            }
            while (!stack.isEmpty()) {
                Organization organization = stack.pop();
                order.add(organization);
                List<Organization> kids = children(organization.id());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
            return order;
        }
    }
}
