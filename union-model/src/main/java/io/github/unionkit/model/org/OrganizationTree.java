package io.github.unionkit.model.org;

import io.github.unionkit.model.org.OrganizationTreeException.ErrorType;
import io.github.unionkit.model.org.internal.NameKeys;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated forest of {@link Organization}s linked by their {@link Organization#parent()}
 * ids: usually one tree rooted at the national organization, or a partial tree rooted at a regional
 * one.
 *
 * <p>{@link #of(Collection)} checks, in this order, that ids are unique, that every parent id names an
 * organization of the set, that parent links have no cycle, and that every child's level may sit under
 * its parent's ({@link OrganizationLevel#isAllowedUnder(OrganizationLevel)}); the first violation is
 * thrown as an {@link OrganizationTreeException}. Construction takes time and memory linear in the
 * number of organizations and names, and no operation recurses, so trees of the union's full size
 * (about 85,000 organizations) and chains of any depth are safe.
 *
 * <p>Order is deterministic: roots and children keep the order of the input collection, and
 * {@link #depthFirst()} is the pre-order walk over that order. Two trees are equal when they hold
 * equal organizations. Instances are immutable and thread-safe.
 */
public final class OrganizationTree {

    private final Map<OrganizationId, Organization> byId;
    private final Map<OrganizationId, List<Organization>> children;
    private final List<Organization> roots;
    private final List<Organization> depthFirst;
    private final Map<OrganizationId, Integer> depths;
    private final Map<String, List<Organization>> byNameKey;

    private OrganizationTree(Map<OrganizationId, Organization> byId,
            Map<OrganizationId, List<Organization>> children, List<Organization> roots) {
        this.byId = byId;
        this.children = children;
        this.roots = roots;
        this.depths = new HashMap<>(byId.size() * 2);
        this.depthFirst = walk(roots, children, depths);
        this.byNameKey = indexNames(depthFirst);
    }

    /**
     * Builds a tree from organizations in any order.
     *
     * @param organizations the organizations, not null, no nulls; may be empty
     * @return the tree
     * @throws NullPointerException if the collection or an element is null
     * @throws OrganizationTreeException if ids repeat ({@code DUPLICATE_ID}), a parent is missing
     *     ({@code UNKNOWN_PARENT}), parent links form a cycle ({@code CYCLE}) or a level may not sit
     *     under its parent's ({@code ILLEGAL_LEVEL})
     */
    public static OrganizationTree of(Collection<Organization> organizations) {
        Objects.requireNonNull(organizations, "organizations");
        Map<OrganizationId, Organization> byId = new LinkedHashMap<>(organizations.size() * 2);
        for (Organization organization : organizations) {
            Objects.requireNonNull(organization, "organization");
            if (byId.putIfAbsent(organization.id(), organization) != null) {
                throw new OrganizationTreeException(ErrorType.DUPLICATE_ID, List.of(organization.id()),
                        "two organizations share this id");
            }
        }
        Map<OrganizationId, List<Organization>> children = new HashMap<>(byId.size() * 2);
        List<Organization> roots = new ArrayList<>();
        for (Organization organization : byId.values()) {
            if (organization.parent().isEmpty()) {
                roots.add(organization);
                continue;
            }
            OrganizationId parentId = organization.parent().get();
            if (!byId.containsKey(parentId)) {
                throw new OrganizationTreeException(ErrorType.UNKNOWN_PARENT,
                        List.of(organization.id(), parentId), "the parent is not in the set");
            }
            children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(organization);
        }
        checkNoCycle(byId, children, roots);
        for (Organization organization : byId.values()) {
            if (organization.parent().isPresent()) {
                Organization parent = byId.get(organization.parent().get());
                if (!organization.level().isAllowedUnder(parent.level())) {
                    throw new OrganizationTreeException(ErrorType.ILLEGAL_LEVEL,
                            List.of(organization.id(), parent.id()),
                            organization.level() + " may not sit under " + parent.level());
                }
            }
        }
        Map<OrganizationId, List<Organization>> frozen = new HashMap<>(children.size() * 2);
        for (Map.Entry<OrganizationId, List<Organization>> entry : children.entrySet()) {
            frozen.put(entry.getKey(), Collections.unmodifiableList(entry.getValue()));
        }
        return new OrganizationTree(Collections.unmodifiableMap(byId), frozen, Collections.unmodifiableList(roots));
    }

    /**
     * Returns the number of organizations.
     *
     * @return the size, at least 0
     */
    public int size() {
        return byId.size();
    }

    /**
     * Returns the organization with the given id.
     *
     * @param id the id, not null
     * @return the organization, or empty if the tree has none with this id
     */
    public Optional<Organization> find(OrganizationId id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the organization with the given id, which must be in the tree.
     *
     * @param id the id, not null
     * @return the organization
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public Organization get(OrganizationId id) {
        Organization organization = byId.get(Objects.requireNonNull(id, "id"));
        if (organization == null) {
            throw new NoSuchElementException("no organization " + id);
        }
        return organization;
    }

    /**
     * Tells whether the tree holds an organization with the given id.
     *
     * @param id the id, not null
     * @return true if {@link #find(OrganizationId)} would find it
     */
    public boolean contains(OrganizationId id) {
        return byId.containsKey(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the organizations without a parent, in input order.
     *
     * @return an unmodifiable list; empty only for an empty tree
     */
    public List<Organization> roots() {
        return roots;
    }

    /**
     * Returns the single root, for a tree that has exactly one.
     *
     * @return the root
     * @throws IllegalStateException if the tree is empty or has several roots
     */
    public Organization root() {
        if (roots.size() != 1) {
            throw new IllegalStateException("the tree has " + roots.size() + " roots, not 1");
        }
        return roots.get(0);
    }

    /**
     * Returns the parent of an organization.
     *
     * @param id the organization's id, not null
     * @return the parent, or empty for a root
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public Optional<Organization> parentOf(OrganizationId id) {
        return get(id).parent().map(byId::get);
    }

    /**
     * Returns the direct children of an organization, in input order.
     *
     * @param id the organization's id, not null
     * @return an unmodifiable list, empty for a leaf
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public List<Organization> children(OrganizationId id) {
        get(id);
        return children.getOrDefault(id, List.of());
    }

    /**
     * Returns the ancestors of an organization, nearest first: its parent, the parent's parent, up to
     * the root.
     *
     * @param id the organization's id, not null
     * @return an unmodifiable list, empty for a root
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public List<Organization> ancestors(OrganizationId id) {
        List<Organization> ancestors = new ArrayList<>();
        Optional<OrganizationId> next = get(id).parent();
        while (next.isPresent()) {
            Organization parent = byId.get(next.get());
            ancestors.add(parent);
            next = parent.parent();
        }
        return Collections.unmodifiableList(ancestors);
    }

    /**
     * Returns the descendants of an organization in depth-first pre-order, without the organization
     * itself.
     *
     * @param id the organization's id, not null
     * @return an unmodifiable list, empty for a leaf
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public List<Organization> descendants(OrganizationId id) {
        List<Organization> subtree = walk(List.of(get(id)), children, null);
        return Collections.unmodifiableList(subtree.subList(1, subtree.size()));
    }

    /**
     * Tells whether {@code ancestor} is a proper ancestor of {@code descendant}.
     *
     * @param ancestor the candidate ancestor's id, not null
     * @param descendant the candidate descendant's id, not null
     * @return true if {@code ancestor} is on the path from {@code descendant}'s parent to its root
     * @throws NoSuchElementException if either id is not in the tree
     */
    public boolean isAncestor(OrganizationId ancestor, OrganizationId descendant) {
        get(ancestor);
        Optional<OrganizationId> next = get(descendant).parent();
        while (next.isPresent()) {
            if (next.get().equals(ancestor)) {
                return true;
            }
            next = byId.get(next.get()).parent();
        }
        return false;
    }

    /**
     * Returns the depth of an organization: 0 for a root, 1 for its children, and so on.
     *
     * @param id the organization's id, not null
     * @return the depth, at least 0
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public int depth(OrganizationId id) {
        get(id);
        return depths.get(id);
    }

    /**
     * Returns every organization in depth-first pre-order: each root, then its subtree, children in
     * input order.
     *
     * @return an unmodifiable list of all organizations
     */
    public List<Organization> depthFirst() {
        return depthFirst;
    }

    /**
     * Returns the organizations of one level, in depth-first order.
     *
     * @param level the level, not null
     * @return an unmodifiable list
     */
    public List<Organization> atLevel(OrganizationLevel level) {
        Objects.requireNonNull(level, "level");
        List<Organization> result = new ArrayList<>();
        for (Organization organization : depthFirst) {
            if (organization.level() == level) {
                result.add(organization);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Finds organizations by a name as written in a document of {@code date}, comparing as
     * {@link Organization#isKnownAs(String)} does.
     *
     * <p>Organizations whose name in effect on {@code date} matches come first; then organizations that
     * bore the name at another time (a renamed organization stays resolvable by its old name, and a
     * document may use a name before a renaming takes effect). Within each group the order is
     * depth-first.
     *
     * @param name the name as written, not null
     * @param date the date of the document, not null
     * @return an unmodifiable list, empty if no organization ever bore the name
     */
    public List<Organization> findByName(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        List<Organization> candidates = byNameKey.getOrDefault(NameKeys.key(name), List.of());
        if (candidates.size() <= 1) {
            return candidates;
        }
        List<Organization> current = new ArrayList<>();
        List<Organization> other = new ArrayList<>();
        for (Organization candidate : candidates) {
            boolean inEffect = candidate.nameAsOf(date).map(n -> n.matches(name)).orElse(false);
            (inEffect ? current : other).add(candidate);
        }
        current.addAll(other);
        return Collections.unmodifiableList(current);
    }

    /**
     * Aggregates membership counts over subtrees: each organization gets the sum of its own count and
     * the counts of all its descendants. Organizations without an entry count as zero.
     *
     * @param counts the counts per organization (e.g. from a membership registry), not null; all as of
     *     the same date; an empty map yields an empty result
     * @return an unmodifiable map with an entry for every organization of the tree, in depth-first
     *     order, or an empty map if {@code counts} is empty
     * @throws IllegalArgumentException if counts are as of different dates or name an organization not
     *     in the tree
     * @throws ArithmeticException if a sum exceeds {@link Integer#MAX_VALUE}
     */
    public Map<OrganizationId, MembershipCount> subtreeCounts(Map<OrganizationId, MembershipCount> counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.isEmpty()) {
            return Map.of();
        }
        return subtreeCounts(counts, counts.values().iterator().next().asOf());
    }

    /**
     * Aggregates membership counts over subtrees as of {@code asOf}: each organization gets the sum of
     * its own count and the counts of all its descendants. Organizations without an entry count as zero.
     *
     * @param counts the counts per organization, not null; every count as of {@code asOf}
     * @param asOf the date of the counts, not null
     * @return an unmodifiable map with an entry for every organization of the tree, in depth-first order
     * @throws IllegalArgumentException if a count is as of another date or names an organization not in
     *     the tree
     * @throws ArithmeticException if a sum exceeds {@link Integer#MAX_VALUE}
     */
    public Map<OrganizationId, MembershipCount> subtreeCounts(Map<OrganizationId, MembershipCount> counts,
            LocalDate asOf) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(asOf, "asOf");
        for (Map.Entry<OrganizationId, MembershipCount> entry : counts.entrySet()) {
            if (!byId.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("count for an organization not in the tree: " + entry.getKey());
            }
            if (!entry.getValue().asOf().equals(asOf)) {
                throw new IllegalArgumentException("count for " + entry.getKey() + " is as of "
                        + entry.getValue().asOf() + ", not " + asOf);
            }
        }
        MembershipCount zero = MembershipCount.zero(asOf);
        Map<OrganizationId, MembershipCount> sums = new HashMap<>(byId.size() * 2);
        // Reverse pre-order visits every child before its parent, so one pass adds subtrees bottom-up.
        for (int i = depthFirst.size() - 1; i >= 0; i--) {
            Organization organization = depthFirst.get(i);
            MembershipCount own = counts.getOrDefault(organization.id(), zero);
            MembershipCount sum = sums.merge(organization.id(), own, MembershipCount::plus);
            organization.parent().ifPresent(parent -> sums.merge(parent, sum, MembershipCount::plus));
        }
        Map<OrganizationId, MembershipCount> ordered = new LinkedHashMap<>(byId.size() * 2);
        for (Organization organization : depthFirst) {
            ordered.put(organization.id(), sums.get(organization.id()));
        }
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Two trees are equal when they hold equal organizations (and therefore equal links).
     *
     * @param other the object to compare with
     * @return true if {@code other} is a tree with equal organizations
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrganizationTree && byId.equals(((OrganizationTree) other).byId);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    /**
     * Returns a short description: the size and the root ids.
     *
     * @return a description such as {@code OrganizationTree[size=42, roots=[ru]]}
     */
    @Override
    public String toString() {
        List<OrganizationId> rootIds = new ArrayList<>(roots.size());
        for (Organization root : roots) {
            rootIds.add(root.id());
        }
        return "OrganizationTree[size=" + byId.size() + ", roots=" + rootIds + "]";
    }

    /**
     * Every organization reachable from a root is visited once; an organization left unvisited sits on
     * or hangs below a cycle. Walking up parent links from it must then revisit an organization: the
     * first revisited one starts the cycle.
     */
    private static void checkNoCycle(Map<OrganizationId, Organization> byId,
            Map<OrganizationId, List<Organization>> children, List<Organization> roots) {
        List<Organization> reachable = walk(roots, children, null);
        if (reachable.size() == byId.size()) {
            return;
        }
        Set<OrganizationId> visited = new HashSet<>(reachable.size() * 2);
        for (Organization organization : reachable) {
            visited.add(organization.id());
        }
        for (Organization start : byId.values()) {
            if (visited.contains(start.id())) {
                continue;
            }
            Map<OrganizationId, Integer> positions = new LinkedHashMap<>();
            OrganizationId current = start.id();
            while (!positions.containsKey(current)) {
                positions.put(current, positions.size());
                current = byId.get(current).parent().get();
            }
            List<OrganizationId> path = new ArrayList<>(positions.keySet());
            List<OrganizationId> cycle = List.copyOf(path.subList(positions.get(current), path.size()));
            throw new OrganizationTreeException(ErrorType.CYCLE, cycle,
                    "parent links form a cycle of " + cycle.size() + " organization(s)");
        }
    }

    /** Iterative pre-order walk; records depths when {@code depths} is not null. */
    private static List<Organization> walk(List<Organization> starts,
            Map<OrganizationId, List<Organization>> children, Map<OrganizationId, Integer> depths) {
        List<Organization> order = new ArrayList<>();
        ArrayDeque<Organization> stack = new ArrayDeque<>();
        ArrayDeque<Integer> stackDepths = new ArrayDeque<>();
        for (int i = starts.size() - 1; i >= 0; i--) {
            stack.push(starts.get(i));
            stackDepths.push(0);
        }
        while (!stack.isEmpty()) {
            Organization organization = stack.pop();
            int depth = stackDepths.pop();
            order.add(organization);
            if (depths != null) {
                depths.put(organization.id(), depth);
            }
            List<Organization> kids = children.getOrDefault(organization.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
                stackDepths.push(depth + 1);
            }
        }
        return order;
    }

    private static Map<String, List<Organization>> indexNames(List<Organization> organizations) {
        Map<String, List<Organization>> index = new HashMap<>(organizations.size() * 3);
        for (Organization organization : organizations) {
            Set<String> keys = new HashSet<>();
            for (OrganizationName name : organization.names()) {
                keys.add(NameKeys.key(name.fullName()));
                name.shortName().ifPresent(s -> keys.add(NameKeys.key(s)));
            }
            for (String key : keys) {
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(organization);
            }
        }
        for (Map.Entry<String, List<Organization>> entry : index.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
        return index;
    }
}
