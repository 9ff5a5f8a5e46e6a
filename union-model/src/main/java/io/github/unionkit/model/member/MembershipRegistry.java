package io.github.unionkit.model.member;

import io.github.unionkit.model.member.MembershipRegistryException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable in-memory view of a membership registry (единый реестр членов Профсоюза): members by
 * id, with status and counts as of any date.
 *
 * <p>Counting is a pure function of the members' dates: nothing is stored as "active", so a registry
 * built once answers for every date. Member ids are unique; {@link #of(Collection)} rejects duplicates
 * with a {@link MembershipRegistryException} naming the id. Instances are immutable and thread-safe.
 */
public final class MembershipRegistry {

    private final List<Member> members;
    private final Map<MemberId, Member> byId;

    private MembershipRegistry(List<Member> members, Map<MemberId, Member> byId) {
        this.members = members;
        this.byId = byId;
    }

    /**
     * Returns a registry of the given members.
     *
     * @param members the members, not null, no nulls, unique ids; may be empty
     * @return the registry
     * @throws NullPointerException if the collection or an element is null
     * @throws MembershipRegistryException ({@code DUPLICATE_MEMBER_ID}) if two members share an id
     */
    public static MembershipRegistry of(Collection<Member> members) {
        Objects.requireNonNull(members, "members");
        List<Member> list = new ArrayList<>(members.size());
        Map<MemberId, Member> byId = new HashMap<>(members.size() * 2);
        for (Member member : members) {
            Objects.requireNonNull(member, "member");
            if (byId.putIfAbsent(member.id(), member) != null) {
                throw new MembershipRegistryException(ErrorType.DUPLICATE_MEMBER_ID, member.id(),
                        "two members share this id");
            }
            list.add(member);
        }
        return new MembershipRegistry(Collections.unmodifiableList(list), Collections.unmodifiableMap(byId));
    }

    /**
     * Returns the number of members held, whatever their status.
     *
     * @return the size, at least 0
     */
    public int size() {
        return members.size();
    }

    /**
     * Returns every member held, in the order given to {@link #of(Collection)}.
     *
     * @return an unmodifiable list
     */
    public List<Member> members() {
        return members;
    }

    /**
     * Returns the member with the given id.
     *
     * @param id the id, not null
     * @return the member, or empty if the registry has none with this id
     */
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Tells whether the registry holds a member with this id who is active on {@code date}.
     *
     * @param id the id, not null
     * @param date the date, not null
     * @return true if the member exists and {@link Member#isActiveOn(LocalDate)} holds
     */
    public boolean isActiveMember(MemberId id, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Member member = byId.get(Objects.requireNonNull(id, "id"));
        return member != null && member.isActiveOn(date);
    }

    /**
     * Counts the members active on {@code date} per primary organization and category, each in the
     * organization and category of that date ({@link Member#organizationOn(LocalDate)},
     * {@link Member#categoryOn(LocalDate)}).
     *
     * @param date the date, not null
     * @return an unmodifiable map ordered by organization id, with an entry for every organization that
     *     is a member's organization on {@code date} (zero counts where none is active then), every
     *     count as of {@code date}
     */
    public Map<OrganizationId, MembershipCount> countsAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        MembershipCount zero = MembershipCount.zero(date);
        Map<OrganizationId, MembershipCount> counts = new TreeMap<>();
        for (Member member : members) {
            OrganizationId organization = member.organizationOn(date);
            MembershipCount count = counts.getOrDefault(organization, zero);
            counts.put(organization, member.isActiveOn(date) ? count.plus(member.categoryOn(date)) : count);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Two registries are equal when they hold equal members in the same order.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a registry with equal members
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MembershipRegistry && members.equals(((MembershipRegistry) other).members);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /**
     * Returns the size only; a registry holds personal data and never prints its members.
     *
     * @return e.g. {@code MembershipRegistry[size=1200]}
     */
    @Override
    public String toString() {
        return "MembershipRegistry[size=" + members.size() + "]";
    }
}
