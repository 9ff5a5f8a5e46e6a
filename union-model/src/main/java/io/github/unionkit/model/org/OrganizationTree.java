package io.github.unionkit.model.org;

import io.github.unionkit.model.org.OrganizationTreeException.ErrorType;
import io.github.unionkit.model.org.internal.IdTable;
import io.github.unionkit.model.org.internal.NameIndex;
import io.github.unionkit.model.org.internal.NameKeys;
import io.github.unionkit.model.org.internal.ParentLinks;
import io.github.unionkit.model.org.internal.SmallInts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;

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
 * <p>The tree is stored compactly, since it stays in memory for a whole registry import: the
 * organizations in one array in depth-first order, parent links and subtree ends as {@code int}
 * arrays, depths in bytes, ids found through an open-addressing table, and the name index built on the
 * first {@link #findByName(String, LocalDate)}. Beyond the organizations themselves it costs a few
 * tens of bytes per organization.
 *
 * <p>Order is deterministic: roots and children keep the order of the input collection, and
 * {@link #depthFirst()} is the pre-order walk over that order. Two trees are equal when they hold
 * equal organizations. Instances are immutable and thread-safe.
 */
public final class OrganizationTree {

    /** The organizations in depth-first pre-order; an organization's index here is its slot. */
    private final Organization[] organizations;
    /** The parent's slot of each slot, -1 for a root. */
    private final int[] parents;
    /** The end (exclusive) of each slot's subtree: its descendants are the slots in between. */
    private final int[] subtreeEnds;
    private final SmallInts depths;
    private final IdTable slots;
    private final List<Organization> depthFirst;
    private final List<Organization> roots;
    /** Built on the first name lookup; racing threads may each build one, all equal. */
    private volatile NameIndex names;
    /** Built on the first {@link #names()}, like the name index. */
    private volatile OrganizationNames wordForms;

    private OrganizationTree(Organization[] input, int[] inputParents, int[] order) {
        int n = order.length;
        int[] slotOf = new int[n];
        for (int slot = 0; slot < n; slot++) {
            slotOf[order[slot]] = slot;
        }
        organizations = new Organization[n];
        parents = new int[n];
        int[] depthOf = new int[n];
        List<Organization> rootList = new ArrayList<>();
        // Pre-order puts every parent before its children, so depths fill in one forward pass.
        for (int slot = 0; slot < n; slot++) {
            organizations[slot] = input[order[slot]];
            int parentInput = inputParents[order[slot]];
            parents[slot] = parentInput < 0 ? -1 : slotOf[parentInput];
            if (parents[slot] < 0) {
                rootList.add(organizations[slot]);
            } else {
                depthOf[slot] = depthOf[parents[slot]] + 1;
            }
        }
        // ... and every child before its parent in reverse, so subtree sizes add up bottom-up.
        subtreeEnds = new int[n];
        for (int slot = n - 1; slot >= 0; slot--) {
            subtreeEnds[slot] += slot + 1;
            if (parents[slot] >= 0) {
                subtreeEnds[parents[slot]] += subtreeEnds[slot] - slot;
            }
        }
        depths = SmallInts.copyOf(depthOf);
        slots = IdTable.of(organizations);
        depthFirst = Collections.unmodifiableList(Arrays.asList(organizations));
        roots = List.copyOf(rootList);
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
        Organization[] input = organizations.toArray(new Organization[0]);
        IdTable inputIds = IdTable.of(input);
        int n = input.length;
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            Optional<OrganizationId> parentId = input[i].parent();
            if (parentId.isEmpty()) {
                parents[i] = -1;
                continue;
            }
            parents[i] = inputIds.positionOf(parentId.get());
            if (parents[i] < 0) {
                throw new OrganizationTreeException(ErrorType.UNKNOWN_PARENT,
                        List.of(input[i].id(), parentId.get()), "the parent is not in the set");
            }
        }
        int[] order = ParentLinks.preOrder(parents);
        if (order.length < n) {
            throw cycle(input, parents, order);
        }
        for (int i = 0; i < n; i++) {
            if (parents[i] >= 0) {
                Organization organization = input[i];
                Organization parent = input[parents[i]];
                if (!organization.level().isAllowedUnder(parent.level())) {
                    throw new OrganizationTreeException(ErrorType.ILLEGAL_LEVEL,
                            List.of(organization.id(), parent.id()),
                            organization.level() + " may not sit under " + parent.level());
                }
            }
        }
        return new OrganizationTree(input, parents, order);
    }

    /**
     * Returns the number of organizations.
     *
     * @return the size, at least 0
     */
    public int size() {
        return organizations.length;
    }

    /**
     * Returns the organization with the given id.
     *
     * @param id the id, not null
     * @return the organization, or empty if the tree has none with this id
     */
    public Optional<Organization> find(OrganizationId id) {
        int slot = slots.positionOf(Objects.requireNonNull(id, "id"));
        return slot < 0 ? Optional.empty() : Optional.of(organizations[slot]);
    }

    /**
     * Returns the organization with the given id, which must be in the tree.
     *
     * @param id the id, not null
     * @return the organization
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public Organization get(OrganizationId id) {
        return organizations[slotOf(id)];
    }

    /**
     * Tells whether the tree holds an organization with the given id.
     *
     * @param id the id, not null
     * @return true if {@link #find(OrganizationId)} would find it
     */
    public boolean contains(OrganizationId id) {
        return slots.positionOf(Objects.requireNonNull(id, "id")) >= 0;
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
        int parent = parents[slotOf(id)];
        return parent < 0 ? Optional.empty() : Optional.of(organizations[parent]);
    }

    /**
     * Returns the direct children of an organization, in input order.
     *
     * @param id the organization's id, not null
     * @return an unmodifiable list, empty for a leaf
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public List<Organization> children(OrganizationId id) {
        int slot = slotOf(id);
        int end = subtreeEnds[slot];
        if (end == slot + 1) {
            return List.of();
        }
        List<Organization> children = new ArrayList<>();
        // The first child follows its parent; each next sibling follows the previous one's subtree.
        for (int child = slot + 1; child < end; child = subtreeEnds[child]) {
            children.add(organizations[child]);
        }
        return Collections.unmodifiableList(children);
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
        for (int slot = parents[slotOf(id)]; slot >= 0; slot = parents[slot]) {
            ancestors.add(organizations[slot]);
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
        int slot = slotOf(id);
        return depthFirst.subList(slot + 1, subtreeEnds[slot]);
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
        int ancestorSlot = slotOf(ancestor);
        int descendantSlot = slotOf(descendant);
        return descendantSlot > ancestorSlot && descendantSlot < subtreeEnds[ancestorSlot];
    }

    /**
     * Returns the depth of an organization: 0 for a root, 1 for its children, and so on.
     *
     * @param id the organization's id, not null
     * @return the depth, at least 0
     * @throws NoSuchElementException if the tree has no organization with this id
     */
    public int depth(OrganizationId id) {
        return depths.get(slotOf(id));
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
        for (Organization organization : organizations) {
            if (organization.level() == level) {
                result.add(organization);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Finds organizations by their exact name as written in a document of {@code date}, comparing as
     * {@link Organization#isKnownAs(String)} does: case, {@code ё}, quote and dash styles and whitespace
     * aside, the name must be written as the organization bears it. For names as decrees write them (in
     * another case, with an abbreviation, without quotes), use {@link #lookUpName(CharSequence, LocalDate)}.
     *
     * <p>Organizations whose name in effect on {@code date} matches come first; then organizations that
     * bore the name at another time (a renamed organization stays resolvable by its old name, and a
     * document may use a name before a renaming takes effect). Within each group the order is
     * depth-first. The first call builds the name index (linear in the number of names).
     *
     * @param name the name as written, not null
     * @param date the date of the document, not null
     * @return an unmodifiable list, empty if no organization ever bore the name
     */
    public List<Organization> findByName(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        List<Organization> candidates = nameIndex().find(NameKeys.key(name));
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
     * Looks up a name as a decree of {@code date} writes it, in any grammatical case, with or without
     * quotes, abbreviations and the tail «Профсоюза», as {@link OrganizationNames} matches. The first
     * call builds the matcher's index (linear in the number of names), kept for later calls.
     *
     * @param asWritten the name as written, not null
     * @param date the date of the document, not null
     * @return the typed look-up: the one match, an ambiguity, or nothing
     */
    public OrganizationNameLookup lookUpName(CharSequence asWritten, LocalDate date) {
        return names().lookUp(asWritten, date);
    }

    /**
     * Returns the name matcher of this tree's organizations, built on the first call (linear in the
     * number of names) and kept, so that every parse of a decree against the tree shares one index.
     *
     * @return the matcher, equal in its answers to {@code OrganizationNames.of(this)}
     */
    public OrganizationNames names() {
        OrganizationNames matcher = wordForms;
        if (matcher == null) {
            matcher = OrganizationNames.of(depthFirst);
            wordForms = matcher;
        }
        return matcher;
    }

    /**
     * Sums values over subtrees: each organization gets its own value plus the values of all its
     * descendants. Organizations without an entry contribute {@code zero}. The tree knows its shape,
     * not what is summed: membership counts use this through
     * {@code MembershipCount.subtreeCounts}, and any other additive figure can too.
     *
     * @param <T> the type of the summed values
     * @param values the value per organization, not null, no null values; every key must be in the tree
     * @param zero the value of an organization without an entry, not null
     * @param plus the addition, associative, with {@code zero} as its identity; never given nulls
     * @return an unmodifiable map with an entry for every organization of the tree, in depth-first order
     * @throws IllegalArgumentException if {@code values} names an organization not in the tree
     */
    public <T> Map<OrganizationId, T> subtreeSums(Map<OrganizationId, T> values, T zero, BinaryOperator<T> plus) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(zero, "zero");
        Objects.requireNonNull(plus, "plus");
        for (OrganizationId id : values.keySet()) {
            if (!contains(id)) {
                throw new IllegalArgumentException("value for an organization not in the tree: " + id);
            }
        }
        List<T> sums = new ArrayList<>(Collections.nCopies(organizations.length, zero));
        // Reverse pre-order visits every child before its parent, so one pass adds subtrees bottom-up.
        for (int slot = organizations.length - 1; slot >= 0; slot--) {
            T own = values.get(organizations[slot].id());
            T sum = own == null ? sums.get(slot) : plus.apply(sums.get(slot), own);
            sums.set(slot, Objects.requireNonNull(sum, "plus returned null"));
            int parent = parents[slot];
            if (parent >= 0) {
                sums.set(parent, Objects.requireNonNull(plus.apply(sums.get(parent), sum), "plus returned null"));
            }
        }
        Map<OrganizationId, T> ordered = new LinkedHashMap<>(organizations.length * 2);
        for (int slot = 0; slot < organizations.length; slot++) {
            ordered.put(organizations[slot].id(), sums.get(slot));
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
        if (this == other) {
            return true;
        }
        if (!(other instanceof OrganizationTree) || ((OrganizationTree) other).size() != size()) {
            return false;
        }
        OrganizationTree that = (OrganizationTree) other;
        for (Organization organization : organizations) {
            int slot = that.slots.positionOf(organization.id());
            if (slot < 0 || !that.organizations[slot].equals(organization)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // The hash of a map from id to organization, as before the tree was stored compactly.
        int hash = 0;
        for (Organization organization : organizations) {
            hash += organization.id().hashCode() ^ organization.hashCode();
        }
        return hash;
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
        return "OrganizationTree[size=" + organizations.length + ", roots=" + rootIds + "]";
    }

    private int slotOf(OrganizationId id) {
        int slot = slots.positionOf(Objects.requireNonNull(id, "id"));
        if (slot < 0) {
            throw new NoSuchElementException("no organization " + id);
        }
        return slot;
    }

    private NameIndex nameIndex() {
        NameIndex index = names;
        if (index == null) {
            index = NameIndex.of(organizations);
            names = index;
        }
        return index;
    }

    /**
     * Every organization reachable from a root is in {@code reached}; the first one left out (in input
     * order) sits on or hangs below a cycle, and walking up from it finds that cycle.
     */
    private static OrganizationTreeException cycle(Organization[] input, int[] parents, int[] reached) {
        boolean[] isReached = new boolean[input.length];
        for (int position : reached) {
            isReached[position] = true;
        }
        int start = 0;
        while (isReached[start]) {
            start++;
        }
        int[] positions = ParentLinks.cycleAbove(parents, start);
        List<OrganizationId> cycle = new ArrayList<>(positions.length);
        for (int position : positions) {
            cycle.add(input[position].id());
        }
        return new OrganizationTreeException(ErrorType.CYCLE, cycle,
                "parent links form a cycle of " + cycle.size() + " organization(s)");
    }
}
