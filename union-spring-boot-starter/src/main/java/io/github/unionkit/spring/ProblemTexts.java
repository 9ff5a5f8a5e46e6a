package io.github.unionkit.spring;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The titles and details of the starter's problem details, in Russian for language {@code ru} and in
 * English for any other, from the resource bundle {@code io.github.unionkit.spring.problems}.
 */
final class ProblemTexts {

    private static final String BASE = "io.github.unionkit.spring.problems";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundle RU = ResourceBundle.getBundle(BASE, RUSSIAN);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BASE, Locale.ENGLISH);

    private ProblemTexts() {
    }

    /**
     * Tells whether a locale gets Russian texts.
     *
     * @param locale the locale, not null
     * @return true for language {@code ru}
     */
    static boolean isRussian(Locale locale) {
        return RUSSIAN.getLanguage().equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * Returns the text of a key in a locale.
     *
     * @param key the key, not null
     * @param locale the locale, not null
     * @return the text
     * @throws java.util.MissingResourceException if the key is unknown
     */
    static String text(String key, Locale locale) {
        return (isRussian(locale) ? RU : EN).getString(key);
    }
}
