package io.github.unionkit.model.member;

import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.internal.Identifiers;

/**
 * The stable, pseudonymous identifier of a member in a membership registry: 1 to 64 characters of
 * {@code [A-Za-z0-9._-]}, starting with an ASCII letter or digit (for example {@code "30-000123"}).
 *
 * <p>A member id is a key, not personal data by itself; it must not be derived from a name or a card
 * number. {@link #toString()} returns the identifier, which {@link #parse(CharSequence)} reads back.
 * Invalid text is rejected with an {@link IdentifierParseException} (an
 * {@link IllegalArgumentException}) carrying the error type and the position, never the input.
 *
 * @param value the identifier text
 */
public record MemberId(String value) implements Comparable<MemberId>, java.io.Serializable {

    /**
     * Creates an identifier, checking the syntax.
     *
     * @param value the identifier text, not null
     * @throws NullPointerException if {@code value} is null
     * @throws IdentifierParseException if {@code value} is not a valid identifier
     */
    public MemberId {
        Identifiers.check("MemberId", value);
    }

    /**
     * Returns the identifier with the given text.
     *
     * @param value the identifier text, not null
     * @return the identifier
     * @throws NullPointerException if {@code value} is null
     * @throws IdentifierParseException if {@code value} is not a valid identifier
     */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    /**
     * Reads an identifier from its text form, exactly as {@link #toString()} prints it (no trimming).
     *
     * @param text the text, not null; at most 64 characters
     * @return the identifier
     * @throws NullPointerException if {@code text} is null
     * @throws IdentifierParseException if the text is empty, too long, or has an illegal character
     */
    public static MemberId parse(CharSequence text) {
        return new MemberId(Identifiers.check("MemberId", text));
    }

    /**
     * Orders identifiers by their text, character by character.
     *
     * @param other the identifier to compare with, not null
     * @return a negative number, zero or a positive number
     */
    @Override
    public int compareTo(MemberId other) {
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
