package io.github.unionkit.rules;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The Russian and English texts of the built-in rules, read from the UTF-8 resource bundles
 * {@code io/github/unionkit/rules/messages[_ru|_en].properties}. Placeholders are
 * {@code {name}}; a placeholder without a matching argument stays as written. Not {@code MessageFormat}:
 * its quoting rules would mangle apostrophes in the English texts.
 */
final class RuleMessages {

    private static final String BASE = "io.github.unionkit.rules.messages";
    private static final String[][] NAME_FALLBACKS = {{"organizationName", "organization"}, {"parentName", "parent"}};
    /** The two languages every built-in rule is written in. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final ResourceBundle RU = ResourceBundle.getBundle(BASE, RUSSIAN);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BASE, Locale.ENGLISH);

    private RuleMessages() {
    }

    /**
     * Returns the bundle for a locale: Russian for language {@code ru}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the bundle
     */
    public static ResourceBundle bundle(Locale locale) {
        return isRussian(locale) ? RU : EN;
    }

    /**
     * Tells whether a locale selects the Russian texts.
     *
     * @param locale the locale, not null
     * @return true for language {@code ru}
     */
    public static boolean isRussian(Locale locale) {
        return "ru".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * Tells whether a key has a text in both languages.
     *
     * @param key the key
     * @return true if both bundles hold it
     */
    public static boolean has(String key) {
        return RU.containsKey(key) && EN.containsKey(key);
    }

    /**
     * Returns the raw text of a key, or empty text when it is missing.
     *
     * @param key the key
     * @param locale the locale
     * @return the text
     */
    public static String raw(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "";
        }
    }

    /**
     * Formats the message of a rule code in a locale.
     *
     * @param code the rule code text (the bundle key)
     * @param locale the locale
     * @param arguments the arguments to substitute
     * @return the message; a generic text naming the code if the bundle has no entry
     */
    public static String format(String code, Locale locale, List<Argument> arguments) {
        String pattern = raw(code, locale);
        if (pattern.isEmpty()) {
            pattern = raw("generic", locale);
        }
        return substitute(pattern.replace("{code}", code), localized(withNames(arguments), locale));
    }

    // A violation built without the names of its organizations (by a caller's own rule, or before the
    // rule knew the tree) is named by its ids: {organizationName} falls back to {organization}.
    private static List<Argument> withNames(List<Argument> arguments) {
        List<Argument> out = arguments;
        for (String[] pair : NAME_FALLBACKS) {
            String name = null;
            boolean named = false;
            for (Argument a : arguments) {
                named |= a.name().equals(pair[0]);
                if (a.name().equals(pair[1])) {
                    name = a.value();
                }
            }
            if (!named && name != null) {
                if (out == arguments) {
                    out = new java.util.ArrayList<>(arguments);
                }
                out.add(Argument.of(pair[0], name));
            }
        }
        return out;
    }

    // Every argument is written in the message's language: a word from "value.<name>.<value>", a
    // date, count, band or period in the language's form (ArgumentTexts).
    private static List<Argument> localized(List<Argument> arguments, Locale locale) {
        List<Argument> out = null;
        for (int i = 0; i < arguments.size(); i++) {
            Argument a = arguments.get(i);
            if (a.value().length() > 40) {
                continue;
            }
            String word = ArgumentTexts.localize(a.name(), a.value(), locale);
            if (!word.equals(a.value())) {
                if (out == null) {
                    out = new java.util.ArrayList<>(arguments);
                }
                out.set(i, Argument.of(a.name(), word));
            }
        }
        return out == null ? arguments : out;
    }

    /**
     * Replaces {@code {name}} placeholders in one left-to-right pass (linear time).
     *
     * @param pattern the pattern
     * @param arguments the arguments
     * @return the text
     */
    public static String substitute(String pattern, List<Argument> arguments) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        // Copy the text between placeholders in runs, not char by char: messages are built for every
        // violation, and a resolution can have dozens.
        int copied = 0;
        int i = pattern.indexOf('{');
        while (i >= 0) {
            int close = pattern.indexOf('}', i + 1);
            int next = i + 1;
            if (close > i + 1 && close - i <= 42) {
                String value = lookup(arguments, pattern, i + 1, close);
                if (value != null) {
                    out.append(pattern, copied, i).append(value);
                    copied = close + 1;
                    next = close + 1;
                }
            }
            i = pattern.indexOf('{', next);
        }
        return out.append(pattern, copied, pattern.length()).toString();
    }

    private static String lookup(List<Argument> arguments, String pattern, int from, int to) {
        int length = to - from;
        for (Argument a : arguments) {
            String name = a.name();
            if (name.length() == length && pattern.regionMatches(from, name, 0, length)) {
                return a.value();
            }
        }
        return null;
    }
}
