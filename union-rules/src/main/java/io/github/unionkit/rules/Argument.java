package io.github.unionkit.rules;

import java.util.Objects;

/**
 * One value a rule compared, kept as structured data beside a {@link Violation}'s message: a name
 * (for example {@code expected}, {@code actual}, {@code members}) and the value's canonical text (the
 * {@code toString()} of a UnionKit value type, which its {@code parse} reads back).
 *
 * <p>Arguments never carry a member's personal data: rules pass member ids, never names or card numbers.
 *
 * @param name the argument name: 1–40 ASCII letters or digits, starting with a letter
 * @param value the value as text, at most 400 characters
 */
public record Argument(String name, String value) {

    private static final int MAX_VALUE_LENGTH = 400;

    /**
     * Creates an argument, checking the name syntax and the value length.
     *
     * @param name the argument name, not null
     * @param value the value text, not null
     * @throws IllegalArgumentException if the name is malformed or the value too long
     */
    public Argument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || name.length() > 40 || !isLetter(name.charAt(0))) {
            throw new IllegalArgumentException("argument name must start with a letter and have 1-40 chars: "
                    + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetter(c) && (c < '0' || c > '9')) {
                throw new IllegalArgumentException("illegal character in argument name at index " + i);
            }
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("argument value longer than " + MAX_VALUE_LENGTH);
        }
    }

    /**
     * Returns an argument whose value is the {@code String.valueOf} of an object.
     *
     * @param name the argument name, not null
     * @param value the value, not null; its {@code toString()} must not contain personal data
     * @return the argument
     */
    public static Argument of(String name, Object value) {
        Objects.requireNonNull(value, "value");
        String text = String.valueOf(value);
        return new Argument(name, text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH - 1) + "…"
                : text);
    }

    /**
     * Returns {@code name=value}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name + "=" + value;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
