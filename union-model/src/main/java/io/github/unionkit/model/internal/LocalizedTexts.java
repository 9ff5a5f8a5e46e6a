package io.github.unionkit.model.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A pair of resource bundles, Russian and English, and the one rule for choosing between them:
 * Russian for a Russian locale, English for any other. Not part of the API.
 *
 * <p>Each module loads its own bundles (so that they resolve inside its named module) and hands them
 * here; the choice and the formatting are then the same everywhere.
 */
public final class LocalizedTexts {

    /** The Russian locale, as UnionKit's Russian texts are written. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundle russian;
    private final ResourceBundle english;

    private LocalizedTexts(ResourceBundle russian, ResourceBundle english) {
        this.russian = russian;
        this.english = english;
    }

    /**
     * Wraps a module's two bundles.
     *
     * @param russian the Russian bundle, not null
     * @param english the English bundle, not null
     * @return the pair
     */
    public static LocalizedTexts of(ResourceBundle russian, ResourceBundle english) {
        return new LocalizedTexts(Objects.requireNonNull(russian, "russian"),
                Objects.requireNonNull(english, "english"));
    }

    /**
     * Tells whether {@code locale} asks for Russian.
     *
     * @param locale the locale, not null
     * @return true for any locale whose language is Russian
     */
    public static boolean isRussian(Locale locale) {
        return "ru".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * Returns the text of {@code key} in the language of {@code locale}.
     *
     * @param key the key, not null
     * @param locale the language wanted, not null
     * @return the text
     * @throws java.util.MissingResourceException if the key is missing (a test checks every key)
     */
    public String get(String key, Locale locale) {
        return (isRussian(locale) ? russian : english).getString(key);
    }

    /**
     * Formats the pattern of {@code key} with {@link MessageFormat} in the language of
     * {@code locale}, so that numbers are grouped as that language groups them.
     *
     * @param key the key, not null
     * @param locale the language wanted, not null
     * @param arguments the pattern's arguments
     * @return the formatted text
     */
    public String format(String key, Locale locale, Object... arguments) {
        Locale language = isRussian(locale) ? RUSSIAN : Locale.ENGLISH;
        return new MessageFormat(get(key, locale), language).format(arguments);
    }

    /**
     * Formats the text of a count in its plural form: the pattern under {@code key.one}, {@code key.few}
     * or {@code key.many} (Russian), {@code key.one} or {@code key.other} (English), chosen by
     * {@link Plurals}. The count is argument 0, formatted with the
     * language's grouping («1 000»); the other arguments follow it.
     *
     * @param key the key without the form's suffix
     * @param locale the language
     * @param count the count
     * @param arguments arguments 1, 2, …
     * @return the text
     */
    public String formatCount(String key, Locale locale, long count, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = count;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return format(key + "." + Plurals.suffix(count, locale), locale, all);
    }
}
