package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.rules.catalogue.SizeTier;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a {@link RegistryImport}: how many records were read, accepted and rejected (always
 * {@code read = accepted + rejected}), the rejections, and the membership counts as of the import
 * date per organization, per subtree and per level, and the routing of territorial organizations
 * through a size-tier schedule.
 *
 * <p>Counts include only members active on {@link #asOf()}; accepted members who had left or were not
 * yet admitted are in {@link #accepted()} but not in the counts. Immutable.
 */
public final class ImportReport {

    private final LocalDate asOf;
    private final long read;
    private final long accepted;
    private final long rejected;
    private final long counted;
    private final long warnings;
    private final boolean stoppedEarly;
    private final List<Rejection> rejections;
    private final Map<Rejection.Reason, Long> rejectedByReason;
    private final Map<OrganizationId, MembershipCount> countsByOrganization;
    private final Map<OrganizationId, MembershipCount> subtreeCounts;
    private final Map<OrganizationLevel, MembershipCount> countsByLevel;
    private final Map<SizeTier, List<OrganizationId>> routing;

    ImportReport(LocalDate asOf, long read, long accepted, long rejected, long counted, long warnings,
            boolean stoppedEarly, List<Rejection> rejections, EnumMap<Rejection.Reason, Long> rejectedByReason,
            Map<OrganizationId, MembershipCount> countsByOrganization,
            Map<OrganizationId, MembershipCount> subtreeCounts,
            EnumMap<OrganizationLevel, MembershipCount> countsByLevel, Map<SizeTier, List<OrganizationId>> routing) {
        if (read != accepted + rejected) {
            throw new IllegalStateException("read " + read + " != accepted " + accepted + " + rejected " + rejected);
        }
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.read = read;
        this.accepted = accepted;
        this.rejected = rejected;
        this.counted = counted;
        this.warnings = warnings;
        this.stoppedEarly = stoppedEarly;
        this.rejections = List.copyOf(rejections);
        this.rejectedByReason = Collections.unmodifiableMap(new EnumMap<>(rejectedByReason));
        this.countsByOrganization = countsByOrganization;
        this.subtreeCounts = subtreeCounts;
        this.countsByLevel = Collections.unmodifiableMap(new EnumMap<>(countsByLevel));
        this.routing = Collections.unmodifiableMap(new LinkedHashMap<>(routing));
    }

    /**
     * Returns the date the counts are as of.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns how many records were read (blank lines are not records).
     *
     * @return accepted + rejected
     */
    public long read() {
        return read;
    }

    /**
     * Returns how many records were read into valid members.
     *
     * @return the accepted count
     */
    public long accepted() {
        return accepted;
    }

    /**
     * Returns how many records were rejected, at parsing or at validation.
     *
     * @return the rejected count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * Returns how many accepted members were active on {@link #asOf()} and so are in the counts.
     *
     * @return the counted members
     */
    public long counted() {
        return counted;
    }

    /**
     * Returns how many rule violations below the rejecting severity were found in accepted records.
     *
     * @return the warning count
     */
    public long warnings() {
        return warnings;
    }

    /**
     * Tells whether the import stopped before the end of the file (policy
     * {@link BadRowPolicy#STOP_AT_FIRST}, or an unreadable file).
     *
     * @return true if stopped early
     */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /**
     * Returns the first rejections, in file order, up to the import's retention limit; all of them
     * were passed to the import's rejection listener.
     *
     * @return the retained rejections
     */
    public List<Rejection> rejections() {
        return rejections;
    }

    /**
     * Returns the number of rejected records per reason; the values sum to {@link #rejected()}.
     *
     * @return the counts per reason, in reason order
     */
    public Map<Rejection.Reason, Long> rejectedByReason() {
        return rejectedByReason;
    }

    /**
     * Returns the active members per organization they are registered in, sorted by id.
     *
     * @return the direct counts
     */
    public Map<OrganizationId, MembershipCount> countsByOrganization() {
        return countsByOrganization;
    }

    /**
     * Returns, for every organization of the import's tree, its members and those of its descendants,
     * in depth-first order; empty when the import had no tree.
     *
     * @return the subtree counts
     */
    public Map<OrganizationId, MembershipCount> subtreeCounts() {
        return subtreeCounts;
    }

    /**
     * Returns, for each level, the members of the subtrees of the organizations at that level (the
     * members a level's organizations cover; members of a primary organization directly under a
     * regional one are not covered by the territorial level). Empty when the import had no tree.
     *
     * @return the counts per level
     */
    public Map<OrganizationLevel, MembershipCount> countsByLevel() {
        return countsByLevel;
    }

    /**
     * Returns the territorial organizations routed through the import's size-tier schedule: for each
     * tier in order, the organizations whose subtree count falls into it, sorted by id. Empty without
     * a tree or a schedule.
     *
     * @return the routing
     */
    public Map<SizeTier, List<OrganizationId>> routing() {
        return routing;
    }

    /**
     * Returns the total of the active members counted.
     *
     * @return the total count as of {@link #asOf()}
     */
    public MembershipCount total() {
        MembershipCount total = MembershipCount.zero(asOf);
        for (MembershipCount count : countsByOrganization.values()) {
            total = total.plus(count);
        }
        return total;
    }

    /**
     * Returns the figures without personal data.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "ImportReport[asOf=" + asOf + ", read=" + read + ", accepted=" + accepted + ", rejected=" + rejected
                + ", counted=" + counted + ", warnings=" + warnings + ", stoppedEarly=" + stoppedEarly
                + ", organizations=" + countsByOrganization.size() + "]";
    }
}
