package io.github.unionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.rules.validation.internal.HibernateBackend;
import io.github.unionkit.rules.validation.internal.MemberFastPath;
import io.github.unionkit.testkit.MemberGenerators;
import io.github.unionkit.testkit.OrganizationGenerators;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The facade's fast paths (specialised member checks, compiled constraint plans, the shared empty
 * report) against its general route and against Hibernate Validator alone, on generated members and
 * resolutions, valid and invalid.
 */
class UnionValidatorFastPathTest {

    private static final UnionValidator VALIDATOR = UnionValidator.create();
    private static final UnionValidator HV_ONLY = UnionValidator.builder().compiledConstraints(false).build();

    /** Another system's bean that cascades into a model resolution. */
    public static final class Filing {
        private final String note;
        private final Resolution resolution;

        public Filing(String note, Resolution resolution) {
            this.note = note;
            this.resolution = resolution;
        }

        @NotBlank
        public String note() {
            return note;
        }

        @Valid
        public Resolution resolution() {
            return resolution;
        }
    }

    private static RuleContext randomContext(SplittableRandom random, OrganizationTree tree) {
        LocalDate asOf = LocalDate.of(1985 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        RuleContext.Builder b = RuleContext.builder(asOf);
        if (tree != null) {
            b.organizations(tree);
        }
        return b.build();
    }

    @Test
    void memberSpecialisationIsActiveForTheModelsMetadata() {
        HibernateBackend backend = HibernateBackend.create();
        Member member = MemberGenerators.members().generate(new SplittableRandom(1));
        for (Class<?> type : new Class<?>[] {member.getClass(), MembershipExit.class, CardNumber.class,
                PersonName.class}) {
            // A failure here means union-model's constraints changed: update MemberFastPath with them.
            assertThat(MemberFastPath.signature(backend, type)).as(type.getName()).isNotEmpty();
        }
        assertThat(MemberFastPath.matches(backend, member.getClass()))
                .as(MemberFastPath.signature(backend, member.getClass())).isTrue();
        assertThat(VALIDATOR.memberFastPathActive(member.getClass())).isTrue();
        assertThat(HV_ONLY.memberFastPathActive(member.getClass())).isFalse();
    }

    @Test
    void memberSpecialisationIsOffWhenOtherMemberRulesAreRegistered() {
        UnionValidator custom = UnionValidator.builder()
                .rules(Member.class, RuleSet.<Member>of(Catalogue.member().rules())).build();
        Member member = MemberGenerators.members().generate(new SplittableRandom(2));
        assertThat(custom.memberFastPathActive(member.getClass())).isFalse();
    }

    @Test
    void fastPathAndHibernateValidatorGiveTheSameReportsOnGeneratedMembers() {
        SplittableRandom random = new SplittableRandom(11);
        OrganizationTree tree = OrganizationGenerators.trees().generate(random);
        int empty = 0;
        int nonEmpty = 0;
        for (int n = 0; n < 300; n++) {
            boolean withTree = random.nextBoolean();
            // Members of the tree satisfy UK-MEMBER-003/004; members of random ids mostly do not.
            Member m = random.nextBoolean() ? MemberGenerators.members(tree).generate(random)
                    : MemberGenerators.members().generate(random);
            RuleContext context = randomContext(random, withTree ? tree : null);
            ValidationReport fast = VALIDATOR.validate(m, context);
            ValidationReport general = HV_ONLY.validate(m, context);
            assertThat(fast).as("member %s as of %s", m.id(), context.asOf()).isEqualTo(general);
            assertThat(fast.isEmpty()).isEqualTo(MemberFastPath.passes(m, context));
            if (fast.isEmpty()) {
                assertThat(fast).isSameAs(ValidationReport.empty());
                empty++;
            } else {
                nonEmpty++;
            }
        }
        // Both branches must really have been exercised for the comparison to mean anything.
        assertThat(empty).isGreaterThan(30);
        assertThat(nonEmpty).isGreaterThan(30);
    }

    @Test
    void compiledPlanAcceptsEveryGeneratedResolutionWithoutHibernateValidator() {
        SplittableRandom random = new SplittableRandom(17);
        for (int n = 0; n < 60; n++) {
            Resolution r = ResolutionGenerators.resolutions().generate(random);
            RuleContext context = randomContext(random, null);
            assertThat(VALIDATOR.compiledConstraintsPass(r, context.asOf())).as("resolution %s", r.number()).isTrue();
            assertThat(VALIDATOR.validate(r, context)).isEqualTo(HV_ONLY.validate(r, context));
        }
        Resolution seed = SeedResolutions.astrakhan3of1();
        assertThat(VALIDATOR.compiledConstraintsPass(seed, seed.documentDate().orElseThrow())).isTrue();
        RuleContext seedContext = Fixtures.seedContext();
        assertThat(VALIDATOR.validate(seed, seedContext)).isEqualTo(HV_ONLY.validate(seed, seedContext))
                .isEqualTo(Catalogue.resolution().check(seed, seedContext));
    }

    @Test
    void aViolationNextToAResolutionFallsBackToHibernateValidatorWithTheSameReport() {
        SplittableRandom random = new SplittableRandom(23);
        for (int n = 0; n < 20; n++) {
            Resolution r = ResolutionGenerators.resolutions().generate(random);
            Filing blank = new Filing(" ", r);
            RuleContext context = RuleContext.of(r.documentDate().orElseThrow());
            assertThat(VALIDATOR.compiledConstraintsPass(blank, context.asOf())).isFalse();
            ValidationReport report = VALIDATOR.validate(blank, context);
            assertThat(report).isEqualTo(HV_ONLY.validate(blank, context));
            assertThat(report.violations()).singleElement().satisfies(v -> {
                assertThat(v.argument("constraint")).contains("NotBlank");
                assertThat(v.path().toString()).isEqualTo("note");
            });
            Filing fine = new Filing("filed", r);
            assertThat(VALIDATOR.compiledConstraintsPass(fine, context.asOf())).isTrue();
            assertThat(VALIDATOR.validate(fine, context)).isSameAs(ValidationReport.empty());
        }
    }
}
