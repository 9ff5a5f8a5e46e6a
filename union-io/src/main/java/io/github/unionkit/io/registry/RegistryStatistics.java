package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.Coverage;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipSpell;
import io.github.unionkit.model.member.Transfer;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * The yearly statistics a union reports for an organization, for the organization itself and for its
 * subtree (the organization and every organization below it): admissions and exits in a period by
 * reason, transfers across the scope's boundary, members by category as of the period's last day, and
 * membership coverage («охват») as of a date. Immutable; holds counts only, never a member.
 *
 * <p>Built by {@link #builder(OrganizationTree, OrganizationId, LocalDateRange)} from the registry
 * stream, one member at a time, so memory does not depend on the registry's size. Every figure follows
 * the member's history: an admission or a re-admission dated in the period is an admission, in the
 * organization the member is registered in on that day ({@link Member#organizationOn(LocalDate)}); an
 * exit dated in the period (the end of a spell, final or followed by a re-admission) is an exit with its
 * reason, in the organization of the member's last day; members are counted by
 * {@link Member#categoryOn(LocalDate)} and {@link Member#organizationOn(LocalDate)} if
 * {@link Member#isActiveOn(LocalDate) active} on the period's last day. Members registered in an
 * organization outside the scope, or unknown to the tree, are not counted.
 *
 * <p>Coverage is the share of working members ({@link MemberCategory#EMPLOYEE}) among the employees
 * given by {@link EmployeeCounts} on {@link #coverageOn()}. For the subtree it counts only the
 * organizations that have an employee count on that date, in both the numerator and the denominator.
 * It is empty when no organization of the scope has a count, or when the members exceed the employees
 * (the headcount is then out of date); {@link Figures#employees()} is given in that case all the same.
 */
public final class RegistryStatistics {

    private final OrganizationId organization;
    private final LocalDateRange period;
    private final LocalDate coverageOn;
    private final Figures own;
    private final Figures subtree;

    private RegistryStatistics(OrganizationId organization, LocalDateRange period, LocalDate coverageOn,
            Figures own, Figures subtree) {
        this.organization = organization;
        this.period = period;
        this.coverageOn = coverageOn;
        this.own = own;
        this.subtree = subtree;
    }

    /**
     * Starts statistics of an organization for a period.
     *
     * @param tree the organization tree, not null
     * @param organization the organization reported on, in {@code tree}
     * @param period the period, bounded and not empty (its last day is {@code period.getEndInclusive()})
     * @return a builder that takes the registry's members one at a time
     * @throws IllegalArgumentException if the organization is not in the tree or the period is unbounded
     *     or empty
     */
    public static Builder builder(OrganizationTree tree, OrganizationId organization, LocalDateRange period) {
        return new Builder(tree, organization, period);
    }

    /**
     * Returns the organization reported on.
     *
     * @return its id
     */
    public OrganizationId organization() {
        return organization;
    }

    /**
     * Returns the period of the admissions, exits and transfers.
     *
     * @return the period, bounded
     */
    public LocalDateRange period() {
        return period;
    }

    /**
     * Returns the day the members by category are counted on: the period's last day.
     *
     * @return {@code period().getEndInclusive()}
     */
    public LocalDate asOf() {
        return period.getEndInclusive();
    }

    /**
     * Returns the date coverage is computed on (the period's last day unless the builder was told
     * otherwise).
     *
     * @return the date
     */
    public LocalDate coverageOn() {
        return coverageOn;
    }

    /**
     * Returns the figures of the organization itself (members registered directly in it).
     *
     * @return the figures
     */
    public Figures own() {
        return own;
    }

    /**
     * Returns the figures of the organization's subtree: the organization and all below it.
     *
     * @return the figures
     */
    public Figures subtree() {
        return subtree;
    }

    @Override
    public String toString() {
        return "RegistryStatistics[" + organization + ", " + period + ", subtree " + subtree + "]";
    }

    /**
     * The figures of one scope (an organization, or its subtree).
     *
     * @param admissions admissions and re-admissions dated in the period, at least 0
     * @param exitsByReason exits dated in the period, by reason; every reason is a key (0 if none);
     *     unmodifiable
     * @param transfersIn transfers in the period from an organization outside the scope into it
     * @param transfersOut transfers in the period from the scope to an organization outside it
     * @param members the active members by category on the period's last day
     * @param employees the employees counted for coverage on the coverage date, empty if none is known
     * @param coverage the coverage on the coverage date, empty if unknown (see the class description)
     */
    public record Figures(long admissions, Map<ExitReason, Long> exitsByReason, long transfersIn,
            long transfersOut, MembershipCount members, OptionalInt employees, Optional<Coverage> coverage) {

        /**
         * Creates figures, checking and copying their parts.
         *
         * @throws IllegalArgumentException if a count is negative or a reason is missing
         */
        public Figures {
            Objects.requireNonNull(exitsByReason, "exitsByReason");
            Objects.requireNonNull(members, "members");
            Objects.requireNonNull(employees, "employees");
            Objects.requireNonNull(coverage, "coverage");
            if (admissions < 0 || transfersIn < 0 || transfersOut < 0) {
                throw new IllegalArgumentException("counts must be >= 0");
            }
            EnumMap<ExitReason, Long> copy = new EnumMap<>(ExitReason.class);
            for (ExitReason reason : ExitReason.values()) {
                Long n = exitsByReason.get(reason);
                if (n == null || n < 0) {
                    throw new IllegalArgumentException("exits by reason need a count >= 0 for " + reason);
                }
                copy.put(reason, n);
            }
            exitsByReason = Collections.unmodifiableMap(copy);
        }

        /**
         * Returns all exits in the period, whatever the reason.
         *
         * @return the sum of {@link #exitsByReason()}
         */
        public long exits() {
            long sum = 0;
            for (long n : exitsByReason.values()) {
                sum += n;
            }
            return sum;
        }

        /**
         * Returns the exits in the period for one reason.
         *
         * @param reason the reason, not null
         * @return at least 0
         */
        public long exits(ExitReason reason) {
            return exitsByReason.get(Objects.requireNonNull(reason, "reason"));
        }
    }

    /**
     * Accumulates the statistics from the registry's members, one at a time (not thread-safe). Set
     * {@link #employees(EmployeeCounts)} and {@link #coverageOn(LocalDate)} before the first
     * {@link #add(Member)}.
     */
    public static final class Builder {
        private final OrganizationTree tree;
        private final OrganizationId organization;
        private final LocalDateRange period;
        private final LocalDate end;
        private final Set<OrganizationId> scope = new HashSet<>();
        private EmployeeCounts employees = EmployeeCounts.none();
        private LocalDate coverageOn;
        private boolean started;
        private Set<OrganizationId> counted;
        private final Tally own = new Tally();
        private final Tally sub = new Tally();

        private Builder(OrganizationTree tree, OrganizationId organization, LocalDateRange period) {
            this.tree = Objects.requireNonNull(tree, "tree");
            this.organization = Objects.requireNonNull(organization, "organization");
            this.period = Objects.requireNonNull(period, "period");
            if (!tree.contains(organization)) {
                throw new IllegalArgumentException("the organization " + organization + " is not in the tree");
            }
            if (period.isUnboundedStart() || period.isUnboundedEnd() || period.isEmpty()) {
                throw new IllegalArgumentException("the period must be bounded and not empty: " + period);
            }
            this.end = period.getEndInclusive();
            this.coverageOn = end;
            scope.add(organization);
            for (Organization o : tree.descendants(organization)) {
                scope.add(o.id());
            }
        }

        /**
         * Sets the employee counts coverage is computed from (default: none, so coverage is empty).
         *
         * @param counts the counts, not null
         * @return this builder
         * @throws IllegalStateException if a member was already added
         */
        public Builder employees(EmployeeCounts counts) {
            requireNotStarted();
            this.employees = Objects.requireNonNull(counts, "counts");
            return this;
        }

        /**
         * Sets the date coverage is computed on (default: the period's last day).
         *
         * @param date the date, not null
         * @return this builder
         * @throws IllegalStateException if a member was already added
         */
        public Builder coverageOn(LocalDate date) {
            requireNotStarted();
            this.coverageOn = Objects.requireNonNull(date, "date");
            return this;
        }

        private void requireNotStarted() {
            if (started) {
                throw new IllegalStateException("set the options before the first member");
            }
        }

        private void start() {
            if (!started) {
                started = true;
                counted = new HashSet<>();
                for (OrganizationId id : scope) {
                    OptionalInt n = employees.employeesOn(id, coverageOn);
                    if (n.isPresent()) {
                        counted.add(id);
                        sub.employees += n.getAsInt();
                        if (id.equals(organization)) {
                            own.employees += n.getAsInt();
                        }
                    }
                }
            }
        }

        /**
         * Counts one member of the registry.
         *
         * @param member the member, not null
         * @return this builder
         */
        public Builder add(Member member) {
            Objects.requireNonNull(member, "member");
            start();
            for (MembershipSpell spell : member.spells()) {
                LocalDate admission = spell.admission();
                if (period.contains(admission)) {
                    OrganizationId at = member.organizationOn(admission);
                    tally(at, t -> t.admissions++);
                }
                if (spell.exit().isPresent()) {
                    MembershipExit exit = spell.exit().get();
                    if (period.contains(exit.date())) {
                        OrganizationId at = member.organizationOn(exit.date().minusDays(1));
                        tally(at, t -> t.exits.merge(exit.reason(), 1L, Long::sum));
                    }
                }
            }
            for (Transfer transfer : member.transfers()) {
                if (period.contains(transfer.date()) && member.isActiveOn(transfer.date())) {
                    OrganizationId from = member.organizationOn(transfer.date().minusDays(1));
                    transfer(from, transfer.to(), own, organization::equals);
                    transfer(from, transfer.to(), sub, scope::contains);
                }
            }
            if (member.isActiveOn(end)) {
                MemberCategory category = member.categoryOn(end);
                tally(member.organizationOn(end), t -> t.categories.merge(category, 1, Integer::sum));
            }
            if (member.isActiveOn(coverageOn) && member.categoryOn(coverageOn) == MemberCategory.EMPLOYEE) {
                OrganizationId at = member.organizationOn(coverageOn);
                if (counted.contains(at)) {
                    tally(at, t -> t.working++);
                }
            }
            return this;
        }

        private static void transfer(OrganizationId from, OrganizationId to, Tally tally,
                java.util.function.Predicate<OrganizationId> inScope) {
            boolean fromIn = inScope.test(from);
            boolean toIn = inScope.test(to);
            if (toIn && !fromIn) {
                tally.transfersIn++;
            } else if (fromIn && !toIn) {
                tally.transfersOut++;
            }
        }

        private void tally(OrganizationId at, java.util.function.Consumer<Tally> action) {
            if (scope.contains(at)) {
                action.accept(sub);
                if (at.equals(organization)) {
                    action.accept(own);
                }
            }
        }

        /**
         * Returns the statistics of the members added so far.
         *
         * @return the statistics
         */
        public RegistryStatistics build() {
            start();
            return new RegistryStatistics(organization, period, coverageOn,
                    own.figures(end, counted.contains(organization)), sub.figures(end, !counted.isEmpty()));
        }
    }

    /** The mutable counters of one scope. */
    private static final class Tally {
        long admissions;
        final EnumMap<ExitReason, Long> exits = new EnumMap<>(ExitReason.class);
        long transfersIn;
        long transfersOut;
        final EnumMap<MemberCategory, Integer> categories = new EnumMap<>(MemberCategory.class);
        long working;
        long employees;

        Figures figures(LocalDate end, boolean known) {
            EnumMap<ExitReason, Long> all = new EnumMap<>(ExitReason.class);
            for (ExitReason reason : ExitReason.values()) {
                all.put(reason, exits.getOrDefault(reason, 0L));
            }
            MembershipCount members = MembershipCount.of(end, categories.getOrDefault(MemberCategory.EMPLOYEE, 0),
                    categories.getOrDefault(MemberCategory.NON_WORKING_PENSIONER, 0),
                    categories.getOrDefault(MemberCategory.STUDENT, 0));
            OptionalInt headcount = known ? OptionalInt.of(Math.toIntExact(Math.min(employees, Integer.MAX_VALUE)))
                    : OptionalInt.empty();
            Optional<Coverage> coverage = known && working <= employees && employees <= Integer.MAX_VALUE
                    ? Optional.of(Coverage.of((int) working, (int) employees)) : Optional.empty();
            return new Figures(admissions, all, transfersIn, transfersOut, members, headcount, coverage);
        }
    }
}
