package io.github.unionkit.examples.cli;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves organization names that a decree writes in another grammatical case than the registry.
 *
 * <p>Clause 4.3 of the seed decree lists its second band in the genitive ("Володарской ТОП"), while a
 * registry names the organization in the nominative ("Володарская ТОП"). The library matches names
 * exactly (case- and ё-insensitively), so the command line adds this step: a name that matches no
 * organization exactly is compared word by word with adjective endings removed, and when exactly one
 * organization matches, the decree's reference is given that organization's id. Every such match is
 * reported to the user; nothing is resolved silently.
 */
final class InflectedNames {
    /** Adjective endings of Russian organization names in all cases, longest first. */
    private static final String[] ENDINGS = {
        "ыми", "ими", "ого", "его", "ому", "ему", "ая", "яя", "ой", "ей", "ую", "юю", "ые", "ие", "ых", "их",
        "ым", "им", "ом", "ем", "ый", "ий", "ое", "ее",
    };

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
        String key = stems(ref.asWritten());
        Optional<Organization> only = Optional.empty();
        for (Organization organization : tree.depthFirst()) {
            if (knownAs(organization, key)) {
                if (only.isPresent()) {
                    return ref;
                }
                only = Optional.of(organization);
            }
        }
        if (only.isEmpty()) {
            return ref;
        }
        matches.add(new Match(ref.asWritten(), only.get()));
        return ref.resolvedTo(only.get().id());
    }

    private static boolean knownAs(Organization organization, String key) {
        for (OrganizationName name : organization.names()) {
            if (stems(name.fullName()).equals(key) || name.shortName().map(s -> stems(s).equals(key)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The name in lower case, ё as е, words separated by one space, adjective endings removed. */
    static String stems(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s\\u00a0]+")) {
            if (word.isEmpty()) {
                continue;
            }
            key.append(key.length() == 0 ? "" : " ").append(stem(word));
        }
        return key.toString();
    }

    private static String stem(String word) {
        if (word.length() > 5) {
            for (String ending : ENDINGS) {
                if (word.endsWith(ending)) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
        }
        return word;
    }
}
