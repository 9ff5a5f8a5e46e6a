package io.github.unionkit.examples.cli;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.catalogue.SizeRouting;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.validation.UnionValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code union check} found: the decree, each clause's deadline status as of a date, the
 * membership-size routing of the registry's organizations, and the validation report.
 */
final class CheckResult {

    /** One clause of the tree, with the status of its assignment's deadline if it has one. */
    static final class ClauseRow {
        final Clause clause;
        final int depth;
        final Optional<DeadlineStatus> status;

        ClauseRow(Clause clause, int depth, Optional<DeadlineStatus> status) {
            this.clause = clause;
            this.depth = depth;
            this.status = status;
        }
    }

    /**
     * One entry of the rules' {@link SizeRouting} of a clause, with what the report prints: the
     * organization from the registry's tree and the name to show.
     */
    static final class RoutingRow {
        final Clause clause;
        final Optional<Organization> organization;
        final String nameAsWritten;
        final OptionalInt members;
        /** Index into the clause's bands, or empty. */
        final OptionalInt expectedBand;
        /** Index into the clause's bands, or empty. */
        final OptionalInt listedBand;
        private final SizeRouting.Entry entry;

        RoutingRow(Clause clause, SizeRouting.Entry entry, Optional<Organization> organization, String nameAsWritten) {
            this.clause = clause;
            this.entry = entry;
            this.organization = organization;
            this.nameAsWritten = nameAsWritten;
            this.members = entry.members();
            this.expectedBand = entry.expectedBand();
            this.listedBand = entry.listedBand();
        }

        /** True when the organization is listed in the band its membership falls in. */
        boolean agrees() {
            return entry.agrees();
        }
    }

    final DecreeLoader.Loaded decree;
    final Optional<RegistryLoader.Loaded> registry;
    final LocalDate asOf;
    final List<ClauseRow> clauses;
    final List<RoutingRow> routing;
    final ValidationReport report;
    final List<SizeBandNames.Match> nameMatches;
    final Resolution resolution;

    private CheckResult(DecreeLoader.Loaded decree, Resolution resolution, Optional<RegistryLoader.Loaded> registry,
            LocalDate asOf, List<ClauseRow> clauses, List<RoutingRow> routing, ValidationReport report,
            List<SizeBandNames.Match> nameMatches) {
        this.decree = decree;
        this.resolution = resolution;
        this.nameMatches = List.copyOf(nameMatches);
        this.registry = registry;
        this.asOf = asOf;
        this.clauses = List.copyOf(clauses);
        this.routing = List.copyOf(routing);
        this.report = report;
    }

    /**
     * Checks a decree: statuses as of {@code asOf}; rules and routing with the registry's counts, which
     * are as of the decree's date.
     *
     * @param decree the decree, not null
     * @param registry the registry, if any
     * @param asOf the date deadline statuses are computed for, not null
     * @param locale the locale of the violation messages, not null
     * @return the result
     */
    static CheckResult of(DecreeLoader.Loaded decree, Optional<RegistryLoader.Loaded> registry, LocalDate asOf,
            Locale locale) {
        Objects.requireNonNull(asOf, "asOf");
        SizeBandNames names = new SizeBandNames();
        Resolution resolution = registry.map(r -> names.resolve(decree.resolution, r.tree, asOf)).orElse(decree.resolution);
        List<ClauseRow> clauses = new ArrayList<>();
        for (Clause clause : resolution.clauses()) {
            addClause(clauses, clause, 0, asOf);
        }
        // The rules check as of the decree's date; of the status date when the decree's is unknown (the
        // rules that need the decree's own date then say that they did not run).
        RuleContext.Builder context = RuleContext.builder(resolution.documentDate().orElse(asOf)).locale(locale);
        registry.ifPresent(r -> {
            context.organizations(r.tree);
            r.subtreeCounts.ifPresent(context::membershipCounts);
        });
        RuleContext ruleContext = context.build();
        ValidationReport report = UnionValidator.create().validate(resolution, ruleContext);
        // The table prints the very routing the size rules judged (UK-SIZE-002, 005).
        List<RoutingRow> routing = new ArrayList<>();
        LocalDate namesAsOf = resolution.documentDate().orElse(ruleContext.asOf());
        for (SizeRouting clauseRouting : SizeRouting.of(resolution, ruleContext)) {
            for (SizeRouting.Entry entry : clauseRouting.entries()) {
                routing.add(row(clauseRouting.clause(), entry, registry.map(r -> r.tree), namesAsOf));
            }
        }
        return new CheckResult(decree, resolution, registry, asOf, clauses, routing, report, names.matches());
    }

    /** The verdict of a check, from one place: {@link #verdict()}. */
    enum Verdict {
        /** No error, no warning, nothing the parser could not read. */
        VALID,
        /** No error, but warnings or parser warnings: valid as far as could be checked. */
        VALID_WITH_WARNINGS,
        /** An error finding, or an organization routed to another band than its count's. */
        INVALID
    }

    /**
     * Returns the one verdict every output prints: invalid on any error finding or any routing row
     * that disagrees (so no ✗ row can sit beside a "valid"), valid with warnings when the rules or the
     * parser warned, valid otherwise.
     */
    Verdict verdict() {
        if (errors() > 0) {
            return Verdict.INVALID;
        }
        return warnings() > 0 ? Verdict.VALID_WITH_WARNINGS : Verdict.VALID;
    }

    /** Error findings plus routing rows that disagree. */
    int errors() {
        return report.countBySeverity().getOrDefault(Severity.ERROR, 0) + disagreeingRows();
    }

    /** Warning findings plus parser warnings plus what reading a Word, PDF or HTML file left out. */
    int warnings() {
        return report.countBySeverity().getOrDefault(Severity.WARNING, 0) + decree.warnings.size()
                + decree.documentWarnings.size();
    }

    /** Routing rows of an organization with a count, listed in another band than its count's (✗). */
    int disagreeingRows() {
        int n = 0;
        for (RoutingRow row : routing) {
            if (registry.isPresent() && row.organization.isPresent() && row.members.isPresent() && !row.agrees()) {
                n++;
            }
        }
        return n;
    }

    /** True unless the verdict is {@link Verdict#INVALID}. */
    boolean isValid() {
        return verdict() != Verdict.INVALID;
    }

    private static void addClause(List<ClauseRow> rows, Clause clause, int depth, LocalDate asOf) {
        rows.add(new ClauseRow(clause, depth, clause.assignment().map(a -> a.deadline().statusAsOf(asOf))));
        for (Clause child : clause.children()) {
            addClause(rows, child, depth + 1, asOf);
        }
    }

    /** A routing entry with the organization of the tree and its name as of the decree's date. */
    private static RoutingRow row(Clause clause, SizeRouting.Entry entry, Optional<OrganizationTree> tree,
            LocalDate date) {
        Optional<Organization> organization = entry.organization().flatMap(id -> tree.flatMap(t -> t.find(id)));
        String name = entry.listedAs().map(OrganizationRef::asWritten).orElseGet(() -> {
            Organization o = organization.orElseThrow();
            return o.nameAsOf(date).orElse(o.currentName()).shortName().orElse(o.currentName().fullName());
        });
        return new RoutingRow(clause, entry, organization, name);
    }
}
