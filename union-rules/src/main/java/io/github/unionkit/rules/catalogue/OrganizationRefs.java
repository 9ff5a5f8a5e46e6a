package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Resolves the organizations a decree names to registry ids. */
final class OrganizationRefs {

    private OrganizationRefs() {
    }

    /** The outcome of resolving one reference. */
    enum Status { RESOLVED, UNKNOWN, UNRESOLVABLE }

    /**
     * Resolves a reference: its id if it has one (checked against the tree when given), otherwise its
     * name in the tree as of the document date.
     */
    static Optional<OrganizationId> resolve(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        if (ref.id().isPresent()) {
            OrganizationId id = ref.id().get();
            return tree.isEmpty() || tree.get().contains(id) ? Optional.of(id) : Optional.empty();
        }
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        List<Organization> found = tree.get().findByName(ref.asWritten(), date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).id());
    }

    /** Tells whether a reference can be checked at all: it has an id or a tree to look names up in. */
    static Status status(OrganizationRef ref, Optional<OrganizationTree> tree, LocalDate date) {
        if (ref.id().isEmpty() && tree.isEmpty()) {
            return Status.UNRESOLVABLE;
        }
        return resolve(ref, tree, date).isPresent() ? Status.RESOLVED : Status.UNKNOWN;
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
