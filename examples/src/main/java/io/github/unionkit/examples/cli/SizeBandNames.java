package io.github.unionkit.examples.cli;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationNameMatch;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives the organizations that a decree's size bands list in another form than the registry their ids,
 * so that the user sees which name was read as which organization.
 *
 * <p>Clause 4.3 of the seed decree lists its second band in the genitive ("Володарской ТОП"), while a
 * registry names the organization in the nominative ("Володарская ТОП"). A name that the tree knows
 * exactly is left as it is; any other is looked up with the model's matcher
 * ({@link OrganizationTree#lookUpName}), and when it resolves to one organization, the decree's
 * reference is given that organization's id. Every such match is reported to the user; an ambiguity is
 * left unresolved for the rules to report.
 */
final class SizeBandNames {

    /** One reference resolved through inflection. */
    static final class Match {
        final String asWritten;
        final Organization organization;

        Match(String asWritten, Organization organization) {
            this.asWritten = asWritten;
            this.organization = organization;
        }
    }

    private final List<Match> matches = new ArrayList<>();

    /**
     * Returns the resolution with every size-band reference that matches no organization exactly but
     * exactly one organization up to adjective endings resolved to that organization's id.
     *
     * @param resolution the decree, not null
     * @param tree the organization tree, not null
     * @param fallback the date to resolve names as of when the decree states none, not null
     * @return the resolution, unchanged when nothing needed resolving
     */
    Resolution resolve(Resolution resolution, OrganizationTree tree, LocalDate fallback) {
        // Names as of the decree's date; as of the check's date when it is unknown.
        LocalDate date = resolution.documentDate().orElse(fallback);
        List<Clause> clauses = new ArrayList<>();
        boolean changed = false;
        for (Clause clause : resolution.clauses()) {
            Clause resolved = resolve(clause, tree, date);
            changed |= resolved != clause;
            clauses.add(resolved);
        }
        return changed ? Resolution.builder().from(resolution).clauses(clauses).build() : resolution;
    }

    /** The references resolved by {@link #resolve}, in clause order. */
    List<Match> matches() {
        return List.copyOf(matches);
    }

    private Clause resolve(Clause clause, OrganizationTree tree, LocalDate date) {
        boolean changed = false;
        List<SizeBand> bands = new ArrayList<>();
        for (SizeBand band : clause.sizeBands()) {
            List<OrganizationRef> refs = new ArrayList<>();
            boolean bandChanged = false;
            for (OrganizationRef ref : band.organizations()) {
                OrganizationRef resolved = resolve(ref, tree, date);
                bandChanged |= resolved != ref;
                refs.add(resolved);
            }
            bands.add(bandChanged ? SizeBand.of(band.range(), band.deadline(), refs, band.subjectAsWritten()) : band);
            changed |= bandChanged;
        }
        List<Clause> children = new ArrayList<>();
        for (Clause child : clause.children()) {
            Clause resolved = resolve(child, tree, date);
            changed |= resolved != child;
            children.add(resolved);
        }
        return changed ? Clause.builder().from(clause).sizeBands(bands).children(children).build() : clause;
    }

    private OrganizationRef resolve(OrganizationRef ref, OrganizationTree tree, LocalDate date) {
        if (ref.id().isPresent() || !tree.findByName(ref.asWritten(), date).isEmpty()) {
            return ref;
        }
        Optional<Organization> only = tree.lookUpName(ref.asWritten(), date).match()
                .map(OrganizationNameMatch::organization);
        if (only.isEmpty()) {
            return ref;
        }
        matches.add(new Match(ref.asWritten(), only.get()));
        return ref.resolvedTo(only.get().id());
    }
}
