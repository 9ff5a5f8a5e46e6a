package io.github.unionkit.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A conservative key under which an organization's name matches its inflected forms: decrees write
 * "Володарской ТОП" (genitive/dative) where the registry has "Володарская ТОП" (nominative).
 *
 * <p>The key exists only for names of the shape <i>adjective… ABBREVIATION</i>: one to four words,
 * each ending in a Russian adjective ending (any gender, number and case: {@code -ая}, {@code -ой},
 * {@code -ую}, {@code -ий}, {@code -ого}, {@code -ому}, {@code -ими} …) that leaves a stem of at least
 * {@value #MIN_STEM} letters, followed by an abbreviation in capitals of 2 to 6 letters ({@code ТОП},
 * {@code ППО}, {@code РО}). The key is the stems (lower case, {@code ё} read as {@code е}; in a hyphenated
 * word only the last part declines) and the abbreviation as written. Nouns are never stemmed, so
 * "Северная ТОП" and "Северный район" never meet; two organizations with one key are an ambiguity the
 * caller must report, never a guess. Parsing is linear in the name, whose length is capped.
 */
public final class RussianNameStems {

    /** The shortest stem left after removing an ending. */
    public static final int MIN_STEM = 3;
    private static final int MAX_LENGTH = 500;
    private static final int MAX_WORDS = 4;
    /** Adjective endings, longest first so {@code -ого} wins over {@code -го}-less readings. */
    private static final String[] ENDINGS = {"ого", "его", "ому", "ему", "ыми", "ими",
        "ая", "яя", "ой", "ей", "ую", "юю", "ое", "ее", "ый", "ий", "ым", "им", "ом", "ем", "ые", "ие", "ых", "их",
        "ою", "ею"};

    private RussianNameStems() {
    }

    /**
     * Returns the stem key of a name, if it has the adjective-plus-abbreviation shape.
     *
     * @param name the name as written, not null
     * @return the key, or empty if the name has another shape (then only exact matching applies)
     */
    public static Optional<String> key(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] tokens = name.trim().split("\\s+");
        if (tokens.length < 2 || tokens.length > MAX_WORDS + 1) {
            return Optional.empty();
        }
        String abbreviation = tokens[tokens.length - 1];
        if (!isAbbreviation(abbreviation)) {
            return Optional.empty();
        }
        List<String> stems = new ArrayList<>(tokens.length - 1);
        for (int i = 0; i < tokens.length - 1; i++) {
            Optional<String> stem = stem(tokens[i]);
            if (stem.isEmpty()) {
                return Optional.empty();
            }
            stems.add(stem.get());
        }
        return Optional.of(String.join(" ", stems) + " " + abbreviation);
    }

    /**
     * Returns the stem of one adjective: lower case, {@code ё} as {@code е}, the ending removed.
     *
     * @param word the word
     * @return the stem, or empty if the word does not end like an adjective with a long enough stem
     */
    static Optional<String> stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int hyphen = w.lastIndexOf('-');
        String head = hyphen < 0 ? "" : w.substring(0, hyphen + 1);
        String last = w.substring(hyphen + 1);
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c < 'а' || c > 'я') {
                return Optional.empty();
            }
        }
        for (String ending : ENDINGS) {
            if (last.endsWith(ending) && last.length() - ending.length() >= MIN_STEM) {
                return Optional.of(head + last.substring(0, last.length() - ending.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean isAbbreviation(String token) {
        if (token.length() < 2 || token.length() > 6) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'А' && c <= 'Я' || c == 'Ё' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
