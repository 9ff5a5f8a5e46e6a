package io.github.unionkit.testkit.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipStatus;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.MemberGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Status is a pure function of the dates: ACTIVE iff admission ≤ d &lt; exit, exactly one status per date. */
class MembershipStatusPropertiesTest {

    private static final long SEED = 152L;
    private static final int EXAMPLES = 400;

    /** A member together with a date near its membership dates. */
    private static final class Sample {
        final Member member;
        final LocalDate date;

        Sample(Member member, LocalDate date) {
            this.member = member;
            this.date = date;
        }

        @Override
        public String toString() {
            return member + " on " + date;
        }
    }

    private static final Generator<Sample> SAMPLES = MemberGenerators.members()
            .flatMap(member -> MemberGenerators.datesAround(member).map(date -> new Sample(member, date)));

    @Test
    void activeExactlyFromAdmissionUntilTheDayBeforeExit() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(SAMPLES))
                .checkAssert(sample -> {
                    Member member = sample.member;
                    LocalDate d = sample.date;
                    boolean expected = !d.isBefore(member.admissionDate())
                            && member.exit().map(e -> d.isBefore(e.date())).orElse(true);
                    assertThat(member.isActiveOn(d)).isEqualTo(expected);
                    assertThat(member.statusAsOf(d) == MembershipStatus.ACTIVE).isEqualTo(expected);
                });
    }

    @Test
    void exactlyOneStatusHoldsAndItMatchesTheDates() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES)
                .forAll(QuickTheoriesGenerators.from(SAMPLES))
                .checkAssert(sample -> {
                    Member member = sample.member;
                    LocalDate d = sample.date;
                    boolean before = d.isBefore(member.admissionDate());
                    boolean left = !before && member.exit().map(e -> !d.isBefore(e.date())).orElse(false);
                    boolean active = !before && !left;
                    int holding = (before ? 1 : 0) + (left ? 1 : 0) + (active ? 1 : 0);
                    assertThat(holding).isEqualTo(1);
                    MembershipStatus expected = before ? MembershipStatus.NOT_YET_ADMITTED
                            : left ? MembershipStatus.LEFT : MembershipStatus.ACTIVE;
                    assertThat(member.statusAsOf(d)).isEqualTo(expected);
                });
    }

    @Test
    void statusDependsOnlyOnTheDatesNotOnPersonalDataOrTheClockSource() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < EXAMPLES; i++) {
            Sample sample = SAMPLES.generate(random);
            Member member = sample.member;
            Member stripped = Member.builder().id(member.id()).category(member.category())
                    .primaryOrganization(member.primaryOrganization()).admissionDate(member.admissionDate())
                    .exit(member.exit()).build();
            MembershipStatus status = member.statusAsOf(sample.date);
            assertThat(stripped.statusAsOf(sample.date)).isEqualTo(status);
            assertThat(member.statusAsOf(sample.date)).isEqualTo(status);
            Clock clock = Clock.fixed(sample.date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            assertThat(member.statusAsOf(clock)).isEqualTo(status);
            assertThat(MembershipStatus.of(member.admissionDate(), member.exit().map(MembershipExit::date), sample.date))
                    .isEqualTo(status);
        }
    }

    @Test
    void statusIsMonotoneInTime() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int i = 0; i < EXAMPLES; i++) {
            Sample sample = SAMPLES.generate(random);
            LocalDate later = sample.date.plusDays(random.nextInt(0, 4000));
            assertThat(sample.member.statusAsOf(later).ordinal())
                    .isGreaterThanOrEqualTo(sample.member.statusAsOf(sample.date).ordinal());
        }
        assertThat(MembershipStatus.of(LocalDate.of(2020, 1, 1), Optional.empty(), LocalDate.MAX))
                .isEqualTo(MembershipStatus.ACTIVE);
    }
}
