package io.github.unionkit.rules.catalogue;

import static io.github.unionkit.model.path.ModelProperty.ADOPTED;
import static io.github.unionkit.model.path.ModelProperty.ISSUER;
import static io.github.unionkit.model.path.ModelProperty.ISSUER_KIND;
import static io.github.unionkit.model.path.ModelProperty.NUMBER;
import static io.github.unionkit.model.path.ModelProperty.OPERATIVE_FORMULA;
import static io.github.unionkit.model.path.ModelProperty.TITLE;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * The decree numbering rules ({@code UK-DECREE-*}) over a body's {@link DecreeRegister}: unique numbers,
 * questions 1..k without gaps in each meeting, one date (or date range) per meeting, meeting numbers
 * increasing with the dates, one numbering scheme, only the body's own decrees, dates inside the term;
 * and, for a single resolution, a number consistent with the meeting it records.
 */
public final class DecreeRules {

    private DecreeRules() {
    }

    /**
     * {@code UK-DECREE-001} (error): numbers are unique within the register.
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> uniqueNumbers() {
        return Rule.of(Codes.DECREE_DUPLICATE_NUMBER, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<DecreeNumber, LocalDate> seen = new HashMap<>();
            // A decree without a number or date is UK-DECREE-009's finding, not a duplicate.
            for (Resolution r : numberedAndDated(register)) {
                LocalDate first = seen.putIfAbsent(r.number().get(), r.documentDate().get());
                if (first != null) {
                    out.add(rule.violation(path(r), Argument.of("number", r.number().get()),
                            Argument.of("date", r.documentDate().get()), Argument.of("firstDate", first)));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-002} (error): in each meeting, the question numbers run 1..k without gaps.
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> questionsWithoutGaps() {
        return Rule.of(Codes.DECREE_QUESTION_GAP, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<Integer, Set<Integer>> items = new TreeMap<>();
            for (Resolution r : register.resolutions()) {
                if (r.number().isEmpty()) {
                    continue;
                }
                DecreeNumber number = r.number().get();
                if (number.meetingNumber().isPresent() && number.itemNumber().isPresent()) {
                    items.computeIfAbsent(number.meetingNumber().getAsInt(), k -> new TreeSet<>())
                            .add(number.itemNumber().getAsInt());
                }
            }
            items.forEach((meeting, questions) -> {
                int max = ((TreeSet<Integer>) questions).last();
                for (int q = 1; q <= max && out.size() < 1000; q++) {
                    if (!questions.contains(q)) {
                        out.add(rule.violation(RulePaths.MEETINGS.key(meeting),
                                Argument.of("meeting", meeting), Argument.of("missing", q), Argument.of("last", max)));
                    }
                }
            });
            return out;
        });
    }

    /**
     * {@code UK-DECREE-003} (error): all decrees of one meeting carry the same date or date range.
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> oneDatePerMeeting() {
        return Rule.of(Codes.DECREE_MEETING_DATES, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<Integer, Set<LocalDateRange>> dates = new TreeMap<>();
            for (Resolution r : numberedAndDated(register)) {
                r.number().get().meetingNumber().ifPresent(m ->
                        dates.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(r.adopted().get()));
            }
            dates.forEach((meeting, set) -> {
                if (set.size() > 1) {
                    out.add(rule.violation(RulePaths.MEETINGS.key(meeting), Argument.of("meeting", meeting),
                            Argument.of("dates", set)));
                }
            });
            return out;
        });
    }

    /**
     * {@code UK-DECREE-004} (error): a later meeting number never has an earlier date.
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> meetingsInDateOrder() {
        return Rule.of(Codes.DECREE_MEETING_ORDER, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<Integer, LocalDate> firstDay = new TreeMap<>();
            for (Resolution r : numberedAndDated(register)) {
                r.number().get().meetingNumber().ifPresent(m -> firstDay.merge(m, r.documentDate().get(),
                        (a, b) -> a.isBefore(b) ? a : b));
            }
            Integer previous = null;
            for (Map.Entry<Integer, LocalDate> e : firstDay.entrySet()) {
                if (previous != null && e.getValue().isBefore(firstDay.get(previous))) {
                    out.add(rule.violation(RulePaths.MEETINGS.key(e.getKey()),
                            Argument.of("meeting", e.getKey()), Argument.of("date", e.getValue()),
                            Argument.of("previousMeeting", previous), Argument.of("previousDate", firstDay.get(previous))));
                }
                previous = e.getKey();
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-005} (error): the register uses one numbering scheme (the most frequent one).
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> oneScheme() {
        return Rule.of(Codes.DECREE_MIXED_SCHEMES, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            Map<NumberingScheme, Integer> counts = new EnumMap<>(NumberingScheme.class);
            register.resolutions().forEach(r -> r.number().ifPresent(n -> counts.merge(n.scheme(), 1, Integer::sum)));
            if (counts.size() <= 1) {
                return out;
            }
            NumberingScheme main = counts.entrySet().stream()
                    .max(Map.Entry.<NumberingScheme, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            for (Resolution r : register.resolutions()) {
                if (r.number().isPresent() && r.number().get().scheme() != main) {
                    out.add(rule.violation(path(r), Argument.of("number", r.number().get()),
                            Argument.of("scheme", r.number().get().scheme()), Argument.of("expected", main)));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-006} (error): every decree in the register was issued by the register's body.
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> ownBodyOnly() {
        return Rule.of(Codes.DECREE_FOREIGN_BODY, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            // An unknown issuer is UK-DECREE-009's finding; only a known, different body is foreign.
            for (Resolution r : register.resolutions()) {
                if (r.issuer().isPresent() && !r.issuer().get().equals(register.body())) {
                    out.add(rule.violation(path(r).property(ISSUER), numberArgument(r),
                            Argument.of("issuer", r.issuer().get().kind() + "@" + r.issuer().get().organization()),
                            Argument.of("expected", register.body().kind() + "@" + register.body().organization())));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-007} (error): every decree is adopted inside the register's term, when known.
     *
     * @return the rule
     */
    public static Rule<DecreeRegister> insideTerm() {
        return Rule.of(Codes.DECREE_OUTSIDE_TERM, Severity.ERROR, (rule, register, context) -> {
            List<Violation> out = new ArrayList<>();
            if (register.term().isEmpty()) {
                return out;
            }
            LocalDateRange term = register.term().get().period();
            for (Resolution r : register.resolutions()) {
                if (r.adopted().isPresent() && !term.encloses(r.adopted().get())) {
                    out.add(rule.violation(path(r).property(ADOPTED), numberArgument(r),
                            Argument.of("date", r.adopted().get()), Argument.of("term", term)));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-008} (error): a resolution that records its meeting carries a number of that
     * meeting.
     *
     * @return the rule
     */
    public static Rule<Resolution> numberMatchesMeeting() {
        return Rule.of(Codes.DECREE_MEETING_MISMATCH, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (resolution.meeting().isPresent() && resolution.meeting().get().number().isPresent()
                    && resolution.number().isPresent() && resolution.number().get().meetingNumber().isPresent()) {
                int meeting = resolution.meeting().get().number().getAsInt();
                int numbered = resolution.number().get().meetingNumber().getAsInt();
                if (meeting != numbered) {
                    out.add(rule.violation(PropertyPath.of(NUMBER), Argument.of("number", resolution.number().get()),
                            Argument.of("meeting", meeting)));
                }
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-009} (error): an adopted resolution states its number, its adoption date and its
     * issuing body. A document read from text that lacks one has it absent (never a placeholder), and
     * this rule makes the absence a finding, so that a check of such a document cannot pass. A draft
     * (проект) has no number or date yet and is not required to.
     *
     * @return the rule
     */
    public static Rule<Resolution> requiredElements() {
        return Rule.of(Codes.DECREE_MISSING_ELEMENT, Severity.ERROR, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (!resolution.draft()) {
                if (resolution.number().isEmpty()) {
                    out.add(rule.violation(PropertyPath.of(NUMBER), Argument.of("element", "number")));
                }
                if (resolution.adopted().isEmpty()) {
                    out.add(rule.violation(PropertyPath.of(ADOPTED), Argument.of("element", "adopted")));
                }
            }
            if (resolution.issuerKind().isEmpty()) {
                out.add(rule.violation(PropertyPath.of(ISSUER_KIND), Argument.of("element", "issuerKind")));
            }
            return out;
        });
    }

    /**
     * {@code UK-DECREE-010} (warning): a resolution has a title and an operative formula.
     *
     * @return the rule
     */
    public static Rule<Resolution> titleAndFormula() {
        return Rule.of(Codes.DECREE_MISSING_TEXT, Severity.WARNING, (rule, resolution, context) -> {
            List<Violation> out = new ArrayList<>();
            if (resolution.title().isEmpty()) {
                out.add(rule.violation(PropertyPath.of(TITLE), Argument.of("element", "title")));
            }
            if (resolution.operativeFormula().isEmpty()) {
                out.add(rule.violation(PropertyPath.of(OPERATIVE_FORMULA),
                        Argument.of("element", "operativeFormula")));
            }
            return out;
        });
    }

    /**
     * Returns the register rules {@code UK-DECREE-001} … {@code 007}.
     *
     * @return the rules in code order
     */
    public static List<Rule<DecreeRegister>> registerRules() {
        return List.of(uniqueNumbers(), questionsWithoutGaps(), oneDatePerMeeting(), meetingsInDateOrder(),
                oneScheme(), ownBodyOnly(), insideTerm());
    }

    private static List<Resolution> numberedAndDated(DecreeRegister register) {
        List<Resolution> out = new ArrayList<>();
        for (Resolution r : register.resolutions()) {
            if (r.number().isPresent() && r.adopted().isPresent()) {
                out.add(r);
            }
        }
        return out;
    }

    private static Argument numberArgument(Resolution r) {
        return Argument.of("number", r.number().map(Object::toString).orElse("?"));
    }

    private static PropertyPath path(Resolution r) {
        return r.number().isPresent() ? RulePaths.RESOLUTIONS.key(r.number().get())
                : RulePaths.RESOLUTIONS.key("?");
    }
}
