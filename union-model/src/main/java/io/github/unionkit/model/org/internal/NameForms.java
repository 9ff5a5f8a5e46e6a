package io.github.unionkit.model.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The word-form key of an organization name: the same for every singular case form of the name
 * («Ахтубинская районная организация», «Ахтубинской районной организации», «Ахтубинскую районную
 * организацию» …), with or without quotes, with an abbreviation or its words, with or without the tail
 * «Профсоюза (образования)».
 *
 * <p>A name is cut into words at every character that is neither a letter nor a digit (spaces,
 * quotes, hyphens, «№»), and between letters and digits («№5» and «№ 5» are one). Each word is lower
 * cased with {@code ё} read as {@code е}; the abbreviations ТОП and ТПО become «территориальная
 * организация», ППО «первичная профсоюзная организация», РО «региональная организация», МО «местная
 * организация»; any other word of two to five capitals (МБОУ, СОШ, ГБПОУ) is an abbreviation and kept
 * whole, since abbreviations do not decline. Every other word loses the longest singular case ending
 * of {@link #ENDINGS} that leaves a stem of at least {@value #MIN_STEM} letters; a bare word in -ск
 * (Володарск) stays apart from the adjective (Володарская). Trailing «Профсоюза»
 * and «Профсоюза образования» are dropped when other words remain.
 *
 * <p>The ending list was chosen over Lucene's Russian stemmers by measurement (decision 0042): it
 * reaches full agreement on the name forms of the seeds, the tests and a hand-written table of six cases,
 * and no false match on the near-miss pairs. Whole words are compared, so names that differ in one
 * word («Кировская районная» and «Кировская городская») never share a key. Gender is not told apart
 * («Кировская» and «Кировский» share a stem): organization names do not differ by gender alone. Names
 * longer than {@value #MAX_LENGTH} chars get the empty key, which matches nothing. One linear pass.
 */
public final class NameForms {

    /** The shortest stem an ending may leave: «дом», «сад» keep their letters. */
    public static final int MIN_STEM = 3;
    /** Longer text is not a name: four times the longest name, as {@code OrganizationName} allows. */
    public static final int MAX_LENGTH = 4000;
    private static final int MAX_ABBREVIATION = 5;
    /** Marks the stem of a bare town name, which no ending can produce. */
    private static final char TOWN = '|';

    /**
     * Singular case endings of Russian adjectives (-ая/-ой/-ую, -ый/-ого/-ому/-ым/-ом, -ое, soft -яя/-ей
     * …) and nouns (-а/-ы/-е/-у/-ой, -ия/-ии/-ию/-ией, -ие/-ием, -ость/-остью …). The longest that fits
     * is removed, so «организацией» and «организация» both leave «организац».
     */
    private static final String[] ENDINGS = {
        "ого", "его", "ому", "ему", "ией", "ием", "ыми", "ими",
        "ая", "яя", "ой", "ей", "ую", "юю", "ою", "ею", "ый", "ий", "ое", "ее", "ым", "им", "ом", "ем",
        "ия", "ии", "ию", "ие", "ья", "ьи", "ью", "ье",
        "а", "я", "ы", "и", "е", "у", "ю", "о", "ь", "й",
    };

    /** The abbreviations that stand for words, with those words (folded), to be stemmed like any others. */
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "топ", List.of("территориальная", "организация"),
            "тпо", List.of("территориальная", "организация"),
            "ппо", List.of("первичная", "профсоюзная", "организация"),
            "ро", List.of("региональная", "организация"),
            "мо", List.of("местная", "организация"));

    private static final String UNION = "профсоюза";
    private static final String EDUCATION = "образования";

    private NameForms() {
    }

    /**
     * Returns the word-form key of a name; two names are forms of one name iff their keys are equal
     * and not empty.
     *
     * @param name the name as written, not null
     * @return the key: stems separated by single spaces; empty for text without words or too long
     */
    public static String key(CharSequence name) {
        List<String> stems = stems(name);
        return String.join(" ", stems);
    }

    /**
     * Returns the stems of a name's words, abbreviations expanded and the optional tail dropped.
     *
     * @param name the name as written, not null
     * @return the stems in order, empty for text without words or too long
     */
    public static List<String> stems(CharSequence name) {
        return stems(name, NameForms::stem);
    }

    /**
     * Returns the stems of a name's words as {@link #stems(CharSequence)} does, with another stemmer of
     * single words: the seam through which decision 0042 measured Lucene's Russian stemmers on the same
     * words, abbreviations and tail.
     *
     * @param name the name as written, not null
     * @param stemmer turns a folded word (lower case, {@code ё} as {@code е}) into its stem, not null
     * @return the stems in order, empty for text without words or too long
     */
    public static List<String> stems(CharSequence name, UnaryOperator<String> stemmer) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stemmer, "stemmer");
        List<String> stems = new ArrayList<>();
        if (name.length() > MAX_LENGTH) {
            return stems;
        }
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            boolean digits = Character.isDigit(c);
            int end = i;
            while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))
                    && Character.isDigit(name.charAt(end)) == digits) {
                end++;
            }
            addWord(stems, name, i, end, digits, stemmer);
            i = end;
        }
        dropTail(stems, stemmer);
        return stems;
    }

    private static void addWord(List<String> stems, CharSequence name, int from, int to, boolean digits,
            UnaryOperator<String> stemmer) {
        String word = fold(name, from, to);
        if (digits) {
            stems.add(word);
            return;
        }
        List<String> expansion = ABBREVIATIONS.get(word);
        if (expansion != null) {
            for (String expanded : expansion) {
                stems.add(stemmer.apply(expanded));
            }
        } else if (isCapitals(name, from, to)) {
            stems.add(word);
        } else {
            stems.add(stemmer.apply(word));
        }
    }

    /** Lower case, {@code ё} as {@code е}. */
    private static String fold(CharSequence name, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(Character.toUpperCase(name.charAt(i)));
            out.append(c == 'ё' ? 'е' : c);
        }
        return out.toString();
    }

    /** A word of two to five capitals: an abbreviation, which does not decline. */
    private static boolean isCapitals(CharSequence name, int from, int to) {
        if (to - from < 2 || to - from > MAX_ABBREVIATION) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a folded word without its case ending.
     *
     * @param word the word, lower case, {@code ё} as {@code е}
     * @return the stem, or the word itself if no ending leaves {@value #MIN_STEM} letters (marked if it is
     *     a town in -ск or -цк)
     */
    public static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.length() - ending.length() >= MIN_STEM && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        // A bare word in -ск/-цк is a town (Володарск, Кировск), never an adjective (Володарская), whose
        // forms always have an ending: keep the two apart.
        return word.endsWith("ск") || word.endsWith("цк") ? word + TOWN : word;
    }

    /** «… Профсоюза» and «… Профсоюза образования» say whose organization it is, which every name shares. */
    private static void dropTail(List<String> stems, UnaryOperator<String> stemmer) {
        String union = stemmer.apply(UNION);
        String education = stemmer.apply(EDUCATION);
        while (stems.size() > 1) {
            int last = stems.size() - 1;
            if (stems.get(last).equals(union)) {
                stems.remove(last);
            } else if (stems.size() > 2 && stems.get(last).equals(education) && stems.get(last - 1).equals(union)) {
                stems.remove(last);
                stems.remove(last - 1);
            } else {
                return;
            }
        }
    }
}
