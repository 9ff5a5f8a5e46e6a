package io.github.unionkit.testkit.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.member.InvalidMemberException;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.member.MembershipRegistryException;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.testkit.MemberGenerators;
import io.github.unionkit.testkit.OrganizationGenerators;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Generated members are valid, consistent with their organizations, and never leak personal data. */
class MemberGeneratorsTest {

    private static final long SEED = 2021L;

    @Test
    void studentsBelongOnlyToOrganizationsThatAdmitThem() {
        SplittableRandom random = new SplittableRandom(SEED);
        EnumSet<MemberCategory> seen = EnumSet.noneOf(MemberCategory.class);
        for (int i = 0; i < 20; i++) {
            OrganizationTree tree = OrganizationGenerators.trees(2, 3, 5, 1)
                    .filter(t -> !t.atLevel(io.github.unionkit.model.org.OrganizationLevel.PRIMARY).isEmpty())
                    .generate(random);
            for (Member member : MemberGenerators.memberLists(tree, 0, 50).generate(random)) {
                Organization primary = tree.get(member.primaryOrganization());
                assertThat(primary.level()).isEqualTo(io.github.unionkit.model.org.OrganizationLevel.PRIMARY);
                if (member.category() == MemberCategory.STUDENT) {
                    assertThat(primary.kind().admitsStudents()).as(member.toString()).isTrue();
                }
                seen.add(member.category());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(MemberCategory.values());
    }

    @Test
    void toStringNeverContainsNameCardOrBirthDate() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            Member member = MemberGenerators.members().generate(random);
            String text = member.toString();
            if (member.name().isPresent()) {
                PersonName name = member.name().get();
                assertThat(text).doesNotContain(name.family(), name.given());
                name.patronymic().ifPresent(p -> assertThat(text).doesNotContain(p));
                checked++;
            }
            member.card().ifPresent(card -> assertThat(text).doesNotContain(card.value(), card.lastFour()
                    + "]"));
            member.birthDate().ifPresent(birth -> assertThat(text).doesNotContain(birth.toString()));
            assertThat(text).contains(member.id().toString());
        }
        assertThat(checked).isPositive();
    }

    @Test
    void namesAreCyrillic() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        boolean yo = false;
        for (int i = 0; i < 300; i++) {
            PersonName name = MemberGenerators.personNames().generate(random);
            assertThat(name.fullName()).matches("[А-Яа-яЁё ]+");
            yo |= name.fullName().indexOf('ё') >= 0;
        }
        assertThat(yo).isTrue();
    }

    @Test
    void invalidMemberBuildersFailWithoutLeakingPersonalData() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        EnumSet<InvalidMemberException.ErrorType> seen = EnumSet.noneOf(InvalidMemberException.ErrorType.class);
        for (int i = 0; i < 200; i++) {
            Member.Builder builder = MemberGenerators.invalidMemberBuilders().generate(random);
            assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidMemberException.class, e -> {
                seen.add(e.errorType());
                assertThat(e.getMessage()).doesNotContainPattern("[А-Яа-яЁё]");
            });
        }
        assertThat(seen).containsExactlyInAnyOrder(InvalidMemberException.ErrorType.values());
    }

    @Test
    void registryCountsAddUpToTheActiveMembersAndAggregateInTheTree() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        for (int i = 0; i < 30; i++) {
            OrganizationTree tree = OrganizationGenerators.trees()
                    .filter(t -> !t.atLevel(io.github.unionkit.model.org.OrganizationLevel.PRIMARY).isEmpty())
                    .generate(random);
            MembershipRegistry registry = MemberGenerators.registries(tree, 0, 300).generate(random);
            LocalDate date = OrganizationGenerators.MIN_DATE.plusDays(random.nextInt(0, 13_000));
            Map<OrganizationId, MembershipCount> counts = registry.countsAsOf(date);
            long active = registry.members().stream().filter(m -> m.isActiveOn(date)).count();
            long counted = counts.values().stream().mapToLong(MembershipCount::total).sum();
            assertThat(counted).isEqualTo(active);
            Map<OrganizationId, MembershipCount> sums = MembershipCount.subtreeCounts(tree, counts, date);
            assertThat((long) sums.get(tree.root().id()).total()).isEqualTo(active);
            for (Map.Entry<OrganizationId, MembershipCount> entry : counts.entrySet()) {
                long direct = registry.members().stream()
                        .filter(m -> m.primaryOrganization().equals(entry.getKey()) && m.isActiveOn(date)).count();
                assertThat((long) entry.getValue().total()).isEqualTo(direct);
            }
        }
    }

    @Test
    void duplicateIdsAreRejectedNamingTheId() {
        SplittableRandom random = new SplittableRandom(SEED + 5);
        OrganizationTree tree = OrganizationGenerators.trees(1, 2, 3, 0)
                .filter(t -> !t.atLevel(io.github.unionkit.model.org.OrganizationLevel.PRIMARY).isEmpty())
                .generate(random);
        for (int i = 0; i < 100; i++) {
            List<Member> members = MemberGenerators.membersWithDuplicateId(tree).generate(random);
            assertThatThrownBy(() -> MembershipRegistry.of(members))
                    .isInstanceOfSatisfying(MembershipRegistryException.class, e -> {
                        assertThat(members.stream().filter(m -> m.id().equals(e.memberId())).count()).isEqualTo(2);
                        assertThat(e.getMessage()).contains(e.memberId().toString()).doesNotContainPattern("[А-Яа-яЁё]");
                    });
        }
    }

    @Test
    void membersWithHistoryAreValidAndHaveAHistory() {
        SplittableRandom random = new SplittableRandom(SEED + 9);
        int withHistory = 0;
        for (int i = 0; i < 300; i++) {
            Member member = MemberGenerators.membersWithHistory().generate(random);
            withHistory += member.hasHistory() ? 1 : 0;
            assertThat(member.spells()).hasSize(member.interruptions().size() + 1);
        }
        assertThat(withHistory).isGreaterThan(200);
    }
}
