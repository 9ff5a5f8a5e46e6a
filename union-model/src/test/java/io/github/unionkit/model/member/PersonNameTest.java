package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void toStringIsRedacted() {
        PersonName name = PersonName.of("Даниленко", "Сергей", "Николаевич");
        assertThat(name).hasToString("PersonName[redacted]");
        assertThat(String.valueOf(Optional.of(name))).doesNotContain("Даниленко");
    }

    @Test
    void keepsPartsNormalised() {
        PersonName name = PersonName.of(" Иванова ", "Анна\u00a0 Мария");
        assertThat(name.family()).isEqualTo("Иванова");
        assertThat(name.given()).isEqualTo("Анна Мария");
        assertThat(name.patronymic()).isEmpty();
        assertThat(name.fullName()).isEqualTo("Иванова Анна Мария");
        assertThat(PersonName.of("Петров", "Пётр", "Петрович").fullName()).isEqualTo("Петров Пётр Петрович");
    }

    @Test
    void rejectsBlankOrLongPartsWithoutEchoingThem() {
        assertThatThrownBy(() -> PersonName.of(" ", "Анна")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("family");
        assertThatThrownBy(() -> PersonName.of("Иванова", "Анна", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patronymic");
        String longName = "Щ".repeat(201);
        assertThatThrownBy(() -> PersonName.of(longName, "Анна")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("ЩЩЩ");
        assertThatThrownBy(() -> new PersonName("A", "B", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsAlreadyNormalisedPartsAsGiven() {
        String family = "Салтыкова-Щедрина";
        String given = "Анна Мария";
        PersonName name = new PersonName(family, given, Optional.of("Ивановна"));
        assertThat(name.family()).isSameAs(family);
        assertThat(name.given()).isSameAs(given);
        assertThat(name).isEqualTo(PersonName.of(" Салтыкова-Щедрина", "Анна\tМария ", "Ивановна\n"))
                .hasSameHashCodeAs(PersonName.of(" Салтыкова-Щедрина", "Анна\tМария ", "Ивановна\n"));
    }

    @Test
    void normalisesEveryKindOfStrayWhitespace() {
        assertThat(PersonName.of("Иванова", "Анна  Мария").given()).isEqualTo("Анна Мария");
        assertThat(PersonName.of("Иванова", "Анна\u2003Мария").given()).isEqualTo("Анна Мария");
        assertThat(PersonName.of("Иванова", "Анна \u00a0Мария").given()).isEqualTo("Анна Мария");
        assertThat(PersonName.of("Иванова ", "Анна").family()).isEqualTo("Иванова");
        assertThat(PersonName.of("\rИванова", "Анна").family()).isEqualTo("Иванова");
        assertThat(PersonName.of("И", "А").fullName()).isEqualTo("И А");
    }

    @Test
    void equalityIsByParts() {
        assertThat(PersonName.of("А", "Б", "В")).isEqualTo(PersonName.of("А", "Б", "В"))
                .isNotEqualTo(PersonName.of("А", "Б"));
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreNoPartOfANameAndTheMessageDoesNotQuoteIt() {
        for (String bad : java.util.List.of("Ив\u0000ан", "\u001B[2JИван", "Ив\u007Fан", "Ив\u0085ан", "Ив\uD800ан",
                "Ив\uDC00ан")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PersonName.of("Петров", bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("given")
                    .hasMessageNotContaining("Ив");
        }
        assertThat(PersonName.of("Петров", "Иван\uD83D\uDE00").given()).isEqualTo("Иван\uD83D\uDE00");
    }

    /** Chars around every boundary of the one-pass check: spaces of all kinds, controls, surrogates. */
    private static final char[] ALPHABET = {'a', 'Z', '-', '\'', ' ', ' ', '\t', '\n', '\u0000', '\u007f', '\u0085',
        '\u00a0', '\u00a1', 'Ё', 'я', '\u1680', '\u2000', '\u3000', '\ud83d', '\ude00', '\u001b'};

    @Test
    void anyPartIsAcceptedExactlyWhenItsNormalFormIsValid() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(48);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8) == 0 ? random.nextInt(190, 215) : random.nextInt(0, 12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : 'к');
            }
            String part = text.toString();
            String normal = normalSpaces(part);
            boolean valid = !normal.isEmpty() && normal.length() <= PersonName.MAX_PART_LENGTH
                    && normal.chars().noneMatch(Character::isISOControl) && pairedSurrogates(normal);
            if (valid) {
                PersonName name = PersonName.of(part, "Анна");
                assertThat(name.family()).as("round %d", round).isEqualTo(normal);
            } else {
                assertThatThrownBy(() -> PersonName.of(part, "Анна")).as("round %d", round)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    /** Runs of white space (as the model defines it: Java's white space or space chars) to one space, trimmed. */
    private static String normalSpaces(String text) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                }
                pending = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean pairedSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
