package io.github.unionkit.examples.cli;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.member.MembershipCount;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.validation.UnionValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** One organization routed by a size clause: the band its count falls in and the band listing it. */
    static final class RoutingRow {
        final Clause clause;
        final Optional<Organization> organization;
        final String nameAsWritten;
        final OptionalInt members;
        /** Index into the clause's bands, or empty. */
        final OptionalInt expectedBand;
        /** Index into the clause's bands, or empty. */
        final OptionalInt listedBand;

        RoutingRow(Clause clause, Optional<Organization> organization, String nameAsWritten, OptionalInt members,
                OptionalInt expectedBand, OptionalInt listedBand) {
            this.clause = clause;
            this.organization = organization;
            this.nameAsWritten = nameAsWritten;
            this.members = members;
            this.expectedBand = expectedBand;
            this.listedBand = listedBand;
        }

        /** True when the organization is listed in the band its membership falls in. */
        boolean agrees() {
            return expectedBand.isPresent() && listedBand.isPresent()
                    && expectedBand.getAsInt() == listedBand.getAsInt();
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
        ValidationReport report = UnionValidator.create().validate(resolution, context.build());
        List<RoutingRow> routing = new ArrayList<>();
        for (Clause clause : resolution.allClauses()) {
            if (!clause.sizeBands().isEmpty()) {
                routing.addAll(route(resolution, clause, registry));
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

    /** Warning findings plus parser warnings. */
    int warnings() {
        return report.countBySeverity().getOrDefault(Severity.WARNING, 0) + decree.warnings.size();
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

    /**
     * Routes the organizations a size clause addresses: with a registry, every territorial organization
     * under the issuer with its count; without one, the names as the decree lists them.
     */
    private static List<RoutingRow> route(Resolution resolution, Clause clause, Optional<RegistryLoader.Loaded> registry) {
        List<SizeBand> bands = clause.sizeBands();
        List<RoutingRow> rows = new ArrayList<>();
        if (registry.isEmpty()) {
            for (int b = 0; b < bands.size(); b++) {
                for (OrganizationRef ref : bands.get(b).organizations()) {
                    rows.add(new RoutingRow(clause, Optional.empty(), ref.asWritten(), OptionalInt.empty(),
                            OptionalInt.empty(), OptionalInt.of(b)));
                }
            }
            return rows;
        }
        OrganizationTree tree = registry.get().tree;
        LocalDate date = resolution.documentDate().orElse(registry.get().countsAsOf);
        Map<OrganizationId, MembershipCount> counts = registry.get().subtreeCounts.orElse(Map.of());
        Optional<OrganizationId> issuer = resolution.issuerOrganization().filter(tree::contains);
        List<Organization> addressed = new ArrayList<>();
        for (Organization organization : tree.atLevel(OrganizationLevel.TERRITORIAL)) {
            // Without a known issuer every territorial organization of the tree is addressed.
            if (issuer.isEmpty() || tree.isAncestor(issuer.get(), organization.id())) {
                addressed.add(organization);
            }
        }
        List<OrganizationRef> unresolved = new ArrayList<>();
        for (Organization organization : addressed) {
            OptionalInt members = counts.containsKey(organization.id())
                    ? OptionalInt.of(counts.get(organization.id()).total()) : OptionalInt.empty();
            OptionalInt expected = OptionalInt.empty();
            if (members.isPresent()) {
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b).covers(members.getAsInt())) {
                        expected = OptionalInt.of(b);
                        break;
                    }
                }
            }
            OptionalInt listed = OptionalInt.empty();
            for (int b = 0; b < bands.size() && listed.isEmpty(); b++) {
                for (OrganizationRef ref : bands.get(b).organizations()) {
                    if (resolve(ref, tree, date).filter(organization.id()::equals).isPresent()) {
                        listed = OptionalInt.of(b);
                        break;
                    }
                }
            }
            String name = organization.nameAsOf(date).orElse(organization.currentName()).shortName()
                    .orElse(organization.currentName().fullName());
            rows.add(new RoutingRow(clause, Optional.of(organization), name, members, expected, listed));
        }
        for (int b = 0; b < bands.size(); b++) {
            for (OrganizationRef ref : bands.get(b).organizations()) {
                if (resolve(ref, tree, date).isEmpty()) {
                    rows.add(new RoutingRow(clause, Optional.empty(), ref.asWritten(), OptionalInt.empty(),
                            OptionalInt.empty(), OptionalInt.of(b)));
                }
            }
        }
        return rows;
    }

    private static Optional<OrganizationId> resolve(OrganizationRef ref, OrganizationTree tree, LocalDate date) {
        if (ref.id().isPresent()) {
            return ref.id().filter(tree::contains);
        }
        List<Organization> found = tree.findByName(ref.asWritten(), date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).id());
    }
}
