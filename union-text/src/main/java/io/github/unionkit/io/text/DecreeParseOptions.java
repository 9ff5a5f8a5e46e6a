package io.github.unionkit.io.text;

import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.UntilPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link DecreeTextParser} reads a decree: the input cap, the policy for "до X", and who issued the
 * decree.
 *
 * <p>There is deliberately no setting for a substitute number or date: what a document does not say is
 * absent from the result and reported by a warning, never replaced by a placeholder.
 *
 * <p>{@link #defaults()}: at most {@value #DEFAULT_MAX_LENGTH} characters (1 MiB), "до X" excludes X
 * ({@link UntilPolicy#EXCLUSIVE}), no issuer id and no organization tree (the issuer's organization
 * then stays absent, with a warning, and references to organizations stay unresolved). Immutable;
 * change one setting with the {@code with…} methods.
 *
 * @param maxLength the longest text the parser reads, in {@code char}s, at least 1
 * @param untilPolicy how "до X" and "в срок до X" treat the day X
 * @param issuer the id of the issuing organization, if the caller knows it; references to the issuer's
 *     own organization in the text ("Президиуму Астраханской областной организации Профсоюза",
 *     "председателя организации") get this id
 * @param organizations a tree to resolve the issuer and the organizations named in the text by name,
 *     if the caller has one
 */
public record DecreeParseOptions(int maxLength, UntilPolicy untilPolicy, Optional<OrganizationId> issuer,
        Optional<OrganizationTree> organizations) {

    /** The default cap: 1 MiB of characters, far more than any real decree. */
    public static final int DEFAULT_MAX_LENGTH = 1 << 20;

    private static final DecreeParseOptions DEFAULTS = new DecreeParseOptions(DEFAULT_MAX_LENGTH,
            UntilPolicy.EXCLUSIVE, Optional.empty(), Optional.empty());

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code maxLength} is below 1
     */
    public DecreeParseOptions {
        Objects.requireNonNull(untilPolicy, "untilPolicy");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(organizations, "organizations");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
    }

    /**
     * Returns the default options.
     *
     * @return the defaults, described above
     */
    public static DecreeParseOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another input cap.
     *
     * @param length the longest text to read, in {@code char}s, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public DecreeParseOptions withMaxLength(int length) {
        return new DecreeParseOptions(length, untilPolicy, issuer, organizations);
    }

    /**
     * Returns a copy with another policy for "до X".
     *
     * @param policy the policy, not null
     * @return the copy
     * @throws NullPointerException if {@code policy} is null
     */
    public DecreeParseOptions withUntilPolicy(UntilPolicy policy) {
        return new DecreeParseOptions(maxLength, policy, issuer, organizations);
    }

    /**
     * Returns a copy that gives the issuing organization's id.
     *
     * @param id the id, not null
     * @return the copy
     * @throws NullPointerException if {@code id} is null
     */
    public DecreeParseOptions withIssuer(OrganizationId id) {
        return new DecreeParseOptions(maxLength, untilPolicy, Optional.of(Objects.requireNonNull(id, "id")),
                organizations);
    }

    /**
     * Returns a copy that resolves organizations by name in the given tree.
     *
     * @param tree the tree, not null
     * @return the copy
     * @throws NullPointerException if {@code tree} is null
     */
    public DecreeParseOptions withOrganizations(OrganizationTree tree) {
        return new DecreeParseOptions(maxLength, untilPolicy, issuer,
                Optional.of(Objects.requireNonNull(tree, "tree")));
    }
}
