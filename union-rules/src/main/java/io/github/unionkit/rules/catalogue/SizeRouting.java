package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The membership-size routing of one clause (the seed's clause 4.3): for every organization the clause
 * lists or addresses, the band its membership falls in and the band that lists it. The size rules
 * ({@link SizeRules}) derive their findings from it and the {@code union check} command prints it, so
 * both always agree.
 *
 * <p>Entries come in two groups: first every listing, band by band in the decree's order (resolved to a
 * registry id when the context's tree, or the reference's own id, allows it); then every addressed
 * organization that no band lists, in the tree's depth-first order. The addressed organizations are
 * those of the clause's level ("all territorial organizations", territorial by default) below the
 * issuing organization — or in the whole tree when the issuer is not in the tree. Names are resolved as
 * of the decree's date, or of the context date when the decree's is unknown; memberships are the
 * context's {@link RuleContext#membershipTotals()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SizeRouting {

    private final Clause clause;
    private final List<Entry> entries;

    private SizeRouting(Clause clause, List<Entry> entries) {
        this.clause = clause;
        this.entries = List.copyOf(entries);
    }

    /**
     * Routes every clause of a resolution that has size bands.
     *
     * @param resolution the resolution, not null
     * @param context the context: tree and totals if known, not null
     * @return one routing per banded clause, in document order; empty if no clause has bands
     */
    public static List<SizeRouting> of(Resolution resolution, RuleContext context) {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(context, "context");
        List<SizeRouting> out = new ArrayList<>();
        for (Clause c : resolution.allClauses()) {
            if (!c.sizeBands().isEmpty()) {
                out.add(of(resolution, c, context));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Routes one clause of a resolution.
     *
     * @param resolution the resolution the clause belongs to (its issuer, date and the assignees of the
     *     clause's ancestors decide who is addressed), not null
     * @param clause the clause, not null; a clause without bands has no entries
     * @param context the context, not null
     * @return the routing
     */
    public static SizeRouting of(Resolution resolution, Clause clause, RuleContext context) {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(context, "context");
        LocalDate date = resolution.documentDate().orElse(context.asOf());
        Optional<OrganizationTree> tree = context.organizations();
        Map<OrganizationId, Integer> totals = context.membershipTotals().orElse(Map.of());
        List<SizeBand> bands = clause.sizeBands();
        List<Entry> entries = new ArrayList<>();
        Set<OrganizationId> listed = new HashSet<>();
        for (int b = 0; b < bands.size(); b++) {
            List<OrganizationRef> refs = bands.get(b).organizations();
            for (int o = 0; o < refs.size(); o++) {
                Optional<OrganizationId> id = OrganizationRefs.resolve(refs.get(o), tree, date);
                id.ifPresent(listed::add);
                OptionalInt members = members(id, totals);
                entries.add(new Entry(id, Optional.of(refs.get(o)), members, expected(bands, members),
                        OptionalInt.of(b), OptionalInt.of(o)));
            }
        }
        if (tree.isPresent() && !bands.isEmpty()) {
            for (Organization organization : addressed(resolution, clause.number(), tree.get())) {
                if (!listed.contains(organization.id())) {
                    OptionalInt members = members(Optional.of(organization.id()), totals);
                    entries.add(new Entry(Optional.of(organization.id()), Optional.empty(), members,
                            expected(bands, members), OptionalInt.empty(), OptionalInt.empty()));
                }
            }
        }
        return new SizeRouting(clause, entries);
    }

    /**
     * Returns the routed clause.
     *
     * @return the clause
     */
    public Clause clause() {
        return clause;
    }

    /**
     * Returns the entries: the listings in decree order, then the addressed organizations no band lists.
     *
     * @return an unmodifiable list
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The organizations of the addressed level below the issuer, in depth-first order; of the whole tree
     * when the issuer is not in it.
     */
    static List<Organization> addressed(Resolution resolution, ClauseNumber number, OrganizationTree tree) {
        OrganizationLevel level = addressedLevel(resolution, number);
        Optional<OrganizationId> issuer = resolution.issuerOrganization().filter(tree::contains);
        List<Organization> out = new ArrayList<>();
        for (Organization o : issuer.isPresent() ? tree.descendants(issuer.get()) : tree.depthFirst()) {
            if (o.level() == level) {
                out.add(o);
            }
        }
        return out;
    }

    /** The level named by an "all organizations of level L" assignee on the clause or an ancestor. */
    static OrganizationLevel addressedLevel(Resolution resolution, ClauseNumber number) {
        Optional<ClauseNumber> current = Optional.of(number);
        while (current.isPresent()) {
            Optional<Clause> clause = resolution.clause(current.get());
            if (clause.isPresent() && clause.get().assignment().isPresent()) {
                for (Assignee a : clause.get().assignment().get().assignees()) {
                    if (a instanceof Assignee.AllOf) {
                        return ((Assignee.AllOf) a).level();
                    }
                }
            }
            current = current.get().parent();
        }
        return OrganizationLevel.TERRITORIAL;
    }

    private static OptionalInt members(Optional<OrganizationId> id, Map<OrganizationId, Integer> totals) {
        Integer n = id.isPresent() ? totals.get(id.get()) : null;
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** The first band containing the count; bands that overlap are UK-SIZE-001's business. */
    private static OptionalInt expected(List<SizeBand> bands, OptionalInt members) {
        if (members.isPresent()) {
            for (int b = 0; b < bands.size(); b++) {
                if (bands.get(b).range().contains(members.getAsInt())) {
                    return OptionalInt.of(b);
                }
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeRouting && ((SizeRouting) o).clause.equals(clause)
                && ((SizeRouting) o).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return clause.hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return "SizeRouting[clause=" + clause.number() + ", entries=" + entries + "]";
    }

    /**
     * One organization of a routing. Band numbers are indexes into the clause's
     * {@link Clause#sizeBands()}.
     *
     * @param organization the registry id, if the listing resolved (always present for an addressed
     *     organization that no band lists)
     * @param listedAs the reference as the decree lists it, empty for an addressed organization no band
     *     lists
     * @param members the organization's membership total, if the context knows it
     * @param expectedBand the band the membership falls in, if the membership is known and some band
     *     contains it
     * @param listedBand the band that lists the organization, empty if none does
     * @param listedIndex the position within that band's list, present exactly when {@code listedBand} is
     */
    public record Entry(Optional<OrganizationId> organization, Optional<OrganizationRef> listedAs,
            OptionalInt members, OptionalInt expectedBand, OptionalInt listedBand, OptionalInt listedIndex) {

        /**
         * Creates an entry.
         *
         * @throws NullPointerException if any component is null
         * @throws IllegalArgumentException if {@code listedAs}, {@code listedBand} and {@code listedIndex}
         *     are not all present or all empty
         */
        public Entry {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(listedAs, "listedAs");
            Objects.requireNonNull(members, "members");
            Objects.requireNonNull(expectedBand, "expectedBand");
            Objects.requireNonNull(listedBand, "listedBand");
            Objects.requireNonNull(listedIndex, "listedIndex");
            if (listedAs.isPresent() != listedBand.isPresent() || listedBand.isPresent() != listedIndex.isPresent()) {
                throw new IllegalArgumentException("a listing has its reference, band and index, others none");
            }
        }

        /**
         * Tells whether the organization is listed in the band its membership falls in.
         *
         * @return true if both bands are known and equal
         */
        public boolean agrees() {
            return expectedBand.isPresent() && listedBand.isPresent()
                    && expectedBand.getAsInt() == listedBand.getAsInt();
        }

        /**
         * Tells whether a listed organization of known membership sits in another band than its
         * membership's (or its membership falls in no band): what {@code UK-SIZE-002} reports.
         *
         * @return true if listed, counted and not {@link #agrees()}
         */
        public boolean misplaced() {
            return listedBand.isPresent() && members.isPresent() && !agrees();
        }
    }
}
