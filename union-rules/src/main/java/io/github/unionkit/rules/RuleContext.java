package io.github.unionkit.rules;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.charter.CharterProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a rule may consult besides its subject, passed explicitly: the as-of date, the
 * {@link CharterProfile}, and optionally the organization tree, the membership registry, membership
 * counts per organization, and the register of known resolutions; plus the locale for presentation and
 * the set of disabled rule codes. No rule reads the system clock or any global state.
 *
 * <p>Rules that need an optional part (for example the registry) report that they did not run
 * ({@code UK-RULE-002}, {@code UK-RULE-004}) when it is absent or unusable; none falls back silently.
 * Instances are immutable and thread-safe; build one with {@link #builder(LocalDate)} or
 * {@link #builder(Clock)}.
 */
public final class RuleContext {

    private final LocalDate asOf;
    private final CharterProfile profile;
    private final Locale locale;
    private final Optional<OrganizationTree> organizations;
    private final Optional<MembershipRegistry> registry;
    private final Optional<Map<OrganizationId, MembershipCount>> counts;
    private final Optional<List<Resolution>> knownResolutions;
    private final Set<RuleCode> disabled;
    private volatile Optional<Map<OrganizationId, Integer>> totals;

    private RuleContext(Builder b) {
        this.asOf = b.asOf;
        this.profile = b.profile;
        this.locale = b.locale;
        this.organizations = b.organizations;
        this.registry = b.registry;
        this.counts = b.counts;
        this.knownResolutions = b.knownResolutions;
        this.disabled = Set.copyOf(b.disabled);
    }

    /**
     * Returns a context as of a date with the education union's profile and nothing else.
     *
     * @param asOf the date, not null
     * @return the context
     */
    public static RuleContext of(LocalDate asOf) {
        return builder(asOf).build();
    }

    /**
     * Starts a context as of a date, with the education union's profile and Russian locale by default.
     *
     * @param asOf the date rules treat as "today", not null
     * @return a builder
     */
    public static Builder builder(LocalDate asOf) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Starts a context as of the current date of a clock (read once, here).
     *
     * @param clock the clock, not null
     * @return a builder
     */
    public static Builder builder(Clock clock) {
        return builder(LocalDate.now(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Returns the date the rules treat as "today".
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the charter profile.
     *
     * @return the profile
     */
    public CharterProfile profile() {
        return profile;
    }

    /**
     * Returns the locale for presentation (reports carry both languages anyway).
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the organization tree, if given.
     *
     * @return the tree or empty
     */
    public Optional<OrganizationTree> organizations() {
        return organizations;
    }

    /**
     * Returns the membership registry, if given.
     *
     * @return the registry or empty
     */
    public Optional<MembershipRegistry> registry() {
        return registry;
    }

    /**
     * Returns the explicit membership counts per organization, if given (not those derived from the
     * registry).
     *
     * @return an unmodifiable map or empty
     */
    public Optional<Map<OrganizationId, MembershipCount>> membershipCounts() {
        return counts;
    }

    /**
     * Returns the resolutions known to exist (for checking references), if given.
     *
     * @return an unmodifiable list or empty
     */
    public Optional<List<Resolution>> knownResolutions() {
        return knownResolutions;
    }

    /**
     * Tells whether a rule is enabled in this context.
     *
     * @param code the rule code, not null
     * @return false if the code was disabled
     */
    public boolean isEnabled(RuleCode code) {
        Objects.requireNonNull(code, "code");
        return disabled.isEmpty() || !disabled.contains(code);
    }

    /**
     * Returns the total membership of each organization as of {@link #asOf()}: the explicit counts if
     * they were given; otherwise the registry's counts, summed over subtrees when the tree is also given
     * (so a territorial organization counts the members of its primary organizations).
     *
     * <p>Absent when neither counts nor a registry were given, and also when the registry counts members
     * of organizations the tree does not know: their members cannot be placed in any subtree, so no total
     * above them would be right. {@link #organizationsMissingFromTree()} names them; rules that need the
     * totals then report that they did not run ({@code UK-RULE-004}) instead of using partial numbers.
     *
     * @return an unmodifiable map, or empty as described
     */
    public Optional<Map<OrganizationId, Integer>> membershipTotals() {
        Optional<Map<OrganizationId, Integer>> t = totals;
        if (t == null) {
            t = computeTotals();
            totals = t;
        }
        return t;
    }

    /**
     * Returns the organizations whose members the registry counts as of {@link #asOf()} but which the
     * organization tree does not contain — the reason {@link #membershipTotals()} is absent although a
     * registry and a tree were given. Empty when explicit counts were given, or when there is no registry
     * or no tree.
     *
     * @return an unmodifiable set in the registry's order
     */
    public Set<OrganizationId> organizationsMissingFromTree() {
        if (counts.isPresent() || registry.isEmpty() || organizations.isEmpty()) {
            return Set.of();
        }
        Set<OrganizationId> missing = new LinkedHashSet<>();
        for (OrganizationId id : registry.get().countsAsOf(asOf).keySet()) {
            if (!organizations.get().contains(id)) {
                missing.add(id);
            }
        }
        return Collections.unmodifiableSet(missing);
    }

    private Optional<Map<OrganizationId, Integer>> computeTotals() {
        Map<OrganizationId, MembershipCount> source;
        if (counts.isPresent()) {
            source = counts.get();
        } else if (registry.isPresent()) {
            Map<OrganizationId, MembershipCount> own = registry.get().countsAsOf(asOf);
            if (organizations.isPresent()) {
                if (!organizationsMissingFromTree().isEmpty()) {
                    return Optional.empty();
                }
                source = MembershipCount.subtreeCounts(organizations.get(), own, asOf);
            } else {
                source = own;
            }
        } else {
            return Optional.empty();
        }
        Map<OrganizationId, Integer> out = new LinkedHashMap<>();
        source.forEach((id, c) -> out.put(id, c.total()));
        return Optional.of(Collections.unmodifiableMap(out));
    }

    /**
     * Returns a builder initialised with this context's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(asOf).profile(profile).locale(locale);
        b.organizations = organizations;
        b.registry = registry;
        b.counts = counts;
        b.knownResolutions = knownResolutions;
        b.disabled.addAll(disabled);
        return b;
    }

    @Override
    public String toString() {
        return "RuleContext[asOf=" + asOf + ", profile=" + profile.id() + "@" + profile.version() + ", locale="
                + locale + ", tree=" + organizations.isPresent() + ", registry=" + registry.isPresent()
                + ", counts=" + counts.isPresent() + ", knownResolutions=" + knownResolutions.isPresent()
                + ", disabled=" + disabled + "]";
    }

    /** Builds a {@link RuleContext}; not thread-safe. */
    public static final class Builder {
        private LocalDate asOf;
        private CharterProfile profile = CharterProfile.educationUnion();
        private Locale locale = Locale.forLanguageTag("ru");
        private Optional<OrganizationTree> organizations = Optional.empty();
        private Optional<MembershipRegistry> registry = Optional.empty();
        private Optional<Map<OrganizationId, MembershipCount>> counts = Optional.empty();
        private Optional<List<Resolution>> knownResolutions = Optional.empty();
        private final Set<RuleCode> disabled = new HashSet<>();

        private Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        /**
         * Sets the as-of date.
         *
         * @param date not null
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the charter profile.
         *
         * @param value not null
         * @return this builder
         */
        public Builder profile(CharterProfile value) {
            this.profile = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the presentation locale.
         *
         * @param value not null
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the organization tree.
         *
         * @param value not null
         * @return this builder
         */
        public Builder organizations(OrganizationTree value) {
            this.organizations = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the membership registry.
         *
         * @param value not null
         * @return this builder
         */
        public Builder registry(MembershipRegistry value) {
            this.registry = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets explicit membership counts per organization (totals of the whole subtree), which take
         * precedence over counts derived from the registry.
         *
         * @param value not null
         * @return this builder
         */
        public Builder membershipCounts(Map<OrganizationId, MembershipCount> value) {
            this.counts = Optional.of(Map.copyOf(Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets the resolutions known to exist, for checking references.
         *
         * @param value not null
         * @return this builder
         */
        public Builder knownResolutions(Collection<Resolution> value) {
            this.knownResolutions = Optional.of(List.copyOf(Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Disables a rule in this context.
         *
         * @param code not null
         * @return this builder
         */
        public Builder disable(RuleCode code) {
            disabled.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context
         */
        public RuleContext build() {
            return new RuleContext(this);
        }
    }
}
