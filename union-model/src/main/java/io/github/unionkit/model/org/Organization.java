package io.github.unionkit.model.org;

import io.github.unionkit.model.org.InvalidOrganizationException.ErrorType;
import io.github.unionkit.model.org.internal.NameKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization of the union: its stable {@link #id()}, {@link #level()} and {@link #kind()}, the
 * names it has borne ({@link #names()}, effective-dated), its {@link #parent()} and, for a primary
 * organization, whether it has the rights of a territorial one.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}. Every instance
 * satisfies, checked once when it is built (violations throw {@link InvalidOrganizationException}):
 * <ul>
 *   <li>{@link #names()} is non-empty and its {@code validFrom} dates strictly increase;</li>
 *   <li>{@link #territorialRights()} is true only for {@link OrganizationLevel#PRIMARY};</li>
 *   <li>{@link #kind()} {@linkplain OrganizationKind#appliesTo applies to} {@link #level()};</li>
 *   <li>a {@link OrganizationLevel#NATIONAL} organization has no parent, and no organization is its
 *       own parent;</li>
 *   <li>{@link #region()}, when present, is not blank.</li>
 * </ul>
 * Whether the parent exists and has a level this one may sit under is a property of the whole tree,
 * checked by {@link OrganizationTree#of(java.util.Collection)}.
 */
@Value.Immutable
public abstract class Organization {

    Organization() {
    }

    /**
     * Returns a new builder. Required: {@code id}, {@code level}, {@code kind} and at least one name.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a root organization (one without a parent, such as the national union) of one name, at
     * the level its kind belongs to: {@code Organization.of(id, NATIONAL_UNION, OrganizationName.of(…,
     * since))}. Use {@link #builder()} for more names, a region or territorial rights.
     *
     * @param id the identifier, not null
     * @param kind the kind; it must belong to exactly one level (not {@link OrganizationKind#OTHER})
     * @param name the name and the day it is in effect from, not null
     * @return the organization
     * @throws NullPointerException if an argument is null
     * @throws InvalidOrganizationException if the kind belongs to several levels, or another invariant
     *     is broken
     */
    public static Organization of(OrganizationId id, OrganizationKind kind, OrganizationName name) {
        return builder().id(id).level(onlyLevel(id, kind)).kind(kind).addNames(name).build();
    }

    /**
     * Returns an organization of one name under a parent, at the level its kind belongs to:
     * {@code Organization.of(id, DISTRICT, OrganizationName.of("Ахтубинская районная организация",
     * since), region)}. Use {@link #builder()} for more names, a region or territorial rights.
     *
     * @param id the identifier, not null
     * @param kind the kind; it must belong to exactly one level (not {@link OrganizationKind#OTHER})
     * @param name the name and the day it is in effect from, not null
     * @param parent the parent organization's identifier, not null
     * @return the organization
     * @throws NullPointerException if an argument is null
     * @throws InvalidOrganizationException if the kind belongs to several levels, or another invariant
     *     is broken (a national organization with a parent, its own parent)
     */
    public static Organization of(OrganizationId id, OrganizationKind kind, OrganizationName name,
            OrganizationId parent) {
        Objects.requireNonNull(parent, "parent");
        return builder().id(id).level(onlyLevel(id, kind)).kind(kind).addNames(name).parent(parent).build();
    }

    private static OrganizationLevel onlyLevel(OrganizationId id, OrganizationKind kind) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (kind.levels().size() != 1) {
            throw new InvalidOrganizationException(ErrorType.KIND_NOT_APPLICABLE, id,
                    "kind " + kind + " belongs to several levels; give the level through builder()");
        }
        return kind.levels().iterator().next();
    }

    /**
     * Returns a builder initialised with every attribute of this organization, for example to add a
     * name after a renaming.
     *
     * @return a new builder holding this organization's attributes
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    /**
     * The stable identifier.
     *
     * @return the id
     */
    @NotNull
    public abstract OrganizationId id();

    /**
     * The level in the union's structure.
     *
     * @return the level
     */
    @NotNull
    public abstract OrganizationLevel level();

    /**
     * The kind of organization, applicable to {@link #level()}.
     *
     * @return the kind
     */
    @NotNull
    public abstract OrganizationKind kind();

    /**
     * Every name the organization has borne, oldest first, with strictly increasing
     * {@link OrganizationName#validFrom()}.
     *
     * @return an unmodifiable, non-empty list
     */
    @NotEmpty
    public abstract List<@Valid OrganizationName> names();

    /**
     * The parent organization's id; empty for the national organization and for the roots of a
     * partial tree.
     *
     * @return the parent's id, if any
     */
    @NotNull
    public abstract Optional<OrganizationId> parent();

    /**
     * The subject of the federation (region) the organization works in, as written, e.g.
     * "Астраханская область".
     *
     * @return the region, if known
     */
    @NotNull
    public abstract Optional<String> region();

    /**
     * Whether a primary organization has the rights of a territorial one (ППО с правами
     * территориальной). Always false for other levels. Defaults to false.
     *
     * @return true if the organization has territorial rights
     */
    @Value.Default
    public boolean territorialRights() {
        return false;
    }

    /**
     * Returns the name in effect on {@code date}: the name with the latest {@code validFrom} not after
     * {@code date}.
     *
     * @param date the date, not null
     * @return the name then in effect; empty if {@code date} is before the first name took effect
     */
    public Optional<OrganizationName> nameAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<OrganizationName> names = names();
        for (int i = names.size() - 1; i >= 0; i--) {
            OrganizationName name = names.get(i);
            if (!name.validFrom().isAfter(date)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the latest name known, the one with the latest {@code validFrom}. This reads no clock: a
     * renaming recorded with a future date is already the current name; use
     * {@link #nameAsOf(LocalDate)} for a given day.
     *
     * @return the latest name
     */
    public OrganizationName currentName() {
        List<OrganizationName> names = names();
        return names.get(names.size() - 1);
    }

    /**
     * Tells whether the organization has ever been known as {@code name}, in full or short form,
     * ignoring case, the difference between {@code ё} and {@code е}, quote and dash styles and runs of
     * whitespace. Old names stay resolvable after a renaming.
     *
     * @param name the name to look for, not null
     * @return true if any of {@link #names()} matches
     */
    public boolean isKnownAs(String name) {
        String key = NameKeys.key(Objects.requireNonNull(name, "name"));
        for (OrganizationName candidate : names()) {
            if (NameKeys.key(candidate.fullName()).equals(key)
                    || candidate.shortName().map(s -> NameKeys.key(s).equals(key)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    void check() {
        OrganizationId id = id();
        List<OrganizationName> names = names();
        if (names.isEmpty()) {
            throw new InvalidOrganizationException(ErrorType.NO_NAMES, id, "at least one name is required");
        }
        for (int i = 1; i < names.size(); i++) {
            LocalDate previous = names.get(i - 1).validFrom();
            LocalDate current = names.get(i).validFrom();
            if (!current.isAfter(previous)) {
                throw new InvalidOrganizationException(ErrorType.NAMES_NOT_IN_ORDER, id,
                        "name " + i + " takes effect on " + current + ", not after " + previous);
            }
        }
        if (territorialRights() && level() != OrganizationLevel.PRIMARY) {
            throw new InvalidOrganizationException(ErrorType.TERRITORIAL_RIGHTS_NOT_PRIMARY, id,
                    "territorial rights need level PRIMARY, not " + level());
        }
        if (!kind().appliesTo(level())) {
            throw new InvalidOrganizationException(ErrorType.KIND_NOT_APPLICABLE, id,
                    "kind " + kind() + " applies to " + kind().levels() + ", not " + level());
        }
        if (level() == OrganizationLevel.NATIONAL && parent().isPresent()) {
            throw new InvalidOrganizationException(ErrorType.NATIONAL_HAS_PARENT, id,
                    "the national organization has no parent, got " + parent().get());
        }
        if (parent().isPresent() && parent().get().equals(id)) {
            throw new InvalidOrganizationException(ErrorType.SELF_PARENT, id, "an organization is not its own parent");
        }
        if (region().isPresent() && region().get().isBlank()) {
            throw new InvalidOrganizationException(ErrorType.BLANK_REGION, id, "region must not be blank");
        }
    }

    /**
     * Builds {@link Organization}s. Not thread-safe; {@link #build()} may be called more than once.
     * Collection setters ({@code addNames}, {@code names}) accumulate or replace as their names say.
     */
    public static final class Builder {
        private final ImmutableOrganization.Builder delegate = ImmutableOrganization.generatedBuilder();

        Builder() {
        }

        /**
         * Copies every attribute of an existing value into this builder.
         *
         * @param instance the value to copy, not null
         * @return this builder
         * @throws NullPointerException if {@code instance} is null
         */
        public Builder from(Organization instance) {
            delegate.from(instance);
            return this;
        }

        /**
         * Sets {@link Organization#id()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder id(OrganizationId value) {
            delegate.id(value);
            return this;
        }

        /**
         * Sets {@link Organization#level()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder level(OrganizationLevel value) {
            delegate.level(value);
            return this;
        }

        /**
         * Sets {@link Organization#kind()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder kind(OrganizationKind value) {
            delegate.kind(value);
            return this;
        }

        /**
         * Adds an element to {@link Organization#names()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addNames(OrganizationName element) {
            delegate.addNames(element);
            return this;
        }

        /**
         * Adds the elements to {@link Organization#names()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addNames(OrganizationName... elements) {
            delegate.addNames(elements);
            return this;
        }

        /**
         * Replaces {@link Organization#names()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder names(Iterable<? extends OrganizationName> elements) {
            delegate.names(elements);
            return this;
        }

        /**
         * Adds every element to {@link Organization#names()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllNames(Iterable<? extends OrganizationName> elements) {
            delegate.addAllNames(elements);
            return this;
        }

        /**
         * Sets {@link Organization#parent()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder parent(OrganizationId value) {
            delegate.parent(value);
            return this;
        }

        /**
         * Sets {@link Organization#parent()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder parent(Optional<? extends OrganizationId> value) {
            delegate.parent(value);
            return this;
        }

        /**
         * Sets {@link Organization#region()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder region(String value) {
            delegate.region(value);
            return this;
        }

        /**
         * Sets {@link Organization#region()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder region(Optional<String> value) {
            delegate.region(value);
            return this;
        }

        /**
         * Sets {@link Organization#territorialRights()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value
         * @return this builder
         */
        public Builder territorialRights(boolean value) {
            delegate.territorialRights(value);
            return this;
        }

        /**
         * Builds the value, checking its invariants.
         *
         * @return a new immutable value
         * @throws IllegalStateException if a required attribute was not set
         */
        public Organization build() {
            return delegate.build();
        }
    }
}
