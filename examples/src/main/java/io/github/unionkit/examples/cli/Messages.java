package io.github.unionkit.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The localized texts of the command line's output (not of its help, which picocli reads from
 * {@code UnionHelp}). Patterns are {@link MessageFormat} patterns.
 */
public final class Messages {
    /** The base name of the output bundle. */
    public static final String OUTPUT_BUNDLE = "io.github.unionkit.examples.cli.UnionMessages";
    /** The base name of the help bundle read by picocli. */
    public static final String HELP_BUNDLE = "io.github.unionkit.examples.cli.UnionHelp";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    /**
     * Loads the output texts of a language. English is the base bundle; the platform's default
     * locale never leaks in as a fallback.
     *
     * @param lang the language, not null
     * @return the texts
     */
    public static Messages of(Lang lang) {
        Objects.requireNonNull(lang, "lang");
        return new Messages(lang, bundle(OUTPUT_BUNDLE, lang));
    }

    /**
     * Loads a bundle of this program for a language without falling back to the default locale.
     *
     * @param baseName the bundle's base name, not null
     * @param lang the language, not null
     * @return the bundle
     */
    public static ResourceBundle bundle(String baseName, Lang lang) {
        Locale locale = lang == Lang.EN ? Locale.ROOT : lang.locale();
        return ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * Returns the language of these texts.
     *
     * @return the language
     */
    public Lang lang() {
        return lang;
    }

    /**
     * Returns the locale used to format numbers and dates.
     *
     * @return the locale
     */
    public Locale locale() {
        return lang.locale();
    }

    /**
     * Formats the text with the given key.
     *
     * @param key the key, not null
     * @param arguments the {@link MessageFormat} arguments
     * @return the formatted text; the key itself in brackets when it is missing, so a missing
     *     translation is visible but never fatal
     */
    public String get(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    /**
     * Tells whether a key has a text.
     *
     * @param key the key, not null
     * @return true when the bundle defines the key
     */
    public boolean has(String key) {
        return bundle.containsKey(Objects.requireNonNull(key, "key"));
    }
}
