package io.github.unionkit.rules;

import java.util.List;
import java.util.Objects;

/** A {@link Rule} whose check is a function; the implementation behind {@link Rule#of}. */
final class FunctionRule<T> implements Rule<T> {

    private final RuleCode code;
    private final Severity severity;
    private final Rule.Check<T> check;

    FunctionRule(RuleCode code, Severity severity, Rule.Check<T> check) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public RuleCode code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public List<Violation> check(T subject, RuleContext context) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        return List.copyOf(check.check(this, subject, context));
    }

    @Override
    public String toString() {
        return "Rule[" + code + ", " + severity + "]";
    }
}
