package io.github.unionkit.model.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a name as written refers to: the organizations it matches, one {@link OrganizationNameMatch}
 * each (the strongest), strongest first.
 *
 * <p>The look-up {@linkplain #match() resolves} only when one candidate outranks all others (an exact
 * name beats a word-form one; a name in effect on the date beats an old one); two candidates of the
 * strongest rank are an {@linkplain #isAmbiguous() ambiguity} for the caller to report, never a guess.
 * Immutable and thread-safe.
 */
public final class OrganizationNameLookup {

    private static final OrganizationNameLookup NONE = new OrganizationNameLookup(List.of());

    private final List<OrganizationNameMatch> candidates;

    private OrganizationNameLookup(List<OrganizationNameMatch> candidates) {
        this.candidates = candidates;
    }

    /**
     * Returns a look-up of these candidates, ordered strongest first (stable: equal ranks keep their
     * order).
     *
     * @param candidates the matches, not null, no nulls, at most one per organization
     * @return the look-up
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if two candidates are of the same organization
     */
    public static OrganizationNameLookup of(List<OrganizationNameMatch> candidates) {
        List<OrganizationNameMatch> sorted = new ArrayList<>(List.copyOf(candidates));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).organization().id().equals(sorted.get(j).organization().id())) {
                    throw new IllegalArgumentException("two candidates of one organization");
                }
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return sorted.isEmpty() ? NONE : new OrganizationNameLookup(List.copyOf(sorted));
    }

    /**
     * Returns the empty look-up: the name matches no organization.
     *
     * @return the empty look-up
     */
    public static OrganizationNameLookup none() {
        return NONE;
    }

    /**
     * Returns every organization the name matches, strongest first.
     *
     * @return an unmodifiable list, empty if nothing matched
     */
    public List<OrganizationNameMatch> candidates() {
        return candidates;
    }

    /**
     * Returns the one match that outranks every other candidate.
     *
     * @return the match, or empty if nothing matched or the look-up is ambiguous
     */
    public Optional<OrganizationNameMatch> match() {
        if (candidates.isEmpty() || isAmbiguous()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    /**
     * Tells whether two or more organizations match with the strongest rank.
     *
     * @return true if the name cannot be resolved to one organization although it matched
     */
    public boolean isAmbiguous() {
        return candidates.size() > 1 && !candidates.get(0).isStrongerThan(candidates.get(1));
    }

    /**
     * Returns the organizations tied at the strongest rank, which an ambiguity report names.
     *
     * @return an unmodifiable list: empty if nothing matched, one element when resolved
     */
    public List<OrganizationNameMatch> strongest() {
        List<OrganizationNameMatch> out = new ArrayList<>();
        for (OrganizationNameMatch candidate : candidates) {
            if (!out.isEmpty() && out.get(0).isStrongerThan(candidate)) {
                break;
            }
            out.add(candidate);
        }
        return List.copyOf(out);
    }

    /**
     * Two look-ups are equal when they hold equal candidates in the same order.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrganizationNameLookup && ((OrganizationNameLookup) other).candidates.equals(candidates);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(candidates);
    }

    /**
     * Returns the candidates' ids and kinds, e.g. {@code OrganizationNameLookup[ast.volodarsky WORD_FORMS]}.
     *
     * @return a description without any name text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("OrganizationNameLookup[");
        for (int i = 0; i < candidates.size(); i++) {
            OrganizationNameMatch c = candidates.get(i);
            out.append(i == 0 ? "" : ", ").append(c.organization().id()).append(' ').append(c.kind())
                    .append(c.inEffect() ? "" : " (other date)");
        }
        return out.append(']').toString();
    }
}
