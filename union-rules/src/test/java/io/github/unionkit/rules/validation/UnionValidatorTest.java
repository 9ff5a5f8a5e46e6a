package io.github.unionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnionValidatorTest {

    private static final UnionValidator VALIDATOR = UnionValidator.create();
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
        assertThat(VALIDATOR.validate(member, RuleContext.of(DAY))).isSameAs(ValidationReport.empty());
    }

    @Test
    void constraintsOnRecordStyleAccessorsAreEvaluated() {
        RuleContext context = RuleContext.of(DAY);
        Order good = new Order("Об итогах", "№ 3- 1", "3.1.1", "до 29 декабря 2020 г.", 1000);
        assertThat(VALIDATOR.validate(good, context).violations()).isEmpty();
        Order bad = new Order(" ", "3-", "1.2.3.4", "когда-нибудь", 1001);
        {
            ValidationReport report = VALIDATOR.validate(bad, context);
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
        {
            UnionValidator v = VALIDATOR;
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
    void aBeanLoadedByAChildClassLoaderIsValidated() throws Exception {
        // Plugins, application servers and the single-file launcher load the user's beans through their own
        // loader; the facade must read their constraints like any other class's.
        URL classes = ChildLoaderBean.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader child = new ChildFirst(classes, ChildLoaderBean.class.getName())) {
            Class<?> type = child.loadClass(ChildLoaderBean.class.getName());
            assertThat(type).isNotSameAs(ChildLoaderBean.class);
            assertThat(type.getClassLoader()).isSameAs(child);
            RuleContext context = RuleContext.of(DAY);
            Object blank = type.getConstructor(String.class).newInstance(" ");
            Object tooLong = type.getConstructor(String.class).newInstance("Об итогах работы за 2020 год");
            Object good = type.getConstructor(String.class).newInstance("Об итогах");
            assertThat(VALIDATOR.validate(blank, context).violations())
                    .extracting(x -> x.argument("constraint").orElseThrow()).containsExactly("NotBlank");
            assertThat(VALIDATOR.validate(tooLong, context).violations()).singleElement()
                    .satisfies(x -> assertThat(x.message(Locale.ENGLISH)).startsWith("title: "));
            assertThat(VALIDATOR.validate(good, context).isEmpty()).isTrue();
        }
    }

    @Test
    void theReportIsTheConstraintsFindingsFollowedByTheRegisteredRulesFindings() {
        // The one route, as a law over generated members and dates: nothing is checked twice or skipped.
        qt().withFixedSeed(14).withExamples(300)
                .forAll(QuickTheoriesGenerators.from(MemberGenerators.members()),
                        QuickTheoriesGenerators.from(random -> LocalDate.of(1985 + random.nextInt(45),
                                1 + random.nextInt(12), 1 + random.nextInt(28))))
                .checkAssert((member, asOf) -> {
                    RuleContext context = RuleContext.of(asOf);
                    ValidationReport expected = VALIDATOR.validateConstraints(member, context)
                            .merge(Catalogue.member().check(member, context));
                    assertThat(VALIDATOR.validate(member, context)).isEqualTo(expected);
                });
    }

    @Test
    void aMemberBornOnOrAfterTheAsOfDateViolatesPastExactlyOnce() {
        qt().withFixedSeed(15).withExamples(200)
                .forAll(QuickTheoriesGenerators.from(MemberGenerators.members().filter(m -> m.birthDate().isPresent())))
                .checkAssert(member -> {
                    LocalDate born = member.birthDate().orElseThrow();
                    assertThat(VALIDATOR.validateConstraints(member, RuleContext.of(born)).violations())
                            .extracting(x -> x.argument("constraint").orElseThrow()).containsExactly("Past");
                    assertThat(VALIDATOR.validateConstraints(member, RuleContext.of(born.plusDays(1))).isEmpty())
                            .isTrue();
                });
    }

    @Test
    void aRuleSetRegisteredForASupertypeAppliesToItsSubtypes() {
        RuleSet<CharSequence> nonEmpty = RuleSet.of(Rule.<CharSequence>of(io.github.unionkit.rules.RuleCode.of("UK-TEST-001"),
                Severity.ERROR, (rule, text, context) -> text.length() == 0
                        ? List.of(rule.violation(io.github.unionkit.model.path.PropertyPath.root()))
                        : List.of()));
        UnionValidator validator = UnionValidator.builder().rules(CharSequence.class, nonEmpty).build();
        assertThat(validator.validate("", RuleContext.of(DAY)).codes()).extracting(Object::toString)
                .containsExactly("UK-TEST-001");
        assertThat(validator.validate(new StringBuilder(), RuleContext.of(DAY)).codes()).hasSize(1);
        assertThat(validator.validate("x", RuleContext.of(DAY)).isEmpty()).isTrue();
        assertThat(VALIDATOR.validate("", RuleContext.of(DAY)).isEmpty()).isTrue();
    }

    @Test
    void theSeedResolutionHasNoConstraintViolation() {
        RuleContext context = RuleContext.of(SeedResolutions.astrakhan3of1().documentDate().orElseThrow());
        assertThat(VALIDATOR.validateConstraints(SeedResolutions.astrakhan3of1(), context).isEmpty()).isTrue();
    }

    /** Loads one class itself (child first), everything else through the test's loader. */
    private static final class ChildFirst extends URLClassLoader {
        private final String name;

        ChildFirst(URL classes, String name) {
            super(new URL[] {classes}, UnionValidatorTest.class.getClassLoader());
            this.name = name;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (!className.equals(name)) {
                return super.loadClass(className, resolve);
            }
            synchronized (getClassLoadingLock(className)) {
                Class<?> c = findLoadedClass(className);
                return c != null ? c : findClass(className);
            }
        }
    }
}
