package io.github.unionkit.rules;

import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The outcome of a validation: an immutable, ordered list of {@link Violation}s, compared by value.
 *
 * <p>A report {@link #isValid() is valid} when it has no {@link Severity#ERROR error}; warnings and
 * infos do not make it invalid. Reports are filtered by severity, code and path, and merged; every
 * operation returns a new report and keeps the order of the violations.
 */
public final class ValidationReport {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Violation> violations;

    private ValidationReport(List<Violation> violations) {
        this.violations = violations;
    }

    /**
     * Returns the report without violations.
     *
     * @return the empty report
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Returns a report of the given violations, in iteration order.
     *
     * @param violations the violations, not null, no null elements
     * @return the report
     */
    public static ValidationReport of(Collection<Violation> violations) {
        List<Violation> copy = List.copyOf(Objects.requireNonNull(violations, "violations"));
        return copy.isEmpty() ? EMPTY : new ValidationReport(copy);
    }

    /**
     * Returns a report of the given violations.
     *
     * @param violations the violations, none null
     * @return the report
     */
    public static ValidationReport of(Violation... violations) {
        return of(List.of(violations));
    }

    /**
     * Returns a collector that gathers violations into a report.
     *
     * @return the collector
     */
    public static Collector<Violation, ?, ValidationReport> collector() {
        return Collectors.collectingAndThen(Collectors.toList(), ValidationReport::of);
    }

    /**
     * Tells whether the report has no error (warnings and infos are allowed).
     *
     * @return true if no violation has severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        for (Violation v : violations) {
            if (v.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether the report has no violation at all.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /**
     * Returns the number of violations.
     *
     * @return the size
     */
    public int size() {
        return violations.size();
    }

    /**
     * Returns the violations in order.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the violations that satisfy a predicate.
     *
     * @param predicate the filter, not null
     * @return a new report
     */
    public ValidationReport filter(Predicate<? super Violation> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        List<Violation> kept = new ArrayList<>();
        for (Violation v : violations) {
            if (predicate.test(v)) {
                kept.add(v);
            }
        }
        return kept.size() == violations.size() ? this : of(kept);
    }

    /**
     * Returns the violations of exactly one severity.
     *
     * @param severity the severity, not null
     * @return a new report
     */
    public ValidationReport withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return filter(v -> v.severity() == severity);
    }

    /**
     * Returns the violations at least as serious as a severity.
     *
     * @param severity the lowest severity kept, not null
     * @return a new report
     */
    public ValidationReport atLeast(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return filter(v -> v.severity().isAtLeast(severity));
    }

    /**
     * Returns the errors.
     *
     * @return a new report of the {@link Severity#ERROR} violations
     */
    public ValidationReport errors() {
        return withSeverity(Severity.ERROR);
    }

    /**
     * Returns the warnings.
     *
     * @return a new report of the {@link Severity#WARNING} violations
     */
    public ValidationReport warnings() {
        return withSeverity(Severity.WARNING);
    }

    /**
     * Returns the violations of one rule.
     *
     * @param code the rule code, not null
     * @return a new report
     */
    public ValidationReport withCode(RuleCode code) {
        Objects.requireNonNull(code, "code");
        return filter(v -> v.code().equals(code));
    }

    /**
     * Returns the violations of one rule.
     *
     * @param code the rule code text, e.g. {@code "UK-SIZE-001"}, not null
     * @return a new report
     * @throws IllegalArgumentException if the text is not a rule code
     */
    public ValidationReport withCode(String code) {
        return withCode(RuleCode.parse(code));
    }

    /**
     * Returns the violations whose path is {@code prefix} or lies below it.
     *
     * @param prefix the path prefix, not null
     * @return a new report
     */
    public ValidationReport under(PropertyPath prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return filter(v -> v.path().startsWith(prefix));
    }

    /**
     * Returns this report's violations followed by another report's.
     *
     * @param other the report to append, not null
     * @return a new report
     */
    public ValidationReport merge(ValidationReport other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations.size() + other.violations.size());
        all.addAll(violations);
        all.addAll(other.violations);
        return new ValidationReport(Collections.unmodifiableList(all));
    }

    /**
     * Returns the distinct rule codes in the report, sorted.
     *
     * @return an unmodifiable sorted set
     */
    public Set<RuleCode> codes() {
        Set<RuleCode> codes = new TreeSet<>();
        for (Violation v : violations) {
            codes.add(v.code());
        }
        return Collections.unmodifiableSet(codes);
    }

    /**
     * Counts the violations by severity.
     *
     * @return an unmodifiable map with an entry for every severity
     */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Violation v : violations) {
            counts.merge(v.severity(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns every violation's message in a locale, in order.
     *
     * @param locale the locale, not null
     * @return an unmodifiable list
     */
    public List<String> messages(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return violations.stream().map(v -> v.message(locale)).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * Returns a summary and one line per violation.
     *
     * @return a multi-line description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ValidationReport[").append(isValid() ? "valid" : "invalid")
                .append(", ").append(violations.size()).append(" violation(s)]");
        for (Violation v : violations) {
            sb.append(System.lineSeparator()).append("  ").append(v);
        }
        return sb.toString();
    }
}
