package io.github.unionkit.model.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * The CLDR plural rules for whole numbers in Russian and English, behind
 * {@code io.github.unionkit.model.error.PluralCategory} and {@link LocalizedTexts#formatCount}. Kept
 * here, below both, so that the public enum and the message texts share one rule without a package
 * cycle.
 */
public final class Plurals {

    /** The forms, in the order of {@code PluralCategory}'s constants. */
    private static final String[] SUFFIXES = {"one", "few", "many", "other"};

    private Plurals() {
    }

    /**
     * Returns the form of a count: 0 one, 1 few, 2 many, 3 other.
     *
     * @param count the count; a negative count takes the form of its absolute value
     * @param locale the language: Russian when its language is {@code ru}, English otherwise
     * @return the form's index
     */
    public static int form(long count, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        long n = count == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(count);
        if (!LocalizedTexts.isRussian(locale)) {
            return n == 1 ? 0 : 3;
        }
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        if (lastDigit == 1 && lastTwo != 11) {
            return 0;
        }
        if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return 1;
        }
        return 2;
    }

    /**
     * Returns the key suffix of a count's form: {@code one}, {@code few}, {@code many} or {@code other}.
     *
     * @param count the count
     * @param locale the language
     * @return the suffix
     */
    public static String suffix(long count, Locale locale) {
        return SUFFIXES[form(count, locale)];
    }
}
