package io.github.unionkit.model.org;

import java.util.Objects;

/**
 * One organization that a name as written refers to: the organization, which of its names matched,
 * the form of that name that matched (the full or the short one), how, and whether that name was in
 * effect on the date of the look-up.
 *
 * @param organization the organization, not null
 * @param name the organization's name that matched, one of {@link Organization#names()}, not null
 * @param form the text that matched: {@code name}'s full name or its short name, not null
 * @param kind how the written name matched {@code form}, not null
 * @param inEffect true if {@code name} is the organization's name in effect on the look-up's date,
 *     false if it is an old name or a name not yet in effect
 */
public record OrganizationNameMatch(
        Organization organization, OrganizationName name, String form, NameMatchKind kind, boolean inEffect) {

    /**
     * Creates a match.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code form} is neither the full nor the short form of
     *     {@code name}, or {@code name} is not one of the organization's names
     */
    public OrganizationNameMatch {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(kind, "kind");
        if (!form.equals(name.fullName()) && !name.shortName().map(form::equals).orElse(false)) {
            throw new IllegalArgumentException("form is not a form of the name");
        }
        if (!organization.names().contains(name)) {
            throw new IllegalArgumentException("the name is not one of the organization's names");
        }
    }

    /**
     * Tells whether this match is stronger than another: an exact match beats a word-form match, and
     * between equal kinds a name in effect beats an old one.
     *
     * @param other the other match, not null
     * @return true if this match ranks strictly higher
     */
    public boolean isStrongerThan(OrganizationNameMatch other) {
        return rank() < other.rank();
    }

    /** 0 for the strongest: exact and in effect. */
    int rank() {
        return kind.ordinal() * 2 + (inEffect ? 0 : 1);
    }
}
