package io.github.unionkit.benchmarks.rules;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The validator facade against its two baselines, in the same run. Throughput in operations per
 * microsecond; the ratios are the quotients of the scores.
 *
 * <p>What each baseline checks, so the comparison is fair:
 * <ul>
 * <li>Member, facade ({@link #memberFacade()}): the Jakarta constraints of {@code Member} (eight
 * {@code @NotNull} accessors, {@code Optional<@Past LocalDate> birthDate} relative to the context date)
 * and of the values it cascades into ({@code MembershipExit}, {@code CardNumber}, {@code PersonName}),
 * then the four rules of {@code Catalogue.member()} ({@code UK-MEMBER-001} … {@code 004}; 003 and 004
 * consult the organization tree only when the context has one), returning a {@code ValidationReport}.</li>
 * <li>Member, plain Hibernate Validator ({@link #memberPlainHibernateValidator()}): a conventional
 * JavaBean with the same field constraints plus the admission rule as {@code @PastOrPresent}, validated
 * by a default Hibernate Validator with the same fixed clock — what another system would write without
 * UnionKit.</li>
 * <li>Member, hand-written ({@link #memberHandWritten()}, code in {@code handWritten(Member, RuleContext)}): every check the facade makes, as
 * straight-line code over the same {@code Member} and {@code RuleContext} (cascaded values and the tree
 * lookups included), allocating only when it finds a problem — the fastest honest implementation, not a
 * subset. Only message texts and paths, which exist only for violations, are left out.</li>
 * <li>Resolution: the facade runs the compiled constraint plan over the whole clause tree and the whole
 * resolution catalogue (deadlines, size bands, clause numbering, references; the seed yields nine
 * {@code UK-DEADLINE-005} infos whose messages are formatted); plain Hibernate Validator with accessor
 * support validates the constraints only; the hand-written baseline covers the constraints' substance and
 * the deadline, clause-text and reference checks but not the size, numbering or decree rules, so it is a
 * lower bound rather than an equivalent — the resolution ratios are reported, not targeted.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar 'rules.RulesValidationBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesValidationBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

    private UnionValidator facade;
    private Validator plainHv;
    private Validator plainHvAccessors;
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
        plainHvAccessors = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> clock)
                .getterPropertySelectionStrategy(new io.github.unionkit.rules.validation.internal
                        .AccessorPropertySelection())
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

    /** The facade on the member: compiled constraints plus the member rules. */
    @Benchmark
    public ValidationReport memberFacade() {
        return facade.validate(member, context);
    }

    /** Plain Hibernate Validator on the equivalent bean. */
    @Benchmark
    public Set<ConstraintViolation<MemberBean>> memberPlainHibernateValidator() {
        return plainHv.validate(bean);
    }

    /**
     * Hand-written checks of the same constraints and rules.
     *
     * @return the problems found, empty for the benchmark's valid member
     */
    @Benchmark
    public List<String> memberHandWritten() {
        return handWritten(member, context);
    }

    /** The facade on the seed resolution: compiled constraints plus the whole resolution catalogue. */
    @Benchmark
    public ValidationReport resolutionFacade() {
        return facade.validate(resolution, context);
    }

    /** Plain Hibernate Validator (with accessor support) on the seed resolution. */
    @Benchmark
    public Set<ConstraintViolation<Resolution>> resolutionPlainHibernateValidator() {
        return plainHvAccessors.validate(resolution);
    }

    /** Hand-written checks of the resolution's deadlines and clause structure. */
    @Benchmark
    public List<String> resolutionHandWritten() {
        return handWritten(resolution);
    }

    /**
     * Every check the facade makes on a member, written by hand: the Jakarta constraints of
     * {@code Member} and of the values it cascades into ({@code MembershipExit}, {@code CardNumber},
     * {@code PersonName}), with {@code @Past} relative to the as-of date, then the four rules of
     * {@code Catalogue.member()}, consulting the context's organization tree exactly when they do.
     * Problems are collected lazily, so a valid member allocates nothing (as in the facade).
     */
    static List<String> handWritten(Member m, RuleContext context) {
        LocalDate asOf = context.asOf();
        List<String> problems = null;
        if (m.id() == null || m.category() == null || m.primaryOrganization() == null || m.admissionDate() == null
                || m.exit() == null || m.card() == null || m.name() == null || m.birthDate() == null) {
            return List.of("null");
        }
        Optional<MembershipExit> exit = m.exit();
        if (exit.isPresent() && (exit.get().date() == null || exit.get().reason() == null)) {
            problems = add(problems, "exit.null");
        }
        Optional<CardNumber> card = m.card();
        if (card.isPresent() && !cardDigits(card.get().value())) {
            problems = add(problems, "card.value");
        }
        Optional<PersonName> name = m.name();
        if (name.isPresent() && !nameOk(name.get())) {
            problems = add(problems, "name");
        }
        Optional<LocalDate> birth = m.birthDate();
        if (birth.isPresent() && !birth.get().isBefore(asOf)) {
            problems = add(problems, "birthDate");
        }
        // UK-MEMBER-001 .. 004
        if (m.admissionDate().isAfter(asOf)) {
            problems = add(problems, "admission");
        }
        if (exit.isPresent() && !exit.get().date().isAfter(m.admissionDate())) {
            problems = add(problems, "exit");
        }
        if (context.organizations().isPresent()) {
            Optional<Organization> org = context.organizations().get().find(m.primaryOrganization());
            if (m.category() == MemberCategory.STUDENT && org.isPresent() && !org.get().kind().admitsStudents()) {
                problems = add(problems, "category");
            }
            if (org.isEmpty() || org.get().level() != OrganizationLevel.PRIMARY) {
                problems = add(problems, "organization");
            }
        }
        return problems == null ? List.of() : problems;
    }

    private static List<String> add(List<String> problems, String problem) {
        List<String> out = problems == null ? new ArrayList<>(2) : problems;
        out.add(problem);
        return out;
    }

    /** {@code @NotNull @Pattern(regexp = "[0-9]{6,20}")}, without a regex engine. */
    private static boolean cardDigits(String value) {
        if (value == null || value.length() < 6 || value.length() > 20) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code @NotBlank @Size(max = 200)} on family and given name, {@code @Size(max = 200)} on a patronymic. */
    private static boolean nameOk(PersonName n) {
        return part(n.family()) && part(n.given()) && n.patronymic() != null
                && (n.patronymic().isEmpty() || n.patronymic().get().length() <= PersonName.MAX_PART_LENGTH);
    }

    private static boolean part(String s) {
        if (s == null || s.length() > PersonName.MAX_PART_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }

    static List<String> handWritten(Resolution r) {
        List<String> problems = new ArrayList<>(0);
        LocalDate adopted = r.documentDate().orElseThrow();
        LocalDate limit = adopted.plusYears(5);
        if (r.title().isEmpty() || r.operativeFormula().isEmpty() || r.controlClause().isEmpty()) {
            problems.add("structure");
        }
        for (Clause c : r.allClauses()) {
            if (c.text().isBlank()) {
                problems.add("text");
            }
            if (c.assignment().isPresent()) {
                Deadline d = c.assignment().get().deadline();
                Optional<LocalDate> last = d.lastDay();
                if (last.isPresent() && (last.get().isBefore(adopted) || last.get().isAfter(limit.plusDays(13)))) {
                    problems.add("deadline");
                }
            }
        }
        for (int i = 0; i < r.references().size(); i++) {
            if (r.references().get(i).dates().getStart().isAfter(adopted)) {
                problems.add("reference");
            }
        }
        return problems;
    }
}
