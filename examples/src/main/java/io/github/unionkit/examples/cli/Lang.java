package io.github.unionkit.examples.cli;

import java.util.Locale;

/** The languages of the {@code union} command line's output and help. */
public enum Lang {
    /** Russian: the language of the decrees and of the union's staff. */
    RU(new Locale("ru", "RU")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the locale used for messages and number formatting.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Chooses the language for a default locale: Russian when the locale's language is Russian,
     * English otherwise (including the C/POSIX locale of most CI machines).
     *
     * @param locale the platform's default locale, not null
     * @return the matching language
     */
    public static Lang fromLocale(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RU : EN;
    }
}
