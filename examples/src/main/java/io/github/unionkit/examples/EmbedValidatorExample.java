package io.github.unionkit.examples;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.examples.sample.SampleDecree;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.rules.validation.UnionValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Example: embed the validator in a service.
 *
 * <p>A service (say, the document workflow of a regional organization) creates one
 * {@link UnionValidator} at start-up — it is immutable and thread-safe — and validates each decree
 * draft against the organization tree and membership counts it already has. The answer is a
 * {@link ValidationReport}: data that can be filtered by severity, shown in Russian or English, or
 * serialized to JSON.
 */
public final class EmbedValidatorExample {

    /** What the service answers for one draft. */
    public record Verdict(boolean accepted, List<String> problems) {
        /**
         * Copies the problems.
         *
         * @param accepted whether the draft has no error
         * @param problems one line per error or warning
         */
        public Verdict {
            problems = List.copyOf(problems);
        }
    }

    private final UnionValidator validator = UnionValidator.create();
    private final OrganizationTree organizations;
    private final MembershipRegistry registry;

    /**
     * Creates the service around the data it owns.
     *
     * @param organizations the organization tree, not null
     * @param registry the membership registry, not null
     */
    public EmbedValidatorExample(OrganizationTree organizations, MembershipRegistry registry) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Validates a draft as of its adoption date: membership counts of that day decide the size bands.
     *
     * @param draft the decree, not null
     * @param locale the language of the messages, not null
     * @return accepted when no violation is an error; the errors and warnings, one line each
     */
    public Verdict review(Resolution draft, Locale locale) {
        // A draft has no adoption date yet: check it as of today.
        LocalDate date = draft.documentDate().orElse(LocalDate.now());
        RuleContext context = RuleContext.builder(date)
                .locale(locale)
                .organizations(organizations)
                .membershipCounts(MembershipCount.subtreeCounts(organizations, registry.countsAsOf(date)))
                .build();
        ValidationReport report = validator.validate(draft, context);
        List<String> problems = new ArrayList<>();
        for (Violation violation : report.atLeast(Severity.WARNING).violations()) {
            problems.add(violation.code() + " " + violation.message(locale) + " [" + violation.path() + "]");
        }
        return new Verdict(report.isValid(), problems);
    }

    /**
     * Reviews the seed decree against the bundled illustrative registry. Its clause 4.3 writes the
     * second band's names in the genitive ("Володарской ТОП"), which the registry does not know, so the
     * review shows what a service does with the size rules' findings.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        EmbedValidatorExample service = new EmbedValidatorExample(
                OrganizationTree.of(AstrakhanSample.organizations()), MembershipRegistry.of(AstrakhanSample.members()));
        Verdict verdict = service.review(SampleDecree.resolution(), Locale.ENGLISH);
        System.out.println(verdict.accepted() ? "accepted" : "returned for correction:");
        verdict.problems().forEach(problem -> System.out.println("  " + problem));
    }
}
