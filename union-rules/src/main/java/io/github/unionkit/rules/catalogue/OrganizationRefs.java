package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationNameLookup;
import io.github.unionkit.model.org.OrganizationNameMatch;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves the organizations a decree names to registry ids: by id; else by name through the model's
 * one matcher ({@link OrganizationTree#lookUpName}), which reads "Володарской ТОП" as "Володарская ТОП"
 * and resolves only when one organization outranks the others — two equally good candidates are an
 * ambiguity, reported with both ids.
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
        OrganizationNameLookup lookup = tree.get().lookUpName(ref.asWritten(), date);
        if (lookup.isAmbiguous()) {
            List<OrganizationId> candidates = new ArrayList<>();
            for (OrganizationNameMatch candidate : lookup.strongest()) {
                candidates.add(candidate.organization().id());
            }
            return new Match(Status.AMBIGUOUS, Optional.empty(), List.copyOf(candidates));
        }
        return lookup.match().map(m -> new Match(Status.RESOLVED, Optional.of(m.organization().id()), List.of()))
                .orElseGet(() -> Match.of(Status.UNKNOWN));
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
