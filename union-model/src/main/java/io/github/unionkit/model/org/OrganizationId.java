package io.github.unionkit.model.org;

import io.github.unionkit.model.org.internal.Identifiers;

/**
 * The stable identifier of an organization: 1 to 64 characters of {@code [A-Za-z0-9._-]}, starting
 * with an ASCII letter or digit (for example {@code "ru.astrakhan"} or {@code "30-ahtuba-12"}).
 *
 * <p>Identifiers are case-sensitive and compared by value. {@link #toString()} returns the identifier
 * itself, which {@link #parse(CharSequence)} reads back. Invalid text is rejected with an
 * {@link IdentifierParseException} (an {@link IllegalArgumentException}) carrying the error type and
 * the position.
 *
 * @param value the identifier text
 */
public record OrganizationId(String value) implements Comparable<OrganizationId>, java.io.Serializable {

    /**
     * Creates an identifier, checking the syntax.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException if {@code value} is null
     * @throws IdentifierParseException if {@code value} is not a valid identifier
     */
    public OrganizationId {
        Identifiers.check("OrganizationId", value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws NullPointerException if {@code value} is null
     * @throws IdentifierParseException if {@code value} is not a valid identifier
     */
    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    /**
     * Reads an identifier from its text form, exactly as {@link #toString()} prints it (no trimming).
     *
     * @param text the text, not null; at most 64 characters
     * @return the identifier
     * @throws NullPointerException if {@code text} is null
     * @throws IdentifierParseException if the text is empty, too long, or has an illegal character
     */
    public static OrganizationId parse(CharSequence text) {
        return new OrganizationId(Identifiers.check("OrganizationId", text));
    }

    /**
     * Orders identifiers by their text, character by character.
     *
     * @param other the identifier to compare with, not null
     * @return a negative number, zero or a positive number
     */
    @Override
    public int compareTo(OrganizationId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the identifier text, the form {@link #parse(CharSequence)} reads.
     *
     * @return the identifier text
     */
    @Override
    public String toString() {
        return value;
    }
}
