package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.internal.RussianNameStems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves the organizations a decree names to registry ids: by id; else by a name the tree knows
 * exactly; else, for names such as "Володарской ТОП", by the inflection-insensitive stem key of
 * {@link RussianNameStems} — accepted only when exactly one organization of the tree has that key.
 */
final class OrganizationRefs {

    private OrganizationRefs() {
    }

    /** The outcome of resolving one reference. */
    enum Status { RESOLVED, UNKNOWN, UNRESOLVABLE, AMBIGUOUS }

    /** A resolved reference, or why it is not resolved; candidates are listed for an ambiguity. */
    static final class Match {
        final Status status;
        final Optional<OrganizationId> id;
        final List<OrganizationId> candidates;

        private Match(Status status, Optional<OrganizationId> id, List<OrganizationId> candidates) {
            this.status = status;
            this.id = id;
            this.candidates = candidates;
        }

        static Match of(Status status) {
            return new Match(status, Optional.empty(), List.of());
        }
    }

    /** Resolves a reference; see the class comment for the order of the attempts. */
    static Match match(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        if (ref.id().isPresent()) {
            OrganizationId id = ref.id().get();
            return tree.isEmpty() || tree.get().contains(id) ? new Match(Status.RESOLVED, Optional.of(id), List.of())
                    : Match.of(Status.UNKNOWN);
        }
        if (tree.isEmpty()) {
            return Match.of(Status.UNRESOLVABLE);
        }
        List<Organization> found = tree.get().findByName(ref.asWritten(), date);
        if (!found.isEmpty()) {
            return new Match(Status.RESOLVED, Optional.of(found.get(0).id()), List.of());
        }
        return byStem(ref.asWritten(), tree.get());
    }

    /**
     * The inflection-insensitive fallback: every organization any of whose names (full or short, of any
     * time) has the reference's stem key. One is a match, several an ambiguity, none unknown.
     */
    private static Match byStem(String asWritten, OrganizationTree tree) {
        Optional<String> key = RussianNameStems.key(asWritten);
        if (key.isEmpty()) {
            return Match.of(Status.UNKNOWN);
        }
        List<OrganizationId> hits = new ArrayList<>(2);
        for (Organization o : tree.depthFirst()) {
            for (OrganizationName n : o.names()) {
                if (key.equals(RussianNameStems.key(n.fullName()))
                        || n.shortName().isPresent() && key.equals(RussianNameStems.key(n.shortName().get()))) {
                    hits.add(o.id());
                    break;
                }
            }
        }
        if (hits.isEmpty()) {
            return Match.of(Status.UNKNOWN);
        }
        return hits.size() == 1 ? new Match(Status.RESOLVED, Optional.of(hits.get(0)), List.of())
                : new Match(Status.AMBIGUOUS, Optional.empty(), List.copyOf(hits));
    }

    /** The id a reference resolves to, if it resolves to exactly one organization. */
    static Optional<OrganizationId> resolve(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        return match(ref, tree, date).id;
    }

    /** Tells whether a reference can be checked at all, and with what outcome. */
    static Status status(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        return match(ref, tree, date).status;
    }

    /** A key identifying the organization for duplicate detection: the id, or the name as written. */
    static String identity(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        Optional<OrganizationId> id = resolve(ref, tree, date);
        return id.map(i -> "id:" + i).orElseGet(() -> "name:" + ref.asWritten().toLowerCase(Locale.ROOT)
                .replace('ё', 'е'));
    }

    /** The display form of a reference in messages: the id when resolved, otherwise the name. */
    static String display(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        return resolve(ref, tree, date).map(OrganizationId::toString).orElse(ref.asWritten());
    }
}
