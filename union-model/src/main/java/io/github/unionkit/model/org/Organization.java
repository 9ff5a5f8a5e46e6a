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
    public static final class Builder extends ImmutableOrganization.Builder {
        Builder() {
        }
    }
}
