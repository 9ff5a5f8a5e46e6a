package io.github.unionkit.model.error;

import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A localizable explanation attached to a warning or a rejection: the {@link #key() key} of a message
 * in the owner's resource bundles and the {@link #arguments() arguments} of that message. The owner (a
 * parser warning, say) renders it in Russian or English; this value only says which message and with
 * what, so that two equal details say the same thing in every language and travel unchanged through
 * JSON.
 *
 * <p>Arguments are short, non-personal strings: clause numbers, counts, names of error types. They are
 * never input text of a person. {@link #none()} is the empty detail (nothing to add). Immutable and
 * thread-safe; {@link #toString()} prints the key and arguments, as {@link #parse(CharSequence)} reads them.
 *
 * @param key the message key: a letter, then letters, digits, {@code .} or {@code _}; empty only for
 *     {@link #none()}
 * @param arguments the message's arguments, in order; none for {@link #none()}
 */
public record Detail(String key, List<String> arguments) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._]{0,63}");
    private static final Detail NONE = new Detail("", List.of());

    /**
     * Checks the key and copies the arguments.
     *
     * @throws NullPointerException if the key, the list or an argument is null
     * @throws IllegalArgumentException if the key is malformed, if {@code none}'s empty key has
     *     arguments, or if an argument holds {@code |} or a line break (the separators of {@link #toString()})
     */
    public Detail {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        if (key.isEmpty() ? !arguments.isEmpty() : !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a detail key is a letter, then up to 63 letters, digits, . or _,"
                    + " and only the empty detail has no key");
        }
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.indexOf('|') >= 0 || argument.indexOf('\n') >= 0 || argument.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("detail argument " + i + " holds | or a line break");
            }
        }
    }

    /**
     * Returns the empty detail: there is nothing to add to the owner's own description.
     *
     * @return the empty detail
     */
    public static Detail none() {
        return NONE;
    }

    /**
     * Returns a detail with the given key and arguments.
     *
     * @param key the message key, not empty
     * @param arguments the arguments, none null
     * @return the detail
     * @throws IllegalArgumentException if the key is empty or malformed
     */
    public static Detail of(String key, String... arguments) {
        if (Objects.requireNonNull(key, "key").isEmpty()) {
            throw new IllegalArgumentException("use Detail.none() for a detail without a key");
        }
        return new Detail(key, List.of(arguments));
    }

    /**
     * Reads what {@link #toString()} prints: the key, then each argument after {@code |}; the empty
     * text is {@link #none()}.
     *
     * @param text the text, not null
     * @return the detail
     * @throws IllegalArgumentException if the key is malformed
     */
    public static Detail parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.isEmpty()) {
            return NONE;
        }
        List<String> parts = List.of(s.split("\\|", -1));
        return new Detail(parts.get(0), parts.subList(1, parts.size()));
    }

    /**
     * Returns whether this is the empty detail.
     *
     * @return true for {@link #none()}
     */
    public boolean isEmpty() {
        return key.isEmpty();
    }

    /**
     * Says this detail in words through its owner's texts, never dropping it: the empty string for
     * {@link #none()}; what {@code texts} gives; and this detail's own {@link #toString()} when
     * {@code texts} has no message for its key or cannot read its arguments (a detail written by a
     * newer version, or read from a damaged file), which it signals by throwing
     * {@link MissingResourceException}, {@link IllegalArgumentException} or
     * {@link IndexOutOfBoundsException}.
     *
     * @param texts the owner's rendering of a known detail, not null
     * @return the text
     */
    public String render(Function<? super Detail, String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (isEmpty()) {
            return "";
        }
        try {
            return texts.apply(this);
        } catch (MissingResourceException | IllegalArgumentException | IndexOutOfBoundsException unknown) {
            return toString();
        }
    }

    /**
     * Prints the key and each argument after {@code |} ({@code "numberingGap|3|2"}); the empty detail
     * prints as the empty string.
     *
     * @return the text {@link #parse(CharSequence)} reads
     */
    @Override
    public String toString() {
        return arguments.isEmpty() ? key : key + "|" + String.join("|", arguments);
    }
}
