package io.github.unionkit.io.text;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link DecreeTextParser} reads a decree: the input cap, the policy for "до X", who issued the
 * decree, and what to use when the header lacks a date or number.
 *
 * <p>{@link #defaults()}: at most {@value #DEFAULT_MAX_LENGTH} characters (1 MiB), "до X" excludes X
 * ({@link UntilPolicy#EXCLUSIVE}), no issuer id and no organization tree (the issuer's body then gets
 * {@link DecreeTextParser#UNRESOLVED_ISSUER} and references to organizations stay unresolved), fallback
 * number {@code 1} and fallback date 1970-01-01 (each use is reported by a warning). Immutable; change
 * one setting with the {@code with…} methods.
 *
 * @param maxLength the longest text the parser reads, in {@code char}s, at least 1
 * @param untilPolicy how "до X" and "в срок до X" treat the day X
 * @param issuer the id of the issuing organization, if the caller knows it; references to the issuer's
 *     own organization in the text ("Президиуму Астраханской областной организации Профсоюза",
 *     "председателя организации") get this id
 * @param organizations a tree to resolve the issuer and the organizations named in the text by name,
 *     if the caller has one
 * @param fallbackNumber the number used when the header has none or it cannot be read
 * @param fallbackDate the adoption date used when the header has none or it cannot be read
 */
public record DecreeParseOptions(int maxLength, UntilPolicy untilPolicy, Optional<OrganizationId> issuer,
        Optional<OrganizationTree> organizations, DecreeNumber fallbackNumber, LocalDate fallbackDate) {

    /** The default cap: 1 MiB of characters, far more than any real decree. */
    public static final int DEFAULT_MAX_LENGTH = 1 << 20;

    private static final DecreeParseOptions DEFAULTS = new DecreeParseOptions(DEFAULT_MAX_LENGTH,
            UntilPolicy.EXCLUSIVE, Optional.empty(), Optional.empty(), DecreeNumber.sequential(1), LocalDate.EPOCH);

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public DecreeParseOptions {
        Objects.requireNonNull(untilPolicy, "untilPolicy");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(fallbackNumber, "fallbackNumber");
        Objects.requireNonNull(fallbackDate, "fallbackDate");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
    }

    /**
     * Returns the default options.
     *
     * @return the defaults
     */
    public static DecreeParseOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another input cap.
     *
     * @param length the longest text to read, at least 1
     * @return the changed options
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public DecreeParseOptions withMaxLength(int length) {
        return new DecreeParseOptions(length, untilPolicy, issuer, organizations, fallbackNumber, fallbackDate);
    }

    /**
     * Returns these options with another policy for "до X".
     *
     * @param policy the policy, not null
     * @return the changed options
     */
    public DecreeParseOptions withUntilPolicy(UntilPolicy policy) {
        return new DecreeParseOptions(maxLength, policy, issuer, organizations, fallbackNumber, fallbackDate);
    }

    /**
     * Returns these options with the issuing organization's id.
     *
     * @param id the id, not null
     * @return the changed options
     */
    public DecreeParseOptions withIssuer(OrganizationId id) {
        return new DecreeParseOptions(maxLength, untilPolicy, Optional.of(Objects.requireNonNull(id, "id")),
                organizations, fallbackNumber, fallbackDate);
    }

    /**
     * Returns these options with an organization tree to resolve names against.
     *
     * @param tree the tree, not null
     * @return the changed options
     */
    public DecreeParseOptions withOrganizations(OrganizationTree tree) {
        return new DecreeParseOptions(maxLength, untilPolicy, issuer,
                Optional.of(Objects.requireNonNull(tree, "tree")), fallbackNumber, fallbackDate);
    }

    /**
     * Returns these options with another fallback number.
     *
     * @param number the number to use when the header has none, not null
     * @return the changed options
     */
    public DecreeParseOptions withFallbackNumber(DecreeNumber number) {
        return new DecreeParseOptions(maxLength, untilPolicy, issuer, organizations, number, fallbackDate);
    }

    /**
     * Returns these options with another fallback date.
     *
     * @param date the adoption date to use when the header has none, not null
     * @return the changed options
     */
    public DecreeParseOptions withFallbackDate(LocalDate date) {
        return new DecreeParseOptions(maxLength, untilPolicy, issuer, organizations, fallbackNumber, date);
    }
}
