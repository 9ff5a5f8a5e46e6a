package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import io.github.unionkit.model.path.PropertyPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline rules ({@code UK-DEADLINE-*}) over the assignments and size bands of a resolution: a
 * deadline ends after the adoption date, inside the programme period and inside any term the issuing
 * body can still have; a "до X" deadline leaves at least the profile's minimum number of days; an
 * assignment without a deadline is noted; a deadline kept unresolved is reported. A deadline already
 * past at the adoption date ("в 2019 году" in a decree of 2020) is {@code UK-DEADLINE-001}.
 */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    /**
     * {@code UK-DEADLINE-001} (error): no deadline ends before the adoption date.
     *
     * @return the rule
     */
    public static Rule<Resolution> afterAdoption() {
        return Rule.of(Codes.DEADLINE_BEFORE_ADOPTION, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (resolution.documentDate().isEmpty()) {
                return NotRun.noDocumentDate(rule.code());
            }
            LocalDate adopted = resolution.documentDate().get();
            for (Located d : deadlines(resolution)) {
                Optional<LocalDate> last = d.deadline.lastDay();
                if (last.isPresent() && last.get().isBefore(adopted)) {
                    out.add(rule.violation(d.path(), Argument.of("deadline", describe(d.deadline)),
                            Argument.of("lastDay", last.get()), Argument.of("adopted", adopted)));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DEADLINE-002} (warning): no deadline ends after the profile's programme period
     * (2020–2025 for the education union).
     *
     * @return the rule
     */
    public static Rule<Resolution> insideProgramme() {
        return Rule.of(Codes.DEADLINE_AFTER_PROGRAMME, Severity.WARNING, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            Optional<LocalDateRange> programme = context.profile().programme();
            if (resolution.documentDate().isEmpty()) {
                return NotRun.noDocumentDate(rule.code());
            }
            if (programme.isEmpty() || !programme.get().contains(resolution.documentDate().get())) {
                return out;
            }
            LocalDate end = programme.get().getEndInclusive();
            for (Located d : deadlines(resolution)) {
                Optional<LocalDate> last = d.deadline.lastDay();
                if (last.isPresent() && last.get().isAfter(end)) {
                    out.add(rule.violation(d.path(), Argument.of("deadline", describe(d.deadline)),
                            Argument.of("lastDay", last.get()), Argument.of("programme", programme.get())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DEADLINE-003} (error): no deadline ends both later than the adoption date plus the term
     * length — beyond any term the issuing body can still have — and after the programme period (a
     * deadline inside the programme, such as the seed's "в 2020-2025 годах", is allowed).
     *
     * @return the rule
     */
    public static Rule<Resolution> insideTerm() {
        return Rule.of(Codes.DEADLINE_AFTER_TERM, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (resolution.documentDate().isEmpty()) {
                return NotRun.noDocumentDate(rule.code());
            }
            LocalDate term = resolution.documentDate().get().plus(context.profile().termLength());
            LocalDate limit = context.profile().programme().map(LocalDateRange::getEndInclusive)
                    .filter(end -> end.isAfter(term)).orElse(term);
            for (Located d : deadlines(resolution)) {
                Optional<LocalDate> last = d.deadline.lastDay();
                if (last.isPresent() && last.get().isAfter(limit)) {
                    out.add(rule.violation(d.path(), Argument.of("deadline", describe(d.deadline)),
                            Argument.of("lastDay", last.get()), Argument.of("limit", limit),
                            Argument.of("term", context.profile().termLength())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DEADLINE-004} (warning): a "до X" deadline leaves at least
     * {@link io.github.unionkit.rules.charter.CharterProfile#untilMinimumDays()} days after adoption.
     *
     * @return the rule
     */
    public static Rule<Resolution> untilNotTooShort() {
        return Rule.of(Codes.DEADLINE_TOO_SHORT, Severity.WARNING, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            int minimum = context.profile().untilMinimumDays();
            if (minimum == 0) {
                return out;
            }
            if (resolution.documentDate().isEmpty()) {
                return NotRun.noDocumentDate(rule.code());
            }
            LocalDate adopted = resolution.documentDate().get();
            for (Located d : deadlines(resolution)) {
                Optional<LocalDate> last = d.deadline.lastDay();
                if (d.deadline.kind() == DeadlineKind.UNTIL && last.isPresent() && !last.get().isBefore(adopted)) {
                    long days = ChronoUnit.DAYS.between(adopted, last.get());
                    if (days < minimum) {
                        out.add(rule.violation(d.path(), Argument.of("deadline", describe(d.deadline)),
                                Argument.of("days", days), Argument.of("minimum", minimum)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DEADLINE-005} (info): an assignment without a deadline is noted, unless its clause's
     * membership bands each carry one.
     *
     * @return the rule
     */
    public static Rule<Resolution> specified() {
        return Rule.of(Codes.DEADLINE_UNSPECIFIED, Severity.INFO, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            for (Clause c : resolution.allClauses()) {
                // A clause whose membership bands carry the deadlines ("в первом квартале" for the
                // smaller organizations, "во втором" for the larger) states them there.
                boolean bandsCarryDeadlines = !c.sizeBands().isEmpty() && c.sizeBands().stream()
                        .allMatch(b -> b.deadline().kind() != DeadlineKind.UNSPECIFIED);
                if (c.assignment().isPresent() && c.assignment().get().deadline().kind() == DeadlineKind.UNSPECIFIED
                        && !bandsCarryDeadlines) {
                    out.add(rule.violation(SizeRules.clausePath(c.number()).property("assignment")
                            .property("deadline"), Argument.of("clause", c.number())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DEADLINE-006} (warning): every deadline resolves to days. An unresolved deadline — a phrase
     * the grammar refused, or one read without the decree's date — is kept as written, but nothing can be
     * due or overdue, so a person has to set its days.
     *
     * @return the rule
     */
    public static Rule<Resolution> resolved() {
        return Rule.of(Codes.DEADLINE_UNRESOLVED, Severity.WARNING, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            for (Located d : deadlines(resolution)) {
                if (d.deadline instanceof UnresolvedDeadline) {
                    UnresolvedDeadline unresolved = (UnresolvedDeadline) d.deadline;
                    out.add(rule.violation(d.path(), Argument.of("deadline", unresolved.text()),
                            Argument.of("reason", unresolved.refusal().map(Enum::name)
                                    .orElse(unresolved.reason().name()))));
                }
            }
            return out;
        });
    }

    /**
     * Returns the six deadline rules.
     *
     * @return the rules in code order
     */
    public static List<Rule<Resolution>> all() {
        return List.of(afterAdoption(), insideProgramme(), insideTerm(), untilNotTooShort(), specified(), resolved());
    }

    /** The phrase as written, or the window when the deadline has no phrase. */
    private static String describe(Deadline d) {
        return d.phrase().orElseGet(() -> d.kind() + " " + d.window());
    }

    private static List<Located> deadlines(Resolution resolution) {
        List<Located> out = new ArrayList<>();
        for (Clause c : resolution.allClauses()) {
            if (c.assignment().isPresent()) {
                out.add(new Located(c.assignment().get().deadline(), c, -1));
            }
            for (int i = 0; i < c.sizeBands().size(); i++) {
                out.add(new Located(c.sizeBands().get(i).deadline(), c, i));
            }
        }
        return out;
    }

    /**
     * A deadline and where it stands: the clause and the size band ({@code -1} for the clause's
     * assignment). The path is built only for a violation, so a compliant resolution costs no path text.
     */
    private static final class Located {
        final Deadline deadline;
        final Clause clause;
        final int band;

        Located(Deadline deadline, Clause clause, int band) {
            this.deadline = deadline;
            this.clause = clause;
            this.band = band;
        }

        PropertyPath path() {
            PropertyPath at = SizeRules.clausePath(clause.number());
            return band < 0 ? at.property("assignment").property("deadline")
                    : at.property("sizeBands").index(band).property("deadline");
        }
    }
}
