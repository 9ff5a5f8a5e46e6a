package io.github.unionkit.model.org;

import io.github.unionkit.model.org.internal.NameKeys;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A name an organization bears from a date on, until its next name takes effect.
 *
 * <p>Names are effective-dated because organizations are renamed (the Krasnodar plenum of 2021 renamed
 * its regional organization); an {@link Organization} keeps every name it has had, so documents that
 * use an old name still resolve. Text is stored whitespace-normalised: runs of whitespace become one
 * space and the ends are trimmed.
 *
 * @param fullName the full official name, e.g. "Ахтубинская районная организация Профсоюза"
 * @param shortName the short name as commonly written, e.g. "Ахтубинская ТОП", if any
 * @param validFrom the first day the name is in effect
 */
public record OrganizationName(
        @NotBlank @Size(max = OrganizationName.MAX_LENGTH) String fullName,
        @NotNull Optional<@NotBlank String> shortName,
        @NotNull LocalDate validFrom) {

    /** The maximum length of a full or short name, in chars. */
    public static final int MAX_LENGTH = 1000;

    /**
     * Creates a name, normalising whitespace.
     *
     * @param fullName the full name, not null, not blank, at most {@value #MAX_LENGTH} chars
     * @param shortName the short name if any, not null; if present, not blank, at most
     *     {@value #MAX_LENGTH} chars
     * @param validFrom the first day in effect, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or too long
     */
    public OrganizationName {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(validFrom, "validFrom");
        fullName = checked("fullName", fullName);
        shortName = shortName.map(s -> checked("shortName", s));
    }

    /**
     * Returns a name without a short form.
     *
     * @param fullName the full name, not null, not blank
     * @param validFrom the first day in effect, not null
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code fullName} is blank or too long
     */
    public static OrganizationName of(String fullName, LocalDate validFrom) {
        return new OrganizationName(fullName, Optional.empty(), validFrom);
    }

    /**
     * Returns a name with a short form.
     *
     * @param fullName the full name, not null, not blank
     * @param shortName the short name, not null, not blank
     * @param validFrom the first day in effect, not null
     * @return the name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or too long
     */
    public static OrganizationName of(String fullName, String shortName, LocalDate validFrom) {
        return new OrganizationName(fullName, Optional.of(shortName), validFrom);
    }

    /**
     * Tells whether {@code name} is this name's full or short form, ignoring case, the difference
     * between {@code ё} and {@code е}, quote and dash styles, and runs of whitespace.
     *
     * @param name the name to test, not null
     * @return true if it matches the full or the short name
     */
    public boolean matches(String name) {
        String key = NameKeys.key(Objects.requireNonNull(name, "name"));
        return NameKeys.key(fullName).equals(key)
                || shortName.map(s -> NameKeys.key(s).equals(key)).orElse(false);
    }

    private static String checked(String field, String value) {
        if (value.length() > MAX_LENGTH * 4) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " chars");
        }
        String normalized = NameKeys.normalizeWhitespace(value);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (normalized.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    field + " is longer than " + MAX_LENGTH + " chars: " + normalized.length());
        }
        return normalized;
    }
}
