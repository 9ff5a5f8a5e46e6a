package io.github.unionkit.io.json.internal;

import io.github.unionkit.model.org.OrganizationId;

/**
 * Organization ids known in advance (those of an organization tree), found by their characters
 * without creating a string: registry records name the same few tens of thousands of organizations
 * millions of times.
 */
@FunctionalInterface
public interface KnownOrganizations {

    /** No known organizations: every id is parsed. */
    KnownOrganizations NONE = (chars, offset, length) -> null;

    /**
     * Returns the known id with these characters.
     *
     * @param chars the characters
     * @param offset the start of the id
     * @param length the length of the id
     * @return the known id, or null if it is not known
     */
    OrganizationId find(char[] chars, int offset, int length);

    /**
     * Returns the known id with this text.
     *
     * @param text the text
     * @return the known id, or null if it is not known
     */
    default OrganizationId find(String text) {
        return find(text.toCharArray(), 0, text.length());
    }
}
