package io.github.unionkit.benchmarks.rules;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.validation.UnionValidator;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The validator facade's one route against plain Hibernate Validator, in the same run, through the public
 * API only. Throughput in operations per microsecond; the ratios are the quotients of the scores.
 *
 * <p>What each benchmark checks:
 * <ul>
 * <li>{@link #memberFacade()}: the Jakarta constraints of {@code Member} and of the values it cascades
 * into, then the four rules of {@code Catalogue.member()}, returning a {@code ValidationReport}.</li>
 * <li>{@link #memberConstraintsOnly()}: the same constraints without the rules
 * ({@code UnionValidator.validateConstraints}).</li>
 * <li>{@link #memberPlainHibernateValidator()}: a conventional JavaBean with the same field constraints
 * plus the admission rule as {@code @PastOrPresent}, validated by a default Hibernate Validator with the
 * same fixed clock — what another system would write without UnionKit.</li>
 * <li>{@link #resolutionFacade()} and {@link #resolutionConstraintsOnly()}: the seed resolution with and
 * without the resolution catalogue (deadlines, size bands, clause numbering, references; the seed yields
 * nine {@code UK-DEADLINE-005} infos whose messages are formatted).</li>
 * </ul>
 *
 * <p>Decision 0039 records the figures and why no fast path is kept. Run: {@code ./mvnw -B -q -o -pl
 * benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * 'rules.RulesValidationBenchmark' -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesValidationBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

    private UnionValidator facade;
    private Validator plainHv;
    private RuleContext context;
    private Member member;
    private MemberBean bean;
    private Resolution resolution;

    /** Builds the validators and subjects once. */
    @Setup
    public void setUp() {
        facade = UnionValidator.create();
        Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        plainHv = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> clock)
                .buildValidatorFactory().getValidator();
        context = RuleContext.of(AS_OF);
        member = Member.builder().id(MemberId.of("m-1001")).category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.of("school-1")).admissionDate(LocalDate.of(2015, 9, 1))
                .birthDate(LocalDate.of(1980, 5, 5)).build();
        bean = new MemberBean("m-1001", "EMPLOYEE", "school-1", LocalDate.of(2015, 9, 1), null,
                LocalDate.of(1980, 5, 5));
        resolution = SeedResolutions.astrakhan3of1();
        ValidationReport check = facade.validate(member, context);
        if (!check.isValid()) {
            throw new IllegalStateException(check.toString());
        }
    }

    /** The facade on the member: constraints plus the member rules. */
    @Benchmark
    public ValidationReport memberFacade() {
        return facade.validate(member, context);
    }

    /** The facade on the member, constraints only. */
    @Benchmark
    public ValidationReport memberConstraintsOnly() {
        return facade.validateConstraints(member, context);
    }

    /** Plain Hibernate Validator on the equivalent bean. */
    @Benchmark
    public Set<ConstraintViolation<MemberBean>> memberPlainHibernateValidator() {
        return plainHv.validate(bean);
    }

    /** The facade on the seed resolution: constraints plus the whole resolution catalogue. */
    @Benchmark
    public ValidationReport resolutionFacade() {
        return facade.validate(resolution, context);
    }

    /** The facade on the seed resolution, constraints only (the whole clause tree). */
    @Benchmark
    public ValidationReport resolutionConstraintsOnly() {
        return facade.validateConstraints(resolution, context);
    }
}
