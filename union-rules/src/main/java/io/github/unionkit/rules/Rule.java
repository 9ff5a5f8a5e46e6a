package io.github.unionkit.rules;

import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A rule about subjects of type {@code T}: it has a stable {@link #code()}, a {@link #severity()}, and
 * {@link #check(Object, RuleContext) checks} a subject in an explicit {@link RuleContext}, yielding the
 * {@link Violation}s it finds (none when the subject complies).
 *
 * <p>Contract for implementations: {@code check} is a pure function of the subject and the context —
 * it reads no clock, no global state, no file — it is thread-safe, never returns null, and every
 * violation it yields carries this rule's code. Built-in rules take their numbers (term length, quorum,
 * minimum sizes) from the context's {@link io.github.unionkit.rules.charter.CharterProfile}.
 *
 * @param <T> the subject type
 */
public interface Rule<T> {

    /**
     * Returns the stable code of the rule.
     *
     * @return the code
     */
    RuleCode code();

    /**
     * Returns the severity of the violations this rule yields.
     *
     * @return the severity
     */
    Severity severity();

    /**
     * Checks a subject.
     *
     * @param subject the subject, not null
     * @param context the as-of date, charter profile and optional registries, not null
     * @return the violations found, in a stable order; empty if the subject complies
     */
    List<Violation> check(T subject, RuleContext context);

    /**
     * Returns a one-line description of what the rule checks, from the message bundles.
     *
     * @param locale Russian for language {@code ru}, English otherwise; not null
     * @return the title, or the code if the bundle has none
     */
    default String title(Locale locale) {
        return code().title(locale);
    }

    /**
     * Creates a violation of this rule with its code and severity and the bundled messages.
     *
     * @param path where the violation was found, not null
     * @param arguments the compared values
     * @return the violation
     */
    default Violation violation(PropertyPath path, Argument... arguments) {
        return Violation.of(code(), severity(), path, arguments);
    }

    /**
     * Returns a rule with the given code and severity whose check is a function.
     *
     * @param <T> the subject type
     * @param code the code, not null
     * @param severity the severity, not null
     * @param check the check; it receives the new rule itself to create violations, not null
     * @return the rule
     */
    static <T> Rule<T> of(RuleCode code, Severity severity, Check<T> check) {
        return new FunctionRule<>(code, severity, check);
    }

    /**
     * Returns a copy of this rule that yields its violations with another severity.
     *
     * @param newSeverity the severity, not null
     * @return the rule
     */
    default Rule<T> withSeverity(Severity newSeverity) {
        Objects.requireNonNull(newSeverity, "newSeverity");
        Rule<T> self = this;
        return of(code(), newSeverity, (rule, subject, context) -> {
            List<Violation> out = new ArrayList<>();
            for (Violation v : self.check(subject, context)) {
                out.add(v.withSeverity(newSeverity));
            }
            return out;
        });
    }

    /**
     * Adapts this rule to a larger subject: it checks the part that {@code part} extracts and prefixes
     * every path with {@code prefix}.
     *
     * @param <S> the larger subject type
     * @param part extracts this rule's subject, not null
     * @param prefix the path of the part inside the larger subject, not null
     * @return the adapted rule
     */
    default <S> Rule<S> on(Function<? super S, ? extends T> part, PropertyPath prefix) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(prefix, "prefix");
        Rule<T> self = this;
        return of(code(), severity(), (rule, subject, context) -> {
            List<Violation> out = new ArrayList<>();
            for (Violation v : self.check(part.apply(subject), context)) {
                out.add(v.under(prefix));
            }
            return out;
        });
    }

    /**
     * The check of a rule built with {@link Rule#of(RuleCode, Severity, Check)}.
     *
     * @param <T> the subject type
     */
    @FunctionalInterface
    interface Check<T> {
        /**
         * Checks a subject.
         *
         * @param rule the rule being run, to create violations with its code and severity
         * @param subject the subject
         * @param context the context
         * @return the violations, not null
         */
        List<Violation> check(Rule<T> rule, T subject, RuleContext context);
    }

    /**
     * Adapts a two-argument function to a {@link Check}.
     *
     * @param <T> the subject type
     * @param function the function, not null
     * @return the check
     */
    static <T> Check<T> check(BiFunction<T, RuleContext, List<Violation>> function) {
        Objects.requireNonNull(function, "function");
        return (rule, subject, context) -> function.apply(subject, context);
    }
}
