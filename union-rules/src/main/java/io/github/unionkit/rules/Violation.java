package io.github.unionkit.rules;

import io.github.unionkit.model.path.PropertyPath;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a rule: which rule ({@link #code()}), how serious ({@link #severity()}), where
 * ({@link #path()}), why (the compared values as {@link #arguments()}) and the message in Russian and
 * English.
 *
 * <p>A violation is plain data: immutable, compared by value, serializable field by field. It never
 * carries a member's personal data.
 *
 * @param code the code of the rule that found it
 * @param severity how serious it is
 * @param path where in the subject it was found
 * @param arguments the values the rule compared, in the rule's order
 * @param messageRu the message in Russian
 * @param messageEn the message in English
 */
public record Violation(RuleCode code, Severity severity, PropertyPath path, List<Argument> arguments,
        String messageRu, String messageEn) {

    /**
     * Creates a violation, checking that no part is null and copying the arguments.
     *
     * @param code the rule code, not null
     * @param severity the severity, not null
     * @param path the path, not null
     * @param arguments the arguments, not null, no null elements
     * @param messageRu the Russian message, not null
     * @param messageEn the English message, not null
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(messageRu, "messageRu");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * Returns a violation of a built-in rule, its messages taken from UnionKit's resource bundles with
     * the arguments substituted for their {@code {name}} placeholders.
     *
     * @param code the rule code, not null
     * @param severity the severity, not null
     * @param path the path, not null
     * @param arguments the compared values, none null
     * @return the violation
     */
    public static Violation of(RuleCode code, Severity severity, PropertyPath path, Argument... arguments) {
        Objects.requireNonNull(code, "code");
        List<Argument> args = Arrays.asList(arguments.clone());
        return new Violation(code, severity, path, args,
                RuleMessages.format(code.value(), RuleMessages.RUSSIAN, args),
                RuleMessages.format(code.value(), Locale.ENGLISH, args));
    }

    /**
     * Returns the message in a locale: Russian for language {@code ru}, English for any other.
     *
     * @param locale the locale, not null
     * @return the message
     */
    public String message(Locale locale) {
        return RuleMessages.isRussian(locale) ? messageRu : messageEn;
    }

    /**
     * Returns the value of a named argument.
     *
     * @param name the argument name, not null
     * @return the value, or empty if the violation has no such argument
     */
    public Optional<String> argument(String name) {
        Objects.requireNonNull(name, "name");
        for (Argument a : arguments) {
            if (a.name().equals(name)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a copy with another severity (for profiles that downgrade or upgrade a rule).
     *
     * @param newSeverity the severity, not null
     * @return the copy
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(code, newSeverity, path, arguments, messageRu, messageEn);
    }

    /**
     * Returns a copy whose path is {@code prefix} followed by this path.
     *
     * @param prefix the prefix, not null
     * @return the copy
     */
    public Violation under(PropertyPath prefix) {
        return new Violation(code, severity, prefix.resolve(path), arguments, messageRu, messageEn);
    }

    /**
     * Returns {@code SEVERITY CODE at path [arguments]: english message}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return severity + " " + code + " at " + (path.isRoot() ? "<root>" : path.toString()) + " " + arguments
                + ": " + messageEn;
    }
}
