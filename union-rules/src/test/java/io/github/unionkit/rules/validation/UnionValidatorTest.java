package io.github.unionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.constraints.ClauseNumberFormat;
import io.github.unionkit.rules.constraints.DeadlinePhrase;
import io.github.unionkit.rules.constraints.DecreeNumberFormat;
import io.github.unionkit.rules.constraints.MembershipCountTier;
import io.github.unionkit.testkit.MemberGenerators;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnionValidatorTest {

    private static final UnionValidator VALIDATOR = UnionValidator.create();
    private static final UnionValidator HV_ONLY = UnionValidator.builder().compiledConstraints(false).build();
    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    /** A bean of another system with record-style accessors only, no getters. */
    public static final class Order {
        private final String title;
        private final String decree;
        private final String clause;
        private final String deadline;
        private final int members;

        public Order(String title, String decree, String clause, String deadline, int members) {
            this.title = title;
            this.decree = decree;
            this.clause = clause;
            this.deadline = deadline;
            this.members = members;
        }

        @NotBlank
        public String title() {
            return title;
        }

        @DecreeNumberFormat
        public String decree() {
            return decree;
        }

        @ClauseNumberFormat(maxDepth = 3)
        public String clause() {
            return clause;
        }

        @DeadlinePhrase
        public String deadline() {
            return deadline;
        }

        @MembershipCountTier(range = "0..1000")
        public int members() {
            return members;
        }
    }

    @Test
    void aMemberWithoutPatronymicIsValidOnBothRoutes() {
        Member member = Member.builder()
                .id(MemberId.parse("m1"))
                .category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.parse("ppo-1"))
                .admissionDate(LocalDate.of(2015, 9, 1))
                .name(PersonName.of("Иванова", "Мария"))
                .build();
        for (UnionValidator v : new UnionValidator[] {VALIDATOR, HV_ONLY}) {
            assertThat(v.validate(member, RuleContext.of(DAY)).violations()).isEmpty();
        }
    }

    @Test
    void constraintsOnRecordStyleAccessorsAreEvaluated() {
        RuleContext context = RuleContext.of(DAY);
        Order good = new Order("Об итогах", "№ 3- 1", "3.1.1", "до 29 декабря 2020 г.", 1000);
        assertThat(VALIDATOR.validate(good, context).violations()).isEmpty();
        Order bad = new Order(" ", "3-", "1.2.3.4", "когда-нибудь", 1001);
        for (UnionValidator v : new UnionValidator[] {VALIDATOR, HV_ONLY}) {
            ValidationReport report = v.validate(bad, context);
            assertThat(report.violations()).extracting(x -> x.argument("constraint").orElseThrow())
                    .containsExactlyInAnyOrder("NotBlank", "DecreeNumberFormat", "ClauseNumberFormat", "DeadlinePhrase",
                            "MembershipCountTier");
            assertThat(report.withCode("UK-BEAN-001").size()).isEqualTo(5);
            assertThat(report.messages(Locale.ENGLISH)).anySatisfy(m -> assertThat(m).contains("tier 0..1000"));
            assertThat(report.messages(Locale.forLanguageTag("ru")))
                    .anySatisfy(m -> assertThat(m).contains("номером постановления"));
        }
    }

    @Test
    void constraintsOnTheModelsAccessorsAreEvaluatedRelativeToTheAsOfDate() {
        // Member.birthDate() is Optional<@Past LocalDate>: past as of the context date, not the system clock.
        Member member = Member.builder().id(MemberId.of("m-7")).category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.of("school-1")).admissionDate(LocalDate.of(2030, 1, 1))
                .birthDate(LocalDate.of(2005, 1, 1)).build();
        RuleContext early = RuleContext.of(LocalDate.of(2004, 1, 1));
        for (UnionValidator v : new UnionValidator[] {VALIDATOR, HV_ONLY}) {
            ValidationReport report = v.validateConstraints(member, early);
            assertThat(report.violations()).singleElement().satisfies(x -> {
                assertThat(x.argument("constraint")).contains("Past");
                assertThat(x.path().toString()).startsWith("birthDate");
            });
            assertThat(v.validateConstraints(member, RuleContext.of(LocalDate.of(2031, 1, 1))).isEmpty()).isTrue();
        }
        // The facade merges the catalogue: admission after the as-of date is UK-MEMBER-001.
        assertThat(VALIDATOR.validate(member, early).codes()).extracting(Object::toString)
                .containsExactly("UK-BEAN-001", "UK-MEMBER-001");
    }

    @Test
    void compiledChecksAgreeWithHibernateValidatorOnGeneratedMembersAndTheSeed() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 200; n++) {
            Member m = MemberGenerators.members().generate(random);
            RuleContext context = RuleContext.of(LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1));
            assertThat(VALIDATOR.validate(m, context)).isEqualTo(HV_ONLY.validate(m, context));
        }
        RuleContext context = RuleContext.of(SeedResolutions.astrakhan3of1().documentDate().orElseThrow());
        assertThat(VALIDATOR.validate(SeedResolutions.astrakhan3of1(), context))
                .isEqualTo(HV_ONLY.validate(SeedResolutions.astrakhan3of1(), context));
    }
}
