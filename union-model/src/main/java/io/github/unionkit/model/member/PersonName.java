package io.github.unionkit.model.member;

import io.github.unionkit.model.org.internal.NameKeys;
import io.github.unionkit.model.org.internal.NormalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's name in the Russian form: family name (фамилия), given name (имя) and, if any, patronymic
 * (отчество). Parts are stored whitespace-normalised.
 *
 * <p>A name is personal data: {@link #toString()} prints {@code PersonName[redacted]}, and no
 * exception message contains any part of it. Use the accessors or {@link #fullName()} where the name
 * is really needed.
 *
 * @param family the family name
 * @param given the given name
 * @param patronymic the patronymic, if the person has one
 */
public record PersonName(
        @NotBlank @Size(max = PersonName.MAX_PART_LENGTH) String family,
        @NotBlank @Size(max = PersonName.MAX_PART_LENGTH) String given,
        @NotNull Optional<@Size(max = PersonName.MAX_PART_LENGTH) String> patronymic) {

    /** The longest accepted part, in chars. */
    public static final int MAX_PART_LENGTH = 200;

    /**
     * Creates a name, normalising whitespace.
     *
     * @param family the family name, not null, not blank, at most {@value #MAX_PART_LENGTH} chars
     * @param given the given name, not null, not blank, at most {@value #MAX_PART_LENGTH} chars
     * @param patronymic the patronymic if any, not null; if present, not blank, at most
     *     {@value #MAX_PART_LENGTH} chars
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank, too long or holds a control character or an
     *     unpaired surrogate (the message names the part, not
     *     its value)
     */
    public PersonName {
        family = part("family", family);
        given = part("given", given);
        Objects.requireNonNull(patronymic, "patronymic");
        patronymic = patronymic.map(p -> part("patronymic", p));
    }

    /**
     * Returns a name with a patronymic.
     *
     * @param family the family name, not null, not blank
     * @param given the given name, not null, not blank
     * @param patronymic the patronymic, not null, not blank
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank, too long, or holds a control character or an
     *     unpaired surrogate
     */
    public static PersonName of(String family, String given, String patronymic) {
        return new PersonName(family, given, Optional.of(patronymic));
    }

    /**
     * Returns a name without a patronymic.
     *
     * @param family the family name, not null, not blank
     * @param given the given name, not null, not blank
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank, too long, or holds a control character or an
     *     unpaired surrogate
     */
    public static PersonName of(String family, String given) {
        return new PersonName(family, given, Optional.empty());
    }

    /**
     * Returns the name in the usual Russian order, "Фамилия Имя Отчество". Personal data: do not log.
     *
     * @return the full name
     */
    public String fullName() {
        return family + " " + given + patronymic.map(p -> " " + p).orElse("");
    }

    /**
     * Returns {@code PersonName[redacted]}: the name is personal data and is never printed.
     *
     * @return the constant {@code "PersonName[redacted]"}
     */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }

    private static String part(String field, String value) {
        Objects.requireNonNull(value, field);
        if (plain(value)) {
            return value;
        }
        if (value.length() > MAX_PART_LENGTH * 4) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_PART_LENGTH + " chars");
        }
        // Names read back from a registry are normalised already: checking is cheaper than rebuilding.
        String normalized = NormalizedText.isWhitespaceNormalized(value) ? value
                : NameKeys.normalizeWhitespace(value);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (normalized.length() > MAX_PART_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_PART_LENGTH + " chars");
        }
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isISOControl(c)) {
                // NUL, ESC (terminal escape sequences), DEL ...: never part of a name
                throw new IllegalArgumentException(field + " contains a control character");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < normalized.length()
                        && Character.isLowSurrogate(normalized.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException(field + " contains an unpaired surrogate");
                }
                i++;
            }
        }
        return normalized;
    }

    /**
     * Tells, in one pass, whether a part is already valid and normalised as the names of a registry are:
     * not too long, letters and punctuation of the Latin-1 and the common scripts (Cyrillic among them)
     * with single spaces between words. Every such char passes the checks of {@link #part}: none is a
     * space other than U+0020, a control character or a surrogate. Anything else takes those checks.
     */
    private static boolean plain(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_PART_LENGTH) {
            return false;
        }
        boolean previousSpace = true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (c > ' ' && c < '\u007f' || c > '\u00a0' && c < '\u1680') {
                previousSpace = false;
            } else {
                return false;
            }
        }
        return !previousSpace;
    }
}
