package io.github.unionkit.model.error;

import io.github.unionkit.model.internal.Plurals;
import java.util.Locale;

/**
 * The plural form a count takes in Russian or English, by the rules of the Unicode CLDR for whole
 * numbers: Russian «1 ошибка» ({@link #ONE}: ends in 1 but not in 11), «2 ошибки» ({@link #FEW}: ends
 * in 2–4 but not in 12–14), «5 ошибок» ({@link #MANY}: everything else); English «1 error»
 * ({@link #ONE}) and «2 errors» ({@link #OTHER}).
 *
 * <p>Message bundles hold one text per form under {@code key.one}, {@code key.few}, {@code key.many}
 * (Russian) or {@code key.one}, {@code key.other} (English); {@link #suffix()} names it. The rules are
 * a few lines and stable, so they are written here rather than taken from ICU4J (decision 0048).
 */
public enum PluralCategory {
    /** One: Russian 1, 21, 101…; English 1. */
    ONE,
    /** Few: Russian 2–4, 22–24…, not 12–14. Not used in English. */
    FEW,
    /** Many: Russian 0, 5–20, 25–30…, 111–114. Not used in English. */
    MANY,
    /** Other: English everything but 1. Not used in Russian for whole numbers. */
    OTHER;

    /**
     * Returns the form of a whole count in a language: Russian when the locale's language is
     * {@code ru}, English otherwise.
     *
     * @param count the count; negative counts take the form of their absolute value
     * @param locale the language, not null
     * @return the form
     */
    public static PluralCategory of(long count, Locale locale) {
        return values()[Plurals.form(count, locale)];
    }

    /**
     * Returns the suffix of message keys for this form: {@code "one"}, {@code "few"}, {@code "many"} or
     * {@code "other"}.
     *
     * @return the suffix, lower case
     */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
