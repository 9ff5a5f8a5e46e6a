package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link OrganizationNames} over generated names: adjective + adjective + noun, of every gender
 * and paradigm, with or without «Профсоюза» and a quoted institution, declined into the six cases.
 */
class OrganizationNamesPropertiesTest {

    private static final String[] PLACES = {"Ахтубинск", "Астраханск", "Енотаевск", "Наримановск", "Приволжск",
        "Харабалинск", "Черноярск", "Икрянинск", "Камызякск", "Лиманск", "Красноярск", "Володарск", "Кировск",
        "Ленинск", "Советск", "Знаменск", "Тёплогорск", "Ново-Николаевск", "Заводск", "Октябрьск"};
    private static final String[] KINDS = {"районн", "городск", "областн", "краев", "территориальн", "межрайонн",
        "окружн", "первичн"};
    /** Head nouns: the stem, then the six case endings; the gender decides the adjectives' endings. */
    private static final String[][] NOUNS = {
        {"f", "организац", "ия", "ии", "ии", "ию", "ией", "ии"},
        {"f", "комисс", "ия", "ии", "ии", "ию", "ией", "ии"},
        {"f", "ассоциац", "ия", "ии", "ии", "ию", "ией", "ии"},
        {"f", "школ", "а", "ы", "е", "у", "ой", "е"},
        {"n", "объединен", "ие", "ия", "ию", "ие", "ием", "ии"},
        {"n", "отделен", "ие", "ия", "ию", "ие", "ием", "ии"},
        {"m", "комитет", "", "а", "у", "", "ом", "е"},
        {"m", "совет", "", "а", "у", "", "ом", "е"},
    };
    private static final String[] TAILS = {"", " Профсоюза", " Профсоюза образования"};
    private static final String[][] QUOTES = {{"«", "»"}, {"\"", "\""}, {"„", "“"}, {"“", "”"}};

    /** A generated name: its parts, one index each, and a variant for tail and institution number. */
    private record Name(int place, int kind, int noun, int variant) {

        private static String adjective(String stem, String gender, int grammaticalCase) {
            boolean velar = stem.endsWith("к");
            String[] endings = switch (gender) {
                case "f" -> new String[] {"ая", "ой", "ой", "ую", "ой", "ой"};
                case "n" -> new String[] {"ое", "ого", "ому", "ое", velar ? "им" : "ым", "ом"};
                default -> new String[] {velar ? "ий" : "ый", "ого", "ому", velar ? "ий" : "ый", velar ? "им" : "ым", "ом"};
            };
            return stem + endings[grammaticalCase];
        }

        /** The name in a case (0 nominative … 5 prepositional), its institution in quotes of a style. */
        String form(int grammaticalCase, int quotes) {
            String[] noun = NOUNS[this.noun];
            String gender = noun[0];
            int number = variant / TAILS.length % 31;
            String institution = number == 0 ? ""
                    : " МБОУ " + QUOTES[quotes][0] + "СОШ № " + number + QUOTES[quotes][1];
            return adjective(PLACES[place], gender, grammaticalCase) + " " + adjective(KINDS[kind], gender, grammaticalCase)
                    + " " + noun[1] + noun[2 + grammaticalCase] + TAILS[variant % TAILS.length] + institution;
        }

        /** Names that differ from this one in exactly one word. */
        List<Name> nearMisses() {
            List<Name> out = new ArrayList<>();
            out.add(new Name((place + 1 + variant % (PLACES.length - 1)) % PLACES.length, kind, noun, variant));
            out.add(new Name(place, (kind + 1 + variant % (KINDS.length - 1)) % KINDS.length, noun, variant));
            out.add(new Name(place, kind, (noun + 1 + variant % (NOUNS.length - 1)) % NOUNS.length, variant));
            int number = variant / TAILS.length % 31;
            int other = number % 30 + 1;
            out.add(new Name(place, kind, noun, variant - number * TAILS.length + other * TAILS.length));
            return out;
        }
    }

    private static void forAllNames(java.util.function.Consumer<Name> property) {
        qt().forAll(integers().between(0, PLACES.length - 1), integers().between(0, KINDS.length - 1),
                integers().between(0, NOUNS.length - 1), integers().between(0, TAILS.length * 31 - 1))
                .checkAssert((place, kind, noun, variant) -> property.accept(new Name(place, kind, noun, variant)));
    }

    @Test
    void everyCaseFormMatchesItsNominative() {
        forAllNames(name -> {
            String nominative = name.form(0, 0);
            for (int c = 0; c < 6; c++) {
                assertThat(OrganizationNames.sameName(name.form(c, c % QUOTES.length), nominative))
                        .as(name.form(c, 0)).isTrue();
            }
        });
    }

    @Test
    void aNameNeverMatchesANearMissDifferingInOneWord() {
        forAllNames(name -> {
            String nominative = name.form(0, 0);
            for (Name miss : name.nearMisses()) {
                for (int c = 0; c < 6; c++) {
                    assertThat(OrganizationNames.sameName(miss.form(c, 0), nominative)).as(miss.form(c, 0)).isFalse();
                }
            }
        });
    }

    @Test
    void matchingIsSymmetricInQuoting() {
        forAllNames(name -> {
            for (int c = 0; c < 6; c++) {
                String a = name.form(c, c % QUOTES.length);
                String b = name.form(0, (c + 1) % QUOTES.length);
                String plain = a.replaceAll("[«»\"„“”]", "");
                assertThat(OrganizationNames.sameName(a, b)).isEqualTo(OrganizationNames.sameName(b, a)).isTrue();
                assertThat(OrganizationNames.sameName(plain, b)).isEqualTo(OrganizationNames.sameName(a, b));
                for (Name miss : name.nearMisses()) {
                    String m = miss.form(c, c % QUOTES.length);
                    assertThat(OrganizationNames.sameName(m.replaceAll("[«»\"„“”]", ""), b))
                            .isEqualTo(OrganizationNames.sameName(m, b)).isFalse();
                }
            }
        });
    }
}
