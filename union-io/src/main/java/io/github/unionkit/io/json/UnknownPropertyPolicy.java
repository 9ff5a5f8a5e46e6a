package io.github.unionkit.io.json;

/**
 * What a UnionKit reader does with a property it does not know.
 *
 * <p>The policy is explicit because both answers are right for someone: an archive that must be read
 * exactly wants {@link #FAIL}; a consumer of documents from a newer UnionKit version wants
 * {@link #IGNORE}. The policy applies equally to interchange documents and to registry records.
 */
public enum UnknownPropertyPolicy {

    /** An unknown property fails the read with {@link JsonInputException.ErrorType#UNKNOWN_PROPERTY}. */
    FAIL,

    /** Unknown properties are skipped (their values still count against the {@link JsonLimits}). */
    IGNORE
}
