package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What a JSON or CSV reader expected where a value could not be read, in Russian: the readers write
 * their particulars in English ("expected an ISO date like 2021-03-31", the detail of
 * {@code JsonInputException} and of a registry {@code Rejection}); this gives each fixed one, and the
 * "expected one of …" lists, their Russian text ({@code expected.*} in the JSON bundle), so a Russian
 * message says what was expected too. A particular without a Russian text is left out of a Russian
 * message (never shown in English there).
 */
public final class Expectations {

    private static final String BUNDLE = "io.github.unionkit.io.json.errors";
    private static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));
    private static final String ONE_OF = "expected one of ";

    /** The fixed particulars: the English text the readers write, and the key of its Russian text. */
    private enum Fixed {
        STRING("expected a string", "string"),
        INTEGER("expected an integer", "integer"),
        NON_NEGATIVE_INTEGER("expected a non-negative integer", "nonNegativeInteger"),
        BOOLEAN("expected true or false", "boolean"),
        ARRAY("expected an array", "array"),
        OBJECT("expected an object", "object"),
        RECORD("expected a registry record object", "record"),
        ISO_DATE("expected an ISO date like 2021-03-31", "isoDate"),
        DATE("expected a date like 2021-03-31 or 31.03.2021", "date"),
        YEAR("expected a year from 1 to 9999", "year"),
        MEMBER_ID("expected a member id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit", "memberId"),
        ORGANIZATION_ID("expected an organization id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit",
                "organizationId"),
        CATEGORY("expected EMPLOYEE, NON_WORKING_PENSIONER or STUDENT", "category"),
        CATEGORY_CSV("expected EMPLOYEE, NON_WORKING_PENSIONER or STUDENT (or работающий, неработающий пенсионер,"
                + " обучающийся)", "categoryCsv"),
        CARD("expected a card number of 6 to 20 digits", "card"),
        VERSION_NUMBER("expected the number 1 or 2", "version"),
        VERSION("expected the format version 1 or 2", "version"),
        NO_NULL("null is not allowed; omit the property instead", "noNull");

        private final String english;
        private final String key;

        Fixed(String english, String key) {
            this.english = english;
            this.key = key;
        }
    }

    private Expectations() {
    }

    /**
     * Returns a reader's English particulars in the given language: as they are in English, in Russian
     * when this class knows them.
     *
     * @param english the particulars as the reader wrote them
     * @param locale the language
     * @return the text, or empty when there is no Russian text for it
     */
    public static Optional<String> in(String english, Locale locale) {
        if (!LocalizedTexts.isRussian(locale)) {
            return Optional.of(english);
        }
        for (Fixed fixed : Fixed.values()) {
            if (fixed.english.equals(english)) {
                return Optional.of(TEXTS.get("expected." + fixed.key, locale));
            }
        }
        if (english.startsWith(ONE_OF) && english.length() > ONE_OF.length()) {
            return Optional.of(TEXTS.format("expected.oneOf", locale, english.substring(ONE_OF.length())));
        }
        return Optional.empty();
    }
}
